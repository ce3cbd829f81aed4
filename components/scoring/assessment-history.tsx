import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { Notice } from "@/components/ui/notice";
import type { HistoryPoint } from "@/lib/db/scoring";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { HistoryChart } from "./history-chart";

/** The account's assessments: a chart of both scores, the quadrant path, and the list (newest first). */
export async function AssessmentHistory({ history, scale }: { history: HistoryPoint[]; scale: { min: number; max: number } }) {
  const { t, locale } = await getI18n();
  if (history.length === 0) return <Notice title={t("scoring.history.emptyTitle")} body={t("scoring.history.emptyBody")} />;
  const th = "px-3 py-2 text-left font-medium text-slate-600";
  return (
    <div className="space-y-4">
      <HistoryChart points={history.map((h) => ({ at: h.assessedAt.toISOString(), attractiveness: h.attractiveness, strength: h.strength }))} min={scale.min} max={scale.max} />
      <div>
        <h3 className="text-sm font-semibold">{t("scoring.history.path")}</h3>
        <ol className="mt-2 flex flex-wrap items-center gap-2 text-sm" data-testid="quadrant-path">
          {history.map((h, i) => (
            <li key={h.id} className="flex items-center gap-2">
              {i > 0 && <span aria-hidden className="text-slate-400">→</span>}
              <QuadrantBadge quadrant={h.quadrant} locale={locale} />
              <span className="text-xs text-slate-500">{formatDate(locale, h.assessedAt)}</span>
            </li>
          ))}
        </ol>
      </div>
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
        <table className="min-w-full divide-y divide-slate-200 text-sm">
          <caption className="sr-only">{t("scoring.history.title")}</caption>
          <thead className="bg-slate-50">
            <tr>
              <th scope="col" className={th}>{t("scoring.history.date")}</th>
              <th scope="col" className={th}>{t("scoring.history.version")}</th>
              <th scope="col" className={th}>{t("scoring.history.assessor")}</th>
              <th scope="col" className={th}>{t("scoring.history.attractiveness")}</th>
              <th scope="col" className={th}>{t("scoring.history.strength")}</th>
              <th scope="col" className={th}>{t("scoring.history.quadrant")}</th>
              <th scope="col" className={th}>{t("scoring.history.comment")}</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100" data-testid="history-rows">
            {[...history].reverse().map((h) => (
              <tr key={h.id}>
                <td className="px-3 py-2">{formatDate(locale, h.assessedAt, true)}</td>
                <td className="px-3 py-2">{t("scoring.list.version", { version: h.modelVersion })}</td>
                <td className="px-3 py-2">{h.assessorName}</td>
                <td className="px-3 py-2 tabular-nums">{formatNumber(locale, h.attractiveness, 2)}</td>
                <td className="px-3 py-2 tabular-nums">{formatNumber(locale, h.strength, 2)}</td>
                <td className="px-3 py-2"><QuadrantBadge quadrant={h.quadrant} locale={locale} /></td>
                <td className="px-3 py-2 text-slate-600">{h.comment ?? "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
