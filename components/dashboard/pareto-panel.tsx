import { DataTable, type Column } from "@/components/ui/data-table";
import type { DashboardFilters, ParetoData } from "@/lib/dashboard";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { AbcClass } from "@/lib/rfm";
import Link from "next/link";
import { accountsListHref } from "./links";
import { Panel, PanelEmpty } from "./panel";
import { ParetoChart } from "./pareto-chart-lazy";

const CLASSES: AbcClass[] = ["A", "B", "C"];

export function ParetoPanel({ data, filters, locale, t }: { data: ParetoData; filters: DashboardFilters; locale: Locale; t: Translate }) {
  const columns: Column<AbcClass>[] = [
    {
      key: "class",
      header: t("dashboard.pareto.class"),
      cell: (cls) => (
        <Link href={accountsListHref(filters, { abc: cls })} className="font-semibold text-brand-700 hover:underline">
          {cls}
        </Link>
      ),
    },
    { key: "count", header: t("dashboard.pareto.count"), align: "right", cell: (cls) => formatNumber(locale, data.summary[cls].count) },
    { key: "countShare", header: t("dashboard.pareto.countShare"), align: "right", cell: (cls) => formatPercent(locale, data.summary[cls].countShare, 1) },
    { key: "revenueShare", header: t("dashboard.pareto.revenueShare"), align: "right", cell: (cls) => formatPercent(locale, data.summary[cls].valueShare, 1) },
  ];
  return (
    <Panel id="pareto" title={t("dashboard.pareto.title")} intro={t("dashboard.pareto.intro")}>
      {data.customers === 0 ? (
        <PanelEmpty message={t("dashboard.empty.noOrders")} height="h-[372px]" />
      ) : (
        <>
          <ParetoChart data={data} />
          <DataTable
            variant="plain"
            className="mt-3"
            columns={columns}
            rows={CLASSES}
            rowKey={(cls) => cls}
            rowTestId={(cls) => `abc-${cls}`}
            labelledBy="pareto-title"
          />
          <p className="mt-2 text-xs text-slate-500">
            {t("dashboard.pareto.base", { count: formatNumber(locale, data.customers), total: formatMoney(locale, data.total, { compact: true }) })}
          </p>
        </>
      )}
    </Panel>
  );
}
