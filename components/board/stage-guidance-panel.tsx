import type { ReactNode } from "react";
import { getI18n } from "@/lib/i18n/server";
import { KAM_ROLES, STAGE_INFO, STAGES, type Stage } from "@/lib/stages";

/**
 * The "?" beside a stage's name and the stage's guidance it opens: what the relationship looks like, the contact
 * pattern, the KAM's role. Drawn on the server in the viewer's language and opened by the browser's own popover
 * (Escape and a click outside close it), so the board's code carries neither the texts nor a popover.
 */
async function StageGuidance({ stage }: { stage: Stage }) {
  const { t, locale } = await getI18n();
  const info = STAGE_INFO[stage];
  const role = KAM_ROLES[stage];
  const id = `stage-guidance-${stage.toLowerCase()}`;
  const label = t("board.column.guidance", { stage: info.label[locale] });
  return (
    <>
      <button
        type="button"
        popoverTarget={id}
        aria-label={label}
        title={label}
        className="flex h-5 w-5 items-center justify-center rounded-full border border-slate-300 bg-white text-xs font-semibold text-slate-600 hover:bg-slate-100"
      >
        <span aria-hidden>?</span>
      </button>
      <div id={id} popover="auto" role="dialog" aria-label={label} className="w-72 max-w-[calc(100vw-2rem)] space-y-2 rounded-lg border border-slate-200 bg-white p-4 text-left text-sm shadow-lg">
        <h3 className="font-semibold">{info.label[locale]}</h3>
        <Section title={t("board.column.looksLike")} text={info.description[locale]} />
        <Section title={t("board.column.contactPattern")} text={info.contactPattern[locale]} />
        <Section title={t("board.column.kamRole")} text={role ? `${role.kamView[locale]}. ${role.guidance[locale]}` : t("board.column.noRole")} />
        <button type="button" popoverTarget={id} popoverTargetAction="hide" className="text-xs text-brand-600 underline">
          {t("board.column.close")}
        </button>
      </div>
    </>
  );
}

function Section({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <div className="text-xs font-medium uppercase tracking-wide text-slate-500">{title}</div>
      <p className="mt-0.5 text-slate-700">{text}</p>
    </div>
  );
}

/** Every stage's guidance button and panel, for the board's columns. */
export function stageGuidancePanels(): Record<Stage, ReactNode> {
  return Object.fromEntries(STAGES.map((stage) => [stage, <StageGuidance key={stage} stage={stage} />])) as Record<Stage, ReactNode>;
}
