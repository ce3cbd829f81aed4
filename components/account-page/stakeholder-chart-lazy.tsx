"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/components/ui/chart-skeleton";

/**
 * The graph layout library loads only when the map view draws the chart (see chart-skeleton.tsx). The placeholder
 * is the chart's box: its heading and help line (about 5rem) above a 70vh viewport of at least 22rem.
 */
export const StakeholderChart = dynamic(() => import("./stakeholder-chart").then((m) => m.StakeholderChart), {
  ssr: false,
  loading: () => <ChartSkeleton className="h-[calc(70vh+5rem)] min-h-[27rem] rounded-lg" />,
});
