import type { CSSProperties } from "react";

/**
 * What a chart shows while its drawing code loads: a box of the chart's own size (pass the chart's height class
 * or style), so the page does not move when the chart arrives.
 */
export function ChartSkeleton({ className = "", style }: { className?: string; style?: CSSProperties }) {
  return <div aria-hidden="true" className={`w-full animate-pulse rounded bg-slate-100 ${className}`} style={style} data-chart-skeleton="" />;
}
