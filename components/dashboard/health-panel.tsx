import Link from "next/link";
import { HealthBadge } from "@/components/domain/health-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { type DashboardFilters, type HealthDashboard, type HealthMover } from "@/lib/dashboard";
import { HEALTH_BANDS } from "@/lib/health";
import type { Locale } from "@/lib/i18n/config";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { accountHref, accountsListHref } from "./links";
import { Panel, PanelEmpty } from "./panel";

const BAR: Record<(typeof HEALTH_BANDS)[number] | "none", string> = { HEALTHY: "bg-green-500", WATCH: "bg-amber-400", AT_RISK: "bg-red-500", none: "bg-slate-300" };

function MoverTable({ id, title, rows, locale, t }: { id: string; title: string; rows: HealthMover[]; locale: Locale; t: Translate }) {
  const columns: Column<HealthMover>[] = [
    {
      key: "account",
      header: t("health.dashboard.account"),
      className: "max-w-48",
      cell: (row) => (
        <Link href={accountHref(row.id)} className="block truncate font-medium text-brand-700 hover:underline">
          {row.name}
        </Link>
      ),
    },
    {
      key: "score",
      header: t("health.dashboard.score"),
      className: "whitespace-nowrap",
      cell: (row) => (
        <span className="flex items-center gap-2">
          {t("health.dashboard.change", { from: formatNumber(locale, row.from), to: formatNumber(locale, row.to) })}
          <HealthBadge band={row.band} t={t} />
        </span>
      ),
    },
    {
      key: "delta",
      header: t("health.dashboard.delta"),
      align: "right",
      cell: (row) => <span className={row.delta > 0 ? "text-green-700" : "text-red-700"}>{`${row.delta > 0 ? "+" : "−"}${formatNumber(locale, Math.abs(row.delta))}`}</span>,
    },
  ];
  return (
    <div className="min-w-0">
      <h3 id={id} className="mb-1 text-sm font-semibold">{title}</h3>
      <DataTable variant="plain" columns={columns} rows={rows} rowKey={(row) => row.id} labelledBy={id} testId={id} empty={{ title: t("health.dashboard.noMovers"), className: "h-24" }} />
    </div>
  );
}

/** Health of the accounts in view: accounts per band (each a link to the filtered list), healthy key accounts, movers. */
export function HealthPanel({ data, filters, locale, t }: { data: HealthDashboard; filters: DashboardFilters; locale: Locale; t: Translate }) {
  const total = data.bands.HEALTHY + data.bands.WATCH + data.bands.AT_RISK + data.bands.none;
  const scored = total - data.bands.none;
  return (
    <Panel id="health" title={t("health.dashboard.title")} intro={t("health.dashboard.intro")} className="mb-6">
      {scored === 0 ? (
        <PanelEmpty message={t("health.dashboard.empty")} height="h-32" />
      ) : (
        <div className="grid grid-cols-1 gap-6 lg:grid-cols-3">
          <div className="min-w-0">
            <h3 className="mb-2 text-sm font-semibold">{t("health.dashboard.distribution")}</h3>
            <ul className="space-y-2" data-testid="health-distribution">
              {HEALTH_BANDS.map((band) => (
                <li key={band}>
                  <Link href={accountsListHref(filters, { health: band })} className="flex items-center justify-between gap-2 text-sm hover:underline">
                    <HealthBadge band={band} t={t} />
                    <span className="font-medium" data-testid={`health-count-${band}`}>{formatNumber(locale, data.bands[band])}</span>
                  </Link>
                  <div className="mt-1 h-2 w-full rounded bg-slate-100" aria-hidden="true">
                    <div className={`h-2 rounded ${BAR[band]}`} style={{ width: `${total ? (data.bands[band] / total) * 100 : 0}%` }} />
                  </div>
                </li>
              ))}
              {data.bands.none > 0 && (
                <li>
                  <Link href={accountsListHref(filters, { health: "none" })} className="text-xs text-slate-600 hover:underline">
                    {t("health.dashboard.noneCount", { count: formatNumber(locale, data.bands.none) })}
                  </Link>
                </li>
              )}
            </ul>
            <div className="mt-4 rounded-md bg-slate-50 p-3" data-testid="health-key-share">
              <p className="text-xs text-slate-600">{t("health.dashboard.healthyKey")}</p>
              {data.keyAccounts === 0 ? (
                <p className="text-sm text-slate-600">{t("health.dashboard.noKey")}</p>
              ) : (
                <p className="text-sm">
                  <span className="text-2xl font-semibold">{formatPercent(locale, data.healthyKeyAccounts / data.keyAccounts)}</span>{" "}
                  <span className="text-slate-600">{t("health.dashboard.healthyKeyValue", { healthy: formatNumber(locale, data.healthyKeyAccounts), total: formatNumber(locale, data.keyAccounts) })}</span>
                </p>
              )}
            </div>
          </div>
          <MoverTable id="health-movers-up" title={t("health.dashboard.moversUp")} rows={data.up} locale={locale} t={t} />
          <MoverTable id="health-movers-down" title={t("health.dashboard.moversDown")} rows={data.down} locale={locale} t={t} />
        </div>
      )}
    </Panel>
  );
}
