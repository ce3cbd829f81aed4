"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/components/ui/chart-skeleton";
import { PARETO_HEIGHT } from "./sizes";

/** The chart library loads only on pages that draw this chart, after the page itself (see chart-skeleton.tsx). */
export const ParetoChart = dynamic(() => import("./pareto-chart").then((m) => m.ParetoChart), {
  ssr: false,
  loading: () => <ChartSkeleton style={{ height: PARETO_HEIGHT }} />,
});
