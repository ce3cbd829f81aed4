"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "./chart-skeleton";

/** The chart library loads only on pages that draw a month chart, after the page itself (see chart-skeleton.tsx). */
export const MonthChart = dynamic(() => import("./month-chart").then((m) => m.MonthChart), {
  ssr: false,
  loading: () => <ChartSkeleton className="h-72" />,
}) as typeof import("./month-chart").MonthChart;
