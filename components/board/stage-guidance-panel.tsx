import type { ReactNode } from "react";
import { getI18n } from "@/lib/i18n/server";
import { KAM_ROLES, STAGE_INFO, STAGES, type Stage } from "@/lib/stages";

/**
 * A stage's guidance: what the relationship looks like, the contact pattern, the KAM's role. Drawn on the server in
 * the viewer's language, so the board's code does not carry every stage's texts in both languages.
 */
async function StageGuidancePanel({ stage }: { stage: Stage }) {
  const { t, locale } = await getI18n();
  const info = STAGE_INFO[stage];
  const role = KAM_ROLES[stage];
  return (
    <div className="space-y-2">
      <h3 className="font-semibold">{info.label[locale]}</h3>
      <Section title={t("board.column.looksLike")} text={info.description[locale]} />
      <Section title={t("board.column.contactPattern")} text={info.contactPattern[locale]} />
      <Section title={t("board.column.kamRole")} text={role ? `${role.kamView[locale]}. ${role.guidance[locale]}` : t("board.column.noRole")} />
      {/* The popover closes on a click on any button inside it. */}
      <button type="button" className="text-xs text-brand-600 underline">
        {t("board.column.close")}
      </button>
    </div>
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

/** Every stage's guidance panel, for the board's columns. */
export function stageGuidancePanels(): Record<Stage, ReactNode> {
  return Object.fromEntries(STAGES.map((stage) => [stage, <StageGuidancePanel key={stage} stage={stage} />])) as Record<Stage, ReactNode>;
}
