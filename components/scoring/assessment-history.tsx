import { QuadrantBadge } from "@/components/domain/quadrant-badge";
import { DataTable, type Column } from "@/components/ui/data-table";
import { Notice } from "@/components/ui/notice";
import type { HistoryPoint } from "@/lib/assessments/queries";
import { formatDate, formatNumber } from "@/lib/i18n/format";
import { getI18n } from "@/lib/i18n/server";
import { HistoryChart } from "./history-chart-lazy";

/** The account's assessments: a chart of both scores, the quadrant path, and the list (newest first). */
export async function AssessmentHistory({ history, scale }: { history: HistoryPoint[]; scale: { min: number; max: number } }) {
  const { t, locale } = await getI18n();
  if (history.length === 0) return <Notice title={t("scoring.history.emptyTitle")} body={t("scoring.history.emptyBody")} />;
  const columns: Column<HistoryPoint>[] = [
    { key: "date", header: t("scoring.history.date"), className: "whitespace-nowrap", cell: (h) => formatDate(locale, h.assessedAt, true) },
    { key: "version", header: t("scoring.history.version"), cell: (h) => t("scoring.list.version", { version: h.modelVersion }) },
    { key: "assessor", header: t("scoring.history.assessor"), cell: (h) => h.assessorName },
    { key: "attractiveness", header: t("scoring.history.attractiveness"), className: "tabular-nums", cell: (h) => formatNumber(locale, h.attractiveness, 2) },
    { key: "strength", header: t("scoring.history.strength"), className: "tabular-nums", cell: (h) => formatNumber(locale, h.strength, 2) },
    { key: "quadrant", header: t("scoring.history.quadrant"), cell: (h) => <QuadrantBadge quadrant={h.quadrant} locale={locale} /> },
    { key: "comment", header: t("scoring.history.comment"), hideBelow: "md", className: "text-slate-600", cell: (h) => h.comment ?? "—" },
  ];
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
      <DataTable
        columns={columns}
        rows={[...history].reverse()}
        rowKey={(h) => h.id}
        caption={t("scoring.history.title")}
        bodyTestId="history-rows"
      />
    </div>
  );
}
