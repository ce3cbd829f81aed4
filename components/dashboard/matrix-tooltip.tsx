"use client";

import type { ChartBubble as MatrixBubble } from "@/lib/dashboard";
import { useI18n } from "@/lib/i18n/client";
import { formatDate, formatMoney, formatNumber } from "@/lib/i18n/format";
import { QUADRANTS } from "@/lib/matrix";
import { STAGE_LABELS } from "@/lib/stages";
import { STAGE_COLORS } from "./stage-colors";

/** The hover card of a bubble, placed beside it (flipped left on the right half of the chart). */
export function MatrixTooltip({ bubble, x, y }: { bubble: MatrixBubble; x: number; y: number }) {
  const { t, locale } = useI18n();
  const score = (value: number) => formatNumber(locale, value, 1);
  const flip = x > 420;
  return (
    <div
      role="tooltip"
      data-testid="matrix-tooltip"
      className="pointer-events-none absolute z-10 w-64 rounded-md border border-slate-200 bg-white p-3 text-xs shadow-lg"
      style={{ left: flip ? x - 272 : x + 16, top: Math.max(0, y - 40) }}
    >
      <p className="text-sm font-semibold text-slate-900">{bubble.name}</p>
      <p className="mt-1 text-slate-700">
        {QUADRANTS[bubble.quadrant].label[locale]} · {t("dashboard.matrix.tooltipScores", { attractiveness: score(bubble.attractiveness), strength: score(bubble.strength) })}
      </p>
      <p className="mt-1 flex items-center gap-1.5 text-slate-700">
        <span className="inline-block h-2.5 w-2.5 rounded-full" style={{ background: STAGE_COLORS[bubble.stage] }} />
        {STAGE_LABELS[bubble.stage][locale]}
      </p>
      <p className="mt-1 text-slate-600">{t("dashboard.matrix.tooltipOwner", { name: bubble.ownerName })}</p>
      <p className="mt-1 text-slate-600">{t("dashboard.matrix.tooltipRevenue", { amount: formatMoney(locale, bubble.revenue12m, { compact: true }) })}</p>
      {bubble.previous && bubble.previous.quadrant !== bubble.quadrant && (
        <p className="mt-1 text-slate-600">{t("dashboard.matrix.tooltipMoved", { from: QUADRANTS[bubble.previous.quadrant].label[locale] })}</p>
      )}
      <p className="mt-1 text-slate-500">{t("dashboard.matrix.tooltipAssessed", { date: formatDate(locale, bubble.assessedAt) })}</p>
    </div>
  );
}
