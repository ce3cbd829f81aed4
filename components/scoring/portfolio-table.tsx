import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { Badge } from "@/components/ui/badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import type { PortfolioRow } from "@/lib/assessments/queries";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { currentSort, toSearchParams, type SortDir } from "@/lib/lists/query";
import type { PortfolioSortKey, TScoringListQuery } from "@/lib/scoring-models/schemas";

/** Newest assessments first by default, and on the first click of the date column. */
const DATE_FIRST: Partial<Record<PortfolioSortKey, SortDir>> = { date: "desc" };

/** The director's bulk view; every header sorts (a link per column, toggling the direction). */
export async function PortfolioTable({ rows, query, days }: { rows: PortfolioRow[]; query: TScoringListQuery; days: number }) {
  const { t, locale } = await getI18n();
  const sort = currentSort(query, "date", DATE_FIRST);
  const header = (key: PortfolioSortKey) => t(`scoring.portfolio.columns.${key}`);
  const column = (key: PortfolioSortKey, rest: Pick<Column<PortfolioRow, PortfolioSortKey>, "cell" | "align" | "className">): Column<PortfolioRow, PortfolioSortKey> => ({
    key,
    header: header(key),
    sortKey: key,
    ...rest,
  });
  const columns = [
    column("name", { cell: (row) => <Link href={`/scoring/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link> }),
    column("date", {
      className: "whitespace-nowrap",
      cell: (row) => (
        <>
          {formatDate(locale, row.assessedAt)}
          {row.stale && <span className="ml-2"><Badge tone="amber" title={t("scoring.portfolio.staleTitle", { days })}>{t("scoring.portfolio.stale")}</Badge></span>}
        </>
      ),
    }),
    column("version", { cell: (row) => t("scoring.list.version", { version: row.modelVersion }) }),
    column("attractiveness", { className: "tabular-nums", cell: (row) => formatNumber(locale, row.attractiveness, 2) }),
    column("strength", { className: "tabular-nums", cell: (row) => formatNumber(locale, row.strength, 2) }),
    column("completeness", { className: "tabular-nums", cell: (row) => formatPercent(locale, row.completeness) }),
    column("quadrant", { cell: (row) => <QuadrantBadge quadrant={row.quadrant} locale={locale} /> }),
  ];
  return (
    <DataTable
      columns={columns}
      rows={rows}
      rowKey={(row) => row.id}
      rowClassName={(row) => (row.stale ? "bg-amber-50" : undefined)}
      caption={t("scoring.portfolio.caption", { column: header(sort.sort), dir: t(sort.dir === "asc" ? "scoring.portfolio.ascending" : "scoring.portfolio.descending") })}
      sort={{ basePath: "/scoring", params: toSearchParams({ ...query, view: "portfolio" }), current: sort, firstDirs: DATE_FIRST }}
      t={t}
      empty={{ title: t("scoring.portfolio.emptyTitle"), hint: t("scoring.portfolio.emptyBody") }}
    />
  );
}
