import type { DashboardFilters, ParetoData } from "@/lib/db/dashboard";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import type { AbcClass } from "@/lib/rfm";
import Link from "next/link";
import { accountsListHref } from "./links";
import { Panel, PanelEmpty } from "./panel";
import { ParetoChart } from "./pareto-chart";

const CLASSES: AbcClass[] = ["A", "B", "C"];

export function ParetoPanel({ data, filters, locale, t }: { data: ParetoData; filters: DashboardFilters; locale: Locale; t: Translate }) {
  return (
    <Panel id="pareto" title={t("dashboard.pareto.title")} intro={t("dashboard.pareto.intro")}>
      {data.customers === 0 ? (
        <PanelEmpty message={t("dashboard.empty.noOrders")} height="h-[372px]" />
      ) : (
        <>
          <ParetoChart data={data} />
          <table className="mt-3 w-full text-sm">
            <thead className="text-xs text-slate-500">
              <tr>
                <th className="text-left font-medium">{t("dashboard.pareto.class")}</th>
                <th className="text-right font-medium">{t("dashboard.pareto.count")}</th>
                <th className="text-right font-medium">{t("dashboard.pareto.countShare")}</th>
                <th className="text-right font-medium">{t("dashboard.pareto.revenueShare")}</th>
              </tr>
            </thead>
            <tbody>
              {CLASSES.map((cls) => (
                <tr key={cls} className="border-t border-slate-100" data-testid={`abc-${cls}`}>
                  <td className="py-1">
                    <Link href={accountsListHref(filters, { abc: cls })} className="font-semibold text-brand-700 hover:underline">
                      {cls}
                    </Link>
                  </td>
                  <td className="py-1 text-right tabular-nums">{formatNumber(locale, data.summary[cls].count)}</td>
                  <td className="py-1 text-right tabular-nums">{formatPercent(locale, data.summary[cls].countShare, 1)}</td>
                  <td className="py-1 text-right tabular-nums">{formatPercent(locale, data.summary[cls].valueShare, 1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="mt-2 text-xs text-slate-500">
            {t("dashboard.pareto.base", { count: formatNumber(locale, data.customers), total: formatMoney(locale, data.total, { compact: true }) })}
          </p>
        </>
      )}
    </Panel>
  );
}
