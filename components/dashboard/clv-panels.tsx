import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import { formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { AT_RISK_THRESHOLD, CLV_LIST_SIZE, type ClvAccountRow, type ClvDashboard } from "@/lib/lifetime-value/queries";
import { accountHref } from "./links";
import { Panel, PanelEmpty } from "./panel";

/**
 * Lifetime value on the dashboard: its distribution, the top accounts and the value of accounts slipping away.
 * The page loads `data` with its other panels, so it is not a second round of queries after them.
 */
export async function ClvPanels({ data }: { data: ClvDashboard }) {
  const { t, locale } = await getI18n();
  const money = (value: number) => formatMoney(locale, value, { compact: true });
  const accountCell = (row: ClvAccountRow) => (
    <>
      <Link href={accountHref(row.id)} className="block truncate font-medium text-brand-700 hover:underline">
        {row.name}
      </Link>
      <span className="block truncate text-xs text-slate-500">{row.ownerName}</span>
    </>
  );
  const topColumns: Column<ClvAccountRow>[] = [
    { key: "account", header: t("clv.dashboard.account"), className: "max-w-48", cell: accountCell },
    { key: "clv12", header: t("clv.dashboard.clv12"), align: "right", className: "whitespace-nowrap", cell: (row) => money(row.clv12m) },
    { key: "clv36", header: t("clv.dashboard.clv36"), align: "right", hideBelow: "sm", className: "whitespace-nowrap", cell: (row) => money(row.clv36m) },
    { key: "alive", header: t("clv.dashboard.pAlive"), align: "right", cell: (row) => formatPercent(locale, row.pAlive) },
  ];
  const riskColumns: Column<ClvAccountRow>[] = [
    { key: "account", header: t("clv.dashboard.account"), className: "max-w-48", cell: accountCell },
    {
      key: "alive",
      header: t("clv.dashboard.pAliveChange"),
      align: "right",
      className: "whitespace-nowrap",
      cell: (row) => `${formatPercent(locale, row.previousPAlive)} → ${formatPercent(locale, row.pAlive)}`,
    },
    { key: "clv12", header: t("clv.dashboard.clv12"), align: "right", className: "whitespace-nowrap", cell: (row) => money(row.clv12m) },
  ];
  const largest = Math.max(1, ...data.buckets.map((bucket) => bucket.count));
  const noFit = !data.fittedAt || data.accounts === 0;

  return (
    <div className="mt-6 grid gap-6 lg:grid-cols-3" data-testid="clv-dashboard">
      <Panel
        id="clv-distribution"
        title={t("clv.dashboard.distributionTitle")}
        intro={data.fittedAt ? t("clv.dashboard.distributionIntro", { date: formatDate(locale, data.fittedAt) }) : undefined}
      >
        {noFit ? (
          <PanelEmpty message={t("clv.dashboard.empty")} height="h-48" />
        ) : (
          <ul className="space-y-2" aria-label={t("clv.dashboard.distributionTitle")}>
            {data.buckets.map((bucket) => (
              <li key={bucket.from} className="text-sm">
                <div className="flex justify-between gap-2">
                  <span className="tabular-nums">
                    {bucket.to === null ? `≥ ${money(bucket.from)}` : `${money(bucket.from)} – ${money(bucket.to)}`}
                  </span>
                  <span className="text-slate-500">{t("clv.dashboard.bucketAccounts", { count: formatNumber(locale, bucket.count) })}</span>
                </div>
                <div className="mt-1 h-2 rounded bg-slate-100" aria-hidden>
                  <div className="h-2 rounded bg-brand-600" style={{ width: `${(bucket.count / largest) * 100}%` }} />
                </div>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="clv-top" title={t("clv.dashboard.topTitle")} intro={t("clv.dashboard.topIntro", { count: CLV_LIST_SIZE })}>
        <DataTable
          variant="plain"
          columns={topColumns}
          rows={data.top}
          rowKey={(row) => row.id}
          labelledBy="clv-top-title"
          testId="clv-top-list"
          empty={{ title: t("clv.dashboard.empty"), className: "h-48" }}
        />
      </Panel>
      <Panel
        id="clv-risk"
        title={t("clv.dashboard.riskTitle")}
        intro={t("clv.dashboard.riskIntro", { threshold: formatPercent(locale, AT_RISK_THRESHOLD) })}
        aside={
          !noFit && (
            <p className="text-sm font-medium text-slate-700" data-testid="clv-at-risk-total">
              {t("clv.dashboard.riskTotal", { amount: money(data.atRisk.total), count: formatNumber(locale, data.atRisk.count) })}
            </p>
          )
        }
      >
        <DataTable
          variant="plain"
          columns={riskColumns}
          rows={data.atRisk.rows}
          rowKey={(row) => row.id}
          labelledBy="clv-risk-title"
          testId="clv-risk-list"
          empty={{ title: t(noFit ? "clv.dashboard.empty" : "clv.dashboard.noRisk"), className: "h-48" }}
        />
      </Panel>
    </div>
  );
}
