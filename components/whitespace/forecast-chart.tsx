"use client";

import { MonthChart } from "@/components/ui/month-chart-lazy";
import { useI18n } from "@/lib/i18n/client";
import type { ForecastMonth } from "@/lib/pipeline";

/** The next 12 months' weighted forecast (bars) beside last year's revenue of the same month (line). */
export function ForecastChart({ data }: { data: ForecastMonth[] }) {
  const { t } = useI18n();
  return (
    <MonthChart
      label={t("whitespace.portfolio.forecast")}
      data={data}
      bar={{ key: "forecast", name: t("whitespace.portfolio.forecastSeries"), color: "#2f6fde" }}
      line={{ key: "lastYear", name: t("whitespace.portfolio.lastYearSeries"), color: "#64748b", dashed: true }}
    />
  );
}
