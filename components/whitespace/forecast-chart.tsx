"use client";

import { Bar, CartesianGrid, ComposedChart, Legend, Line, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { INTL_LOCALE } from "@/lib/i18n/config";
import { useI18n } from "@/lib/i18n/client";
import { formatMoney } from "@/lib/i18n/format";
import type { ForecastMonth } from "@/lib/pipeline";

/** The next 12 months' weighted forecast (bars) beside last year's revenue of the same month (line). */
export function ForecastChart({ data }: { data: ForecastMonth[] }) {
  const { t, locale } = useI18n();
  const monthLabel = new Intl.DateTimeFormat(INTL_LOCALE[locale], { month: "short", year: "2-digit", timeZone: "UTC" });
  const label = (month: string) => monthLabel.format(new Date(`${month}-01T00:00:00Z`));
  const money = (value: unknown) => formatMoney(locale, Number(value), { compact: true });
  return (
    <div className="h-72 w-full" role="img" aria-label={t("whitespace.portfolio.forecast")}>
      <ResponsiveContainer width="100%" height="100%">
        <ComposedChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
          <CartesianGrid strokeDasharray="3 3" stroke="#e2e8f0" />
          <XAxis dataKey="month" tickFormatter={label} tick={{ fontSize: 11 }} interval="preserveStartEnd" />
          <YAxis tickFormatter={money} tick={{ fontSize: 11 }} width={70} />
          <Tooltip labelFormatter={(value) => label(String(value))} formatter={(value) => formatMoney(locale, Number(value))} />
          <Legend />
          <Bar dataKey="forecast" name={t("whitespace.portfolio.forecastSeries")} fill="#2f6fde" isAnimationActive={false} />
          <Line dataKey="lastYear" name={t("whitespace.portfolio.lastYearSeries")} stroke="#64748b" strokeWidth={2} strokeDasharray="5 3" dot={false} type="monotone" isAnimationActive={false} />
        </ComposedChart>
      </ResponsiveContainer>
    </div>
  );
}
