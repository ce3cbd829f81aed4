"use client";

import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useI18n } from "@/lib/i18n/client";
import { formatDate } from "@/lib/i18n/format";

export type ChartPoint = { at: string; attractiveness: number | null; strength: number | null };

/** Both scores of each assessment over time (scores are re-assessed over time, so the trend shows where the account is heading). */
export function HistoryChart({ points, min, max }: { points: ChartPoint[]; min: number; max: number }) {
  const { t, locale } = useI18n();
  const data = points.map((p) => ({ ...p, label: formatDate(locale, p.at) }));
  return (
    <figure className="h-56 w-full" aria-label={t("scoring.history.chart")}>
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: -16 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="label" tick={{ fontSize: 11 }} />
          <YAxis domain={[min, max]} tick={{ fontSize: 11 }} />
          <Tooltip />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line type="monotone" dataKey="attractiveness" name={t("scoring.history.attractiveness")} stroke="#16a34a" strokeWidth={2} connectNulls />
          <Line type="monotone" dataKey="strength" name={t("scoring.history.strength")} stroke="#2563eb" strokeWidth={2} connectNulls />
        </LineChart>
      </ResponsiveContainer>
    </figure>
  );
}
