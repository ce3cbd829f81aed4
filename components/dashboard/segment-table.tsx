import Link from "next/link";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { DashboardFilters, RfmData, RfmSegmentRow } from "@/lib/dashboard";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";
import { RFM_SEGMENTS } from "@/lib/rfm";
import { accountsListHref } from "./links";

/** Segments with counts, revenue and the recommended action; a segment opens the filtered accounts list. */
export function SegmentTable({ data, filters, locale, t }: { data: RfmData; filters: DashboardFilters; locale: Locale; t: Translate }) {
  const columns: Column<RfmSegmentRow>[] = [
    {
      key: "segment",
      header: t("dashboard.rfm.segment"),
      className: "whitespace-nowrap",
      cell: (row) => (
        <Link
          href={accountsListHref(filters, { segment: row.key })}
          data-testid={`segment-${row.key}`}
          aria-label={t("dashboard.rfm.openList", { segment: RFM_SEGMENTS[row.key].label[locale] })}
          className="font-medium text-brand-700 hover:underline"
        >
          {RFM_SEGMENTS[row.key].label[locale]}
        </Link>
      ),
    },
    { key: "count", header: t("dashboard.rfm.count"), align: "right", cell: (row) => formatNumber(locale, row.count) },
    { key: "revenue", header: t("dashboard.rfm.revenue"), align: "right", className: "whitespace-nowrap", cell: (row) => formatMoney(locale, row.revenue, { compact: true }) },
    { key: "action", header: t("dashboard.rfm.action"), className: "text-xs text-slate-600", cell: (row) => RFM_SEGMENTS[row.key].action[locale] },
  ];
  return (
    <div>
      <DataTable variant="plain" columns={columns} rows={data.segments} rowKey={(row) => row.key} labelledBy="segments-title" testId="rfm-segments" />
      <p className="mt-2 text-xs text-slate-500">{t("dashboard.rfm.listNote")}</p>
    </div>
  );
}
