"use client";

import { QUADRANTS, STRATEGIES, type MatrixThresholds, type Quadrant } from "@/lib/matrix";
import { useI18n } from "@/lib/i18n/client";
import { formatNumber, formatPercent } from "@/lib/i18n/format";
import type { AssessmentScore } from "@/lib/scoring";

const CELLS: { quadrant: Quadrant; tone: string }[] = [
  { quadrant: "QUESTION", tone: "bg-amber-100 text-amber-900" },
  { quadrant: "STAR", tone: "bg-green-100 text-green-900" },
  { quadrant: "DOG", tone: "bg-slate-200 text-slate-800" },
  { quadrant: "CASH_COW", tone: "bg-blue-100 text-blue-900" },
];

type Props = { result: AssessmentScore | null; quadrant: Quadrant | null; thresholds: MatrixThresholds };

/** The totals, completeness and quadrant as the user types, computed in the browser by the same engines. */
export function LiveSummary({ result, quadrant, thresholds }: Props) {
  const { t, locale } = useI18n();
  const axis = (key: "attractiveness" | "strength") => {
    const dimension = result?.[key];
    return (
      <div>
        <dt className="text-xs text-slate-500">{t(`scoring.summary.${key}`)}</dt>
        <dd className="text-2xl font-semibold tabular-nums" data-testid={`live-${key}`}>{formatNumber(locale, dimension?.score ?? null, 2)}</dd>
        <dd className="text-xs text-slate-500">{t("scoring.summary.completeness", { percent: formatPercent(locale, dimension?.completeness ?? 0) })}</dd>
      </div>
    );
  };
  return (
    <section aria-labelledby="live-summary-title" aria-live="polite" className="rounded-lg border border-slate-200 bg-white p-4">
      <h2 id="live-summary-title" className="text-sm font-semibold">{t("scoring.summary.title")}</h2>
      {result === null && <p role="alert" className="mt-2 text-xs text-red-600">{t("scoring.summary.error")}</p>}
      <dl className="mt-3 grid grid-cols-2 gap-3">
        {axis("attractiveness")}
        {axis("strength")}
      </dl>
      <div className="mt-4">
        <div className="text-xs text-slate-500">{t("scoring.summary.quadrant")}</div>
        <div className="mt-1 text-lg font-semibold" data-testid="quadrant-preview" data-quadrant={quadrant ?? ""}>
          {quadrant ? QUADRANTS[quadrant].label[locale] : "—"}
        </div>
        {quadrant ? (
          <p className="text-xs text-slate-600">{t("scoring.summary.strategy", { strategy: STRATEGIES[QUADRANTS[quadrant].strategy].label[locale] })}</p>
        ) : (
          <p className="text-xs text-slate-500">{t("scoring.summary.notPlaced")}</p>
        )}
        <div className="mt-3 grid grid-cols-2 gap-1 text-center text-xs" aria-hidden>
          {CELLS.map((cell) => (
            <div key={cell.quadrant} className={`rounded px-2 py-3 ${cell.quadrant === quadrant ? `${cell.tone} font-semibold ring-2 ring-brand-600` : "bg-slate-50 text-slate-600"}`}>
              {QUADRANTS[cell.quadrant].label[locale]}
            </div>
          ))}
        </div>
        <p className="mt-2 text-[11px] text-slate-500">
          {t("scoring.summary.thresholds", { attractiveness: formatNumber(locale, thresholds.attractiveness, 2), strength: formatNumber(locale, thresholds.strength, 2) })}
        </p>
      </div>
    </section>
  );
}
