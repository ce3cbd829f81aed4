import Link from "next/link";
import type { DashboardFilters, RfmData } from "@/lib/db/dashboard";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { RFM_SEGMENTS } from "@/lib/rfm";
import { accountsListHref } from "./links";

/** Segments with counts, revenue and the recommended action; a segment opens the filtered accounts list. */
export function SegmentTable({ data, filters, locale, t }: { data: RfmData; filters: DashboardFilters; locale: Locale; t: Translate }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm" data-testid="rfm-segments">
        <thead className="text-xs text-slate-500">
          <tr>
            <th scope="col" className="text-left font-medium">{t("dashboard.rfm.segment")}</th>
            <th scope="col" className="text-right font-medium">{t("dashboard.rfm.count")}</th>
            <th scope="col" className="text-right font-medium">{t("dashboard.rfm.revenue")}</th>
            <th scope="col" className="pl-4 text-left font-medium">{t("dashboard.rfm.action")}</th>
          </tr>
        </thead>
        <tbody>
          {data.segments.map((row) => {
            const info = RFM_SEGMENTS[row.key];
            return (
              <tr key={row.key} className="border-t border-slate-100 align-top">
                <td className="py-1.5 pr-2 whitespace-nowrap">
                  <Link
                    href={accountsListHref(filters, { segment: row.key })}
                    data-testid={`segment-${row.key}`}
                    aria-label={t("dashboard.rfm.openList", { segment: info.label[locale] })}
                    className="font-medium text-brand-700 hover:underline"
                  >
                    {info.label[locale]}
                  </Link>
                </td>
                <td className="py-1.5 text-right tabular-nums">{formatNumber(locale, row.count)}</td>
                <td className="py-1.5 text-right tabular-nums whitespace-nowrap">{formatMoney(locale, row.revenue, { compact: true })}</td>
                <td className="py-1.5 pl-4 text-xs text-slate-600">{info.action[locale]}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-slate-500">{t("dashboard.rfm.listNote")}</p>
    </div>
  );
}
