"use client";

import { useId, useState, type ComponentType, type ReactNode, type Ref } from "react";
import type { BoardCard, BoardColumn as Column } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import { STAGE_LABELS, type Stage } from "@/lib/stages";
import { BoardCardItem } from "./board-card";

type CardProps = { card: BoardCard; onMoveMenu: (card: BoardCard) => void };

/**
 * One stage: header with count, 12-month revenue and guidance, the cards, and "show more" while the column
 * has more accounts than are loaded (from the column's cursor). With the drag layer loaded, the whole column is
 * the drop target (`dropRef`), `Card` a draggable card, and `dropState` tints the column while a card is dragged
 * over it (allowed or refused by the stage rules).
 */
export function BoardColumn({
  column,
  guidance,
  dropState,
  onMoveMenu,
  onShowMore,
  dropRef,
  Card = BoardCardItem,
}: {
  column: Column;
  /** The stage's guidance button and panel, drawn by the server. */
  guidance: ReactNode;
  dropState: "none" | "allowed" | "refused";
  dropRef?: Ref<HTMLElement>;
  Card?: ComponentType<CardProps>;
  onMoveMenu: (card: BoardCard) => void;
  onShowMore: (stage: Stage) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [loading, setLoading] = useState(false);
  const remaining = column.count - column.cards.length;
  const tint = { none: "bg-slate-100", allowed: "bg-brand-50 ring-2 ring-brand-500", refused: "bg-red-50 ring-2 ring-red-300" }[dropState];
  return (
    <section ref={dropRef} aria-labelledby={headingId} className={`flex min-h-0 w-64 shrink-0 flex-col rounded-lg p-2 ${tint}`}>
      <header className="mb-2 px-1">
        <div className="flex items-center justify-between gap-2">
          <h2 id={headingId} className="text-sm font-semibold text-slate-800">
            {STAGE_LABELS[column.stage][locale]}
          </h2>
          {guidance}
        </div>
        {/* Node's and the browser's ICU may format numbers differently (zh compact amounts): keep the server's text. */}
        <div className="mt-0.5 text-xs text-slate-600" data-testid="column-count" suppressHydrationWarning>
          {t("board.column.count", { count: formatNumber(locale, column.count) })}
        </div>
        <div className="text-xs text-slate-600" suppressHydrationWarning>
          {t("board.column.revenue", { amount: formatMoney(locale, column.revenue12m, { compact: true }) })}
        </div>
        {column.stage === "DISINTEGRATING" && <div className="mt-1 text-xs italic text-red-700">{t("board.column.setApart")}</div>}
      </header>
      <div className="-mx-1 min-h-0 flex-1 overflow-y-auto px-1 pb-1" data-testid="column-cards">
      {column.cards.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 p-4 text-center text-xs text-slate-500">{t("board.column.empty")}</p>
      ) : (
        <ul className="space-y-2">
          {column.cards.map((card) => (
            <Card key={card.id} card={card} onMoveMenu={onMoveMenu} />
          ))}
        </ul>
      )}
      {remaining > 0 && column.cursor !== null && (
        <button
          type="button"
          disabled={loading}
          onClick={async () => {
            setLoading(true);
            await onShowMore(column.stage);
            setLoading(false);
          }}
          className="mt-2 rounded-md border border-slate-300 bg-white px-2 py-1 text-xs font-medium text-slate-700 hover:bg-slate-50 disabled:opacity-60"
        >
          {loading ? t("board.column.loadingMore") : t("board.column.showMore", { remaining: formatNumber(locale, remaining) })}
        </button>
      )}
      </div>
    </section>
  );
}

/** A column's place in the row: the uncoupling column sits apart, behind a dashed line. */
export function ColumnSlot({ stage, children }: { stage: Stage; children: ReactNode }) {
  return (
    <div className={stage === "DISINTEGRATING" ? "flex min-h-0 gap-3" : "contents"}>
      {stage === "DISINTEGRATING" && <div aria-hidden className="mx-1 w-0 shrink-0 border-l-2 border-dashed border-slate-300" />}
      {children}
    </div>
  );
}
