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


/** Accounts per stage as bars (key accounts darker), then the stage-vs-quadrant mismatches. */
export function StagePanel({ data, filters, locale, t }: { data: StageData; filters: DashboardFilters; locale: Locale; t: Translate }) {
  const max = Math.max(1, ...data.stages.map((s) => s.count));
  return (
    <Panel id="stages" title={t("dashboard.stages.title")} intro={t("dashboard.stages.intro")}>
      {data.total === 0 ? (
        <PanelEmpty message={t("dashboard.empty.noAccounts")} height="h-48" />
      ) : (
        <>
        <p className="mb-2 flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-600" data-testid="stage-legend">
          <span className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-4 rounded-sm bg-slate-500 opacity-40" />
            {t("ux.stages.legendAll")}
          </span>
          <span className="flex items-center gap-1.5">
            <span aria-hidden className="inline-block h-2.5 w-4 rounded-sm bg-slate-500" />
            {t("ux.stages.legendKey")}
          </span>
          <span>{t("ux.stages.legendFigures")}</span>
        </p>
        <ul className="space-y-1.5" data-testid="stage-bars">
          {data.stages.map((row) => (
            <li key={row.stage} className="grid grid-cols-[minmax(0,7rem)_1fr_auto] items-center gap-2 text-sm sm:grid-cols-[8rem_1fr_auto]">
              <Link href={accountsListHref(filters, { stage: row.stage })} className="truncate text-slate-700 hover:underline">
                {STAGE_INFO[row.stage].label[locale]}
              </Link>
              <div className="relative h-4 rounded bg-slate-100" aria-hidden>
                <div className="absolute inset-y-0 left-0 rounded opacity-40" style={{ width: `${(row.count / max) * 100}%`, background: STAGE_COLORS[row.stage] }} />
                <div className="absolute inset-y-0 left-0 rounded" style={{ width: `${(row.keyCount / max) * 100}%`, background: STAGE_COLORS[row.stage] }} />
              </div>
              <span className="text-right text-xs tabular-nums text-slate-600">
                <span aria-hidden>{formatNumber(locale, row.count)} / {formatNumber(locale, row.keyCount)}</span>
                <span className="sr-only">{t("ux.stages.figures", { count: formatNumber(locale, row.count), key: formatNumber(locale, row.keyCount) })}</span>
              </span>
            </li>
          ))}
        </ul>
        </>
      )}
      <h3 className="mt-5 text-sm font-semibold">{t("dashboard.stages.mismatches")}</h3>
      <p className="mb-2 text-xs text-slate-500">{t("dashboard.stages.mismatchesIntro")}</p>
      {data.mismatches.length === 0 ? (
        <PanelEmpty message={t("dashboard.empty.noMismatches")} height="h-16" />
      ) : (
        <ul className="divide-y divide-slate-100 text-sm" data-testid="stage-mismatches">
          {data.mismatches.map((m) => (
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
          {data.mismatchCount > data.mismatches.length && (
            <li className="py-1.5 text-xs text-slate-500">{t("dashboard.stages.more", { count: data.mismatchCount - data.mismatches.length })}</li>
          )}
        </ul>
      )}
    </Panel>
  );
}
