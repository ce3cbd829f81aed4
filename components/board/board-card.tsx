"use client";

import Link from "next/link";
// Types only: the drag layer's code (dnd-kit) loads on demand (board-drag.tsx).
import type { useDraggable } from "@dnd-kit/core";
import type { ReactNode } from "react";
import { QUADRANT_TONE } from "@/components/domain/quadrant-tone";
import { Badge } from "@/components/ui/badge";
import { DIAMOND_EXPECTED_STAGES } from "@/lib/coverage";
import type { BoardCard } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { stageMismatch } from "@/lib/stages";
import { useCardLabels } from "./card-labels";
import { MoveButton } from "./move-menu";

/** What a card shows; used on the board and, without handle and menu, as the drag overlay. */
export function CardBody({ card, handle, actions }: { card: BoardCard; handle?: ReactNode; actions?: ReactNode }) {
  const { t, locale } = useI18n();
  const labels = useCardLabels();
  const mismatch = card.quadrant ? stageMismatch(card.stage, card.quadrant) : null;
  const thin = DIAMOND_EXPECTED_STAGES.includes(card.stage) && card.coveragePattern !== "DIAMOND";
  return (
    // The card's classes (`bcard…`) are in app/globals.css: up to a few hundred cards are on the board.
    <div className="bcard">
      <div className="bcard-head">
        {handle}
        <div className="bcard-main">
          <Link href={`/accounts/${card.id}`} className="bcard-name" title={card.name}>
            {card.name}
          </Link>
          <div className="bcard-owner">{t("board.card.owner", { name: card.ownerName })}</div>
        </div>
      </div>
      <div className="bcard-badges">
        {card.isKeyAccount && <Badge tone="violet">{t("board.card.key")}</Badge>}
        {card.quadrant ? (
          <Badge tone={QUADRANT_TONE[card.quadrant]} title={labels.quadrant[card.quadrant].strategy}>
            {labels.quadrant[card.quadrant].label}
          </Badge>
        ) : (
          <span className="text-slate-500">—</span>
        )}
        <Badge>{card.rfmSegment ? labels.segment[card.rfmSegment] : t("board.card.noSegment")}</Badge>
        {thin && (
          <Badge tone="amber" title={t("board.card.coverageHint")}>
            {t("board.card.coverageWarning", { pattern: labels.coverage[card.coveragePattern] })}
          </Badge>
        )}
        {mismatch && (
          <Badge tone={mismatch.severity === "STRONG" ? "red" : "amber"}>
            {t("board.card.mismatch", { kind: labels.mismatch[mismatch.kind] })}
          </Badge>
        )}
      </div>
      <div className="bcard-foot">
        <span suppressHydrationWarning>{t("board.card.daysInStage", { days: formatNumber(locale, card.daysInStage) })}</span>
        <span className="bcard-value" suppressHydrationWarning>
          {formatMoney(locale, card.revenue12m, { compact: true })}
        </span>
      </div>
      {actions}
    </div>
  );
}

/** What the drag layer (board-drag.tsx) attaches to a card once it has loaded. */
export type CardDrag = Pick<ReturnType<typeof useDraggable>, "setNodeRef" | "setActivatorNodeRef" | "attributes" | "listeners" | "isDragging">;

/**
 * A card on the board: movable by its "Move to…" menu and, once the drag layer has loaded (`drag`), draggable by
 * its handle (mouse, touch, keyboard). Before that the handle is the same button without drag behaviour.
 */
export function BoardCardItem({ card, onMoveMenu, drag }: { card: BoardCard; onMoveMenu: (card: BoardCard) => void; drag?: CardDrag }) {
  const { t } = useI18n();
  const handle = card.canEdit ? (
    <button
      ref={drag?.setActivatorNodeRef}
      type="button"
      {...drag?.attributes}
      {...drag?.listeners}
      aria-label={t("board.card.dragHandle", { name: card.name })}
      // The six dots are drawn by the class (app/globals.css), not repeated as markup in every card.
      className="bcard-handle"
    />
  ) : (
    <span className="mt-0.5 w-3.5" title={t("board.card.readOnly")} />
  );
  return (
    <li ref={drag?.setNodeRef} className={drag?.isDragging ? "opacity-40" : undefined} data-testid="board-card" data-account-id={card.id}>
      <CardBody card={card} handle={handle} actions={card.canEdit ? <MoveButton card={card} onOpen={onMoveMenu} /> : undefined} />
    </li>
  );
}
