"use client";

import { buttonClass } from "@/components/ui/button";
import type { BoardCard } from "@/lib/board/queries";
import { useI18n } from "@/lib/i18n/client";
import { STAGE_INFO, transitionTargets, type Stage } from "@/lib/stages";
import { Popover } from "@/components/ui/popover";

/** The non-drag way to move a card: the stages it may go to, from the stage rules. */
export function MoveMenu({ card, onMove }: { card: BoardCard; onMove: (card: BoardCard, stage: Stage) => void }) {
  const { t, locale } = useI18n();
  return (
    <div className="mt-2">
      <Popover
        label={t("board.card.moveMenu", { name: card.name })}
        buttonContent={t("board.card.moveTo")}
        buttonClassName={buttonClass("ghost", "sm")}
        panelClassName="left-0 w-56"
      >
        <ul className="space-y-0.5">
          {transitionTargets(card.stage).map(({ stage }) => (
            <li key={stage}>
              <button
                type="button"
                className="w-full rounded px-2 py-1 text-left hover:bg-slate-100"
                onClick={() => onMove(card, stage)}
              >
                {STAGE_INFO[stage].label[locale]}
              </button>
            </li>
          ))}
        </ul>
      </Popover>
    </div>
  );
}
