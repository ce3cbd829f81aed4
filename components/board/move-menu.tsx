"use client";

import { buttonClass } from "@/components/ui/button";
import type { BoardCard } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";

/** The move dialog's code (and the stage rules it lists) loads when a pointer or the focus reaches a move button. */
export const loadMoveDialog = () => import("./move-dialog");

/** A card's "Move to…" button: opens the board's move dialog for this card. */
export function MoveButton({ card, onOpen }: { card: BoardCard; onOpen: (card: BoardCard) => void }) {
  const { t } = useI18n();
  const title = t("board.card.moveMenu", { name: card.name });
  return (
    <div className="mt-2">
      <button
        type="button"
        aria-label={title}
        title={title}
        aria-haspopup="dialog"
        onPointerEnter={() => void loadMoveDialog()}
        onFocus={() => void loadMoveDialog()}
        onClick={() => onOpen(card)}
        className={buttonClass("ghost", "sm")}
      >
        {t("board.card.moveTo")}
      </button>
    </div>
  );
}
