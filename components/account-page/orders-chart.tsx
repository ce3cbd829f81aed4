"use client";

import { MonthChart } from "@/components/ui/month-chart-lazy";
import type { MonthlyRevenue } from "@/lib/account-page";
import { useI18n } from "@/lib/i18n/client";

/** Revenue (bars) and margin (line) per month; the data is aggregated in SQL, this only draws it. */
export function OrdersChart({ data }: { data: MonthlyRevenue[] }) {
  const { t } = useI18n();
  return (
    <MonthChart
      label={t("accountPage.orders.chartTitle")}
      data={data}
      bar={{ key: "revenue", name: t("accountPage.orders.revenue"), color: "#2f6fde" }}
      line={{ key: "margin", name: t("accountPage.orders.margin"), color: "#16a34a" }}
    />
  );
}
