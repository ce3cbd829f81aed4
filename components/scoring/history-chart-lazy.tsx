"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/components/ui/chart-skeleton";

/** The chart library loads only on pages that draw this chart, after the page itself (see chart-skeleton.tsx). */
export const HistoryChart = dynamic(() => import("./history-chart").then((m) => m.HistoryChart), {
  ssr: false,
  loading: () => <ChartSkeleton className="h-56" />,
});
