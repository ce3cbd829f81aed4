"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/components/ui/chart-skeleton";

/** The chart library loads only on pages that draw this chart, after the page itself (see chart-skeleton.tsx). */
export const ForecastChart = dynamic(() => import("./forecast-chart").then((m) => m.ForecastChart), {
  ssr: false,
  loading: () => <ChartSkeleton className="h-72" />,
});
