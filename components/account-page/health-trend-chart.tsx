"use client";

import { CartesianGrid, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { HealthTrendPoint } from "@/lib/account-page/health";
import { INTL_LOCALE } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";

/** The daily health score of the last 90 days, with the band thresholds of the active model as guides. */
export function HealthTrendChart({ points, healthyFrom, watchFrom }: { points: HealthTrendPoint[]; healthyFrom?: number; watchFrom?: number }) {
  const { t, locale } = useI18n();
  const dayLabel = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "short", day: "numeric", timeZone: "UTC" });
  const label = (day: string) => dayLabel.format(new Date(`${day}T00:00:00Z`));
  return (
    <div className="h-40 w-full" role="img" aria-label={t("health.panel.trendLabel")} data-testid="health-trend">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} margin={{ top: 6, right: 8, bottom: 0, left: -24 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="day" tickFormatter={label} tick={{ fontSize: 11 }} interval="preserveStartEnd" minTickGap={24} />
          <YAxis domain={[0, 100]} ticks={[0, 25, 50, 75, 100]} tick={{ fontSize: 11 }} />
          {healthyFrom !== undefined && <ReferenceLine y={healthyFrom} stroke="#16a34a" strokeDasharray="4 4" />}
          {watchFrom !== undefined && <ReferenceLine y={watchFrom} stroke="#d97706" strokeDasharray="4 4" />}
          <Tooltip labelFormatter={(value) => label(String(value))} formatter={(value) => [value ?? t("health.panel.unscored"), t("health.panel.score")]} />
          <Line dataKey="score" stroke="#2f6fde" strokeWidth={2} dot={points.length < 2} connectNulls={false} type="monotone" isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
