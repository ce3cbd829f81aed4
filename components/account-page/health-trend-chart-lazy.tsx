"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/components/ui/chart-skeleton";

/** The chart library loads only on pages that draw this chart, after the page itself (see chart-skeleton.tsx). */
export const HealthTrendChart = dynamic(() => import("./health-trend-chart").then((m) => m.HealthTrendChart), {
  ssr: false,
  loading: () => <ChartSkeleton className="h-40" />,
});
