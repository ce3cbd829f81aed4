"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/components/ui/chart-skeleton";

/** The chart library loads only on pages that draw this chart, after the page itself (see chart-skeleton.tsx). */
export const OrdersChart = dynamic(() => import("./orders-chart").then((m) => m.OrdersChart), {
  ssr: false,
  loading: () => <ChartSkeleton className="h-72" />,
});
