"use client";

import { useI18n } from "@/lib/i18n/client";
import { KAM_ROLES, STAGE_INFO, type Stage } from "@/lib/stages";
import { Popover } from "@/components/ui/popover";

/** The stage's guidance: what the relationship looks like, the contact pattern, the KAM's role. */
export function StageGuidance({ stage }: { stage: Stage }) {
  const { t, locale } = useI18n();
  const info = STAGE_INFO[stage];
  const role = KAM_ROLES[stage];
  return (
    <Popover
      label={t("board.column.guidance", { stage: info.label[locale] })}
      buttonContent={<span aria-hidden>?</span>}
      buttonClassName="flex h-5 w-5 items-center justify-center rounded-full border border-slate-300 bg-white text-xs font-semibold text-slate-600 hover:bg-slate-100"
      panelClassName="right-0 w-60"
    >
      <div className="space-y-2">
        <h3 className="font-semibold">{info.label[locale]}</h3>
        <Section title={t("board.column.looksLike")} text={info.description[locale]} />
        <Section title={t("board.column.contactPattern")} text={info.contactPattern[locale]} />
        <Section title={t("board.column.kamRole")} text={role ? `${role.kamView[locale]}. ${role.guidance[locale]}` : t("board.column.noRole")} />
        <button type="button" className="text-xs text-brand-600 underline">
          {t("board.column.close")}
        </button>
      </div>
    </Popover>
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
