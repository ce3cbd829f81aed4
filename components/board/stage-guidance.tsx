"use client";

import type { ReactNode } from "react";
import { useI18n } from "@/lib/i18n/client";
import { STAGE_LABELS, type Stage } from "@/lib/stages";
import { Popover } from "@/components/ui/popover";

/** The "?" beside a stage's name: opens the stage's guidance, drawn by the server (stage-guidance-panel.tsx). */
export function StageGuidance({ stage, children }: { stage: Stage; children: ReactNode }) {
  const { t, locale } = useI18n();
  return (
    <Popover
      label={t("board.column.guidance", { stage: STAGE_LABELS[stage][locale] })}
      buttonContent={<span aria-hidden>?</span>}
      buttonClassName="flex h-5 w-5 items-center justify-center rounded-full border border-slate-300 bg-white text-xs font-semibold text-slate-600 hover:bg-slate-100"
      panelClassName="right-0 w-60"
    >
      {children}
    </Popover>
  );
}
