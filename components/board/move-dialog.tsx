"use client";

import { buttonClass } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { BoardCard } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { STAGE_LABELS, transitionTargets, type Stage } from "@/lib/stages";

/**
 * The non-drag way to move a card: the stages it may go to, from the stage rules. A modal dialog rather than a
 * drop-down: the board's columns scroll, and a panel inside them would be cut off; the dialog sits above the
 * page with large touch targets, keeps focus inside and closes with Escape. One for the whole board, outside the
 * columns, so that nothing a card redraws closes it.
 */
export function MoveDialog({ card, onMove, onClose }: { card: BoardCard; onMove: (card: BoardCard, stage: Stage) => void; onClose: () => void }) {
  const { t, locale } = useI18n();
  return (
    <ModalDialog title={t("board.card.moveMenu", { name: card.name })} onClose={onClose}>
      <ul className="mt-3 space-y-1">
        {transitionTargets(card.stage).map(({ stage }) => (
          <li key={stage}>
            <button
              type="button"
              className="w-full rounded-md border border-slate-200 px-3 py-2.5 text-left text-sm hover:bg-slate-100"
              onClick={() => {
                onClose();
                onMove(card, stage);
              }}
            >
              {STAGE_LABELS[stage][locale]}
            </button>
          </li>
        ))}
      </ul>
      <div className="mt-4 flex justify-end">
        <button type="button" onClick={onClose} className={buttonClass("secondary")}>
          {t("search.close")}
        </button>
      </div>
    </ModalDialog>
  );
}
