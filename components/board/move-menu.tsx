"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { ModalDialog } from "@/components/ui/modal-dialog";
import type { BoardCard } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { STAGE_INFO, transitionTargets, type Stage } from "@/lib/stages";

/**
 * The non-drag way to move a card: the stages it may go to, from the stage rules. A modal dialog rather than a
 * drop-down: the board's columns scroll, and a panel inside them would be cut off; the dialog sits above the
 * page with large touch targets, keeps focus inside and closes with Escape.
 */
export function MoveMenu({ card, onMove }: { card: BoardCard; onMove: (card: BoardCard, stage: Stage) => void }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const title = t("board.card.moveMenu", { name: card.name });
  return (
    <div className="mt-2">
      <button type="button" aria-label={title} title={title} aria-haspopup="dialog" onClick={() => setOpen(true)} className={buttonClass("ghost", "sm")}>
        {t("board.card.moveTo")}
      </button>
      {open && (
        <ModalDialog title={title} onClose={() => setOpen(false)}>
          <ul className="mt-3 space-y-1">
            {transitionTargets(card.stage).map(({ stage }) => (
              <li key={stage}>
                <button
                  type="button"
                  className="w-full rounded-md border border-slate-200 px-3 py-2.5 text-left text-sm hover:bg-slate-100"
                  onClick={() => {
                    setOpen(false);
                    onMove(card, stage);
                  }}
                >
                  {STAGE_INFO[stage].label[locale]}
                </button>
              </li>
            ))}
          </ul>
          <div className="mt-4 flex justify-end">
            <button type="button" onClick={() => setOpen(false)} className={buttonClass("secondary")}>
              {t("search.close")}
            </button>
          </div>
        </ModalDialog>
      )}
    </div>
  );
}
