import Link from "next/link";
import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { Badge } from "@/components/ui/badge";
import { Notice } from "@/components/ui/notice";
import type { PortfolioRow } from "@/lib/db/scoring";
import { formatDate, formatNumber, formatPercent } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { PORTFOLIO_SORT_KEYS, type PortfolioSortKey } from "@/lib/validation/scoring";

type Props = { rows: PortfolioRow[]; sort: PortfolioSortKey; dir: "asc" | "desc"; days: number; params: Record<string, string | undefined> };

/** The director's bulk view; column headers sort (a link per column, toggling the direction). */
export async function PortfolioTable({ rows, sort, dir, days, params }: Props) {
  const { t, locale } = await getI18n();
  if (rows.length === 0) return <Notice title={t("scoring.portfolio.emptyTitle")} body={t("scoring.portfolio.emptyBody")} />;
  const href = (key: PortfolioSortKey) => {
    const nextDir = key === sort ? (dir === "asc" ? "desc" : "asc") : key === "date" ? "desc" : "asc";
    const query = new URLSearchParams(Object.entries({ ...params, view: "portfolio", sort: key, dir: nextDir, page: undefined }).filter((e): e is [string, string] => !!e[1]));
    return `/scoring?${query.toString()}`;
  };
  const column = (key: PortfolioSortKey) => t(`scoring.portfolio.columns.${key}`);
  return (
    <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
      <table className="min-w-full divide-y divide-slate-200 text-sm">
        <caption className="sr-only">
          {t("scoring.portfolio.caption", { column: column(sort), dir: t(dir === "asc" ? "scoring.portfolio.ascending" : "scoring.portfolio.descending") })}
        </caption>
        <thead className="bg-slate-50">
          <tr>
            {PORTFOLIO_SORT_KEYS.map((key) => (
              <th key={key} scope="col" aria-sort={key === sort ? (dir === "asc" ? "ascending" : "descending") : undefined} className="px-3 py-2 text-left font-medium text-slate-600">
                <Link href={href(key)} className="hover:underline" title={t("scoring.portfolio.sortBy", { column: column(key) })}>
                  {column(key)}
                  {key === sort && <span aria-hidden> {dir === "asc" ? "▲" : "▼"}</span>}
                </Link>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={row.id} className={row.stale ? "bg-amber-50" : undefined}>
              <td className="px-3 py-2">
                <Link href={`/scoring/${row.id}`} className="font-medium text-brand-700 hover:underline">{row.name}</Link>
              </td>
              <td className="px-3 py-2">
                {formatDate(locale, row.assessedAt)}
                {row.stale && <span className="ml-2"><Badge tone="amber" title={t("scoring.portfolio.staleTitle", { days })}>{t("scoring.portfolio.stale")}</Badge></span>}
              </td>
              <td className="px-3 py-2">{t("scoring.list.version", { version: row.modelVersion })}</td>
              <td className="px-3 py-2 tabular-nums">{formatNumber(locale, row.attractiveness, 2)}</td>
              <td className="px-3 py-2 tabular-nums">{formatNumber(locale, row.strength, 2)}</td>
              <td className="px-3 py-2 tabular-nums">{formatPercent(locale, row.completeness)}</td>
              <td className="px-3 py-2"><QuadrantBadge quadrant={row.quadrant} locale={locale} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
