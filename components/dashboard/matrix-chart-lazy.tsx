"use client";

import dynamic from "next/dynamic";
import { ChartSkeleton } from "@/components/ui/chart-skeleton";
import { MATRIX_HEIGHT } from "./sizes";

/** The chart library loads only on pages that draw this chart, after the page itself (see chart-skeleton.tsx). */
export const MatrixChart = dynamic(() => import("./matrix-chart").then((m) => m.MatrixChart), {
  ssr: false,
  loading: () => <ChartSkeleton style={{ height: MATRIX_HEIGHT }} />,
});
