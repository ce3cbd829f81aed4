import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { StageBadge } from "@/components/domain/stage-badge";
import { Badge } from "@/components/ui/badge";
import type { DashboardFilters, StageData } from "@/lib/dashboard";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { STAGE_INFO, STAGE_MISMATCH_LABELS } from "@/lib/stages";
import { accountHref, accountsListHref } from "./links";
import { Panel, PanelEmpty } from "./panel";
import { STAGE_COLORS } from "./stage-colors";

const MISMATCHES_SHOWN = 12;

/** Accounts per stage as bars (key accounts darker), then the stage-vs-quadrant mismatches. */
export function StagePanel({ data, filters, locale, t }: { data: StageData; filters: DashboardFilters; locale: Locale; t: Translate }) {
  const max = Math.max(1, ...data.stages.map((s) => s.count));
  return (
    <Panel id="stages" title={t("dashboard.stages.title")} intro={t("dashboard.stages.intro")}>
      {data.total === 0 ? (
        <PanelEmpty message={t("dashboard.empty.noAccounts")} height="h-48" />
      ) : (
        <ul className="space-y-1.5" data-testid="stage-bars">
          {data.stages.map((row) => (
            <li key={row.stage} className="grid grid-cols-[8rem_1fr_5rem] items-center gap-2 text-sm">
              <Link href={accountsListHref(filters, { stage: row.stage })} className="truncate text-slate-700 hover:underline">
                {STAGE_INFO[row.stage].label[locale]}
              </Link>
              <div className="relative h-4 rounded bg-slate-100" aria-hidden>
                <div className="absolute inset-y-0 left-0 rounded opacity-40" style={{ width: `${(row.count / max) * 100}%`, background: STAGE_COLORS[row.stage] }} />
                <div className="absolute inset-y-0 left-0 rounded" style={{ width: `${(row.keyCount / max) * 100}%`, background: STAGE_COLORS[row.stage] }} />
              </div>
              <span className="text-right text-xs tabular-nums text-slate-600" title={t("dashboard.stages.key", { count: row.keyCount })}>
                {formatNumber(locale, row.count)} / {formatNumber(locale, row.keyCount)}
              </span>
            </li>
          ))}
        </ul>
      )}
      <h3 className="mt-5 text-sm font-semibold">{t("dashboard.stages.mismatches")}</h3>
      <p className="mb-2 text-xs text-slate-500">{t("dashboard.stages.mismatchesIntro")}</p>
      {data.mismatches.length === 0 ? (
        <PanelEmpty message={t("dashboard.empty.noMismatches")} height="h-16" />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="stage-mismatches">
          {data.mismatches.slice(0, MISMATCHES_SHOWN).map((m) => (
            <li key={m.id} className="flex flex-wrap items-center gap-2 py-1.5">
              <Link href={accountHref(m.id)} className="min-w-0 flex-1 truncate font-medium text-brand-700 hover:underline">
                {m.name}
              </Link>
              <StageBadge stage={m.stage} locale={locale} />
              <QuadrantBadge quadrant={m.quadrant} locale={locale} />
              <Badge tone={m.severity === "STRONG" ? "red" : "amber"}>
                {STAGE_MISMATCH_LABELS[m.kind][locale]} · {t(`dashboard.stages.severity.${m.severity}`)}
              </Badge>
            </li>
          ))}
          {data.mismatches.length > MISMATCHES_SHOWN && (
            <li className="py-1.5 text-xs text-slate-500">{t("dashboard.stages.more", { count: data.mismatches.length - MISMATCHES_SHOWN })}</li>
          )}
        </ul>
      )}
    </Panel>
  );
}
