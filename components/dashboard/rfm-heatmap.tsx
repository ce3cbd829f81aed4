import type { RfmData } from "@/lib/dashboard";
import type { Locale } from "@/lib/i18n/config";
import { formatMoney, formatNumber } from "@/lib/i18n/format";
import type { Translate } from "@/lib/i18n/translate";

const F_SCORES = [1, 2, 3, 4, 5];

/** 5 × 5 grid of R (rows, 5 at the top) by F (columns): account count, shaded by count, and average revenue. */
export function RfmHeatmap({ data, locale, t }: { data: RfmData; locale: Locale; t: Translate }) {
  const rows = [5, 4, 3, 2, 1].map((r) => data.cells.filter((cell) => cell.r === r));
  return (
    <table className="w-full table-fixed border-separate border-spacing-1 text-xs" data-testid="rfm-heatmap">
      <caption className="mb-1 text-left text-xs font-medium text-slate-500">{t("dashboard.rfm.heatmap")}</caption>
      <thead>
        <tr>
          <th scope="col" className="w-20 text-left font-normal text-slate-500">
            <span className="sr-only">{t("dashboard.rfm.recency")}</span>
          </th>
          {F_SCORES.map((f) => (
            <th key={f} scope="col" className="font-medium text-slate-600">
              F {f}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((cells) => (
          <tr key={cells[0].r}>
            <th scope="row" className="text-left font-medium text-slate-600">
              R {cells[0].r}
            </th>
            {cells.map((cell) => {
              const intensity = data.maxCount > 0 ? cell.count / data.maxCount : 0;
              const label = t("dashboard.rfm.cell", { r: cell.r, f: cell.f, count: formatNumber(locale, cell.count), amount: formatMoney(locale, cell.avgMonetary, { compact: true }) });
              return (
                <td
                  key={cell.f}
                  title={label}
                  aria-label={label}
                  className="h-12 rounded text-center align-middle tabular-nums text-slate-900"
                  // The shade stops at 60 %: dark text keeps a 4.5:1 contrast on every cell.
                  style={{ background: cell.count === 0 ? "#f8fafc" : `rgba(33, 88, 194, ${0.06 + 0.54 * intensity})` }}
                >
                  <div className="text-sm font-semibold">{formatNumber(locale, cell.count)}</div>
                  {cell.count > 0 && <div>{formatMoney(locale, cell.avgMonetary, { compact: true })}</div>}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr>
          <td />
          <td colSpan={5} className="pt-1 text-center text-slate-500">
            {t("dashboard.rfm.frequency")} → · ↑ {t("dashboard.rfm.recency")}
          </td>
        </tr>
      </tfoot>
    </table>
  );
}
