import { FilterBar } from "@/components/dashboard/filter-bar";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { MatrixPanel } from "@/components/dashboard/matrix-panel";
import { Panel, PanelEmpty } from "@/components/dashboard/panel";
import { ParetoPanel } from "@/components/dashboard/pareto-panel";
import { RfmHeatmap } from "@/components/dashboard/rfm-heatmap";
import { RiskPanel } from "@/components/dashboard/risk-panel";
import { SegmentTable } from "@/components/dashboard/segment-table";
import { StagePanel } from "@/components/dashboard/stage-panel";
import { ClvPanels } from "@/components/dashboard/clv-panels";
import { HealthPanel } from "@/components/dashboard/health-panel";
import { PageHeader } from "@/components/ui/page-header";
import { requireUser } from "@/lib/auth/session";
import { dashboardQuery, getDashboardPanels, getFilterOptions, parseDashboardFilters } from "@/lib/dashboard";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { titled } from "@/components/shell/page-title";

export const generateMetadata = titled("shell.titles.dashboard");

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const user = await requireUser();
  const [{ t, locale }, params] = await Promise.all([getI18n(), searchParams]);
  const filters = parseDashboardFilters(params, user);
  // One query object for all panels: loaders they share (order window, matrix points) run once.
  const query = dashboardQuery(user, filters);
  const [options, { matrix, kpis, pareto, rfm, stages, risks, health, clv }] = await Promise.all([
    getFilterOptions(filters.owner),
    getDashboardPanels(query),
  ]);
  const modeText = matrix.model
    ? t("dashboard.matrix.model", { name: matrix.model.name, version: matrix.model.version, mode: t(`dashboard.matrix.mode.${matrix.model.thresholdMode}`) })
    : t("dashboard.matrix.noModel");

  return (
    <>
      <PageHeader title={t("pages.dashboard")} intro={t("pages.dashboardIntro")} actions={<p className="text-xs text-slate-500">{t("dashboard.timing", { date: formatDate(locale, query.asOf) })}</p>} />
      <FilterBar filters={filters} options={options} t={t} />
      <KpiCards kpis={kpis} filters={filters} locale={locale} t={t} />
      <HealthPanel data={health} filters={filters} locale={locale} t={t} />
      <Panel
        id="matrix"
        title={t("dashboard.matrix.title")}
        intro={`${t("dashboard.matrix.intro")} ${modeText}`}
        aside={<p className="text-sm font-medium text-slate-700" data-testid="matrix-assessed-count">{t("dashboard.matrix.assessedCount", { count: formatNumber(locale, matrix.assessed) })}</p>}
        className="mb-6"
      >
        {matrix.assessed === 0 ? <PanelEmpty message={t("dashboard.empty.noAssessments")} height="h-[500px]" /> : <MatrixPanel data={matrix} />}
      </Panel>
      <div className="mb-6 grid gap-6 lg:grid-cols-2">
        <ParetoPanel data={pareto} filters={filters} locale={locale} t={t} />
        <Panel id="rfm" title={t("dashboard.rfm.title")} intro={t("dashboard.rfm.intro")}>
          {rfm.customers === 0 ? <PanelEmpty message={t("dashboard.empty.noOrders")} height="h-[372px]" /> : <RfmHeatmap data={rfm} locale={locale} t={t} />}
        </Panel>
      </div>
      <Panel id="segments" title={t("dashboard.rfm.segments")} className="mb-6">
        <SegmentTable data={rfm} filters={filters} locale={locale} t={t} />
      </Panel>
      <div className="grid gap-6 lg:grid-cols-2">
        <StagePanel data={stages} filters={filters} locale={locale} t={t} />
        <RiskPanel rows={risks} locale={locale} t={t} />
      </div>
      <ClvPanels data={clv} />
    </>
  );
}
