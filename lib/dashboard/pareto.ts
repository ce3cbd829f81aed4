import "server-only";
import { classifyAbc, DEFAULT_ABC_THRESHOLDS, type AbcClass, type AbcClassSummary, type ParetoPoint } from "@/lib/rfm";
import type { DashboardQuery } from "./query";
import { windowSummary } from "./window-summary";

export type ParetoData = {
  /** The cumulative revenue curve, thinned to at most MAX_POINTS (+ the class boundaries) for the chart. */
  points: ParetoPoint[];
  /** Accounts in scope with revenue in the window: the base of the shares. */
  customers: number;
  total: number;
  summary: Record<AbcClass, AbcClassSummary>;
  /** Cumulative revenue shares of the A and B cut lines (80 % / 95 %). */
  cuts: { a: number; b: number };
};

const MAX_POINTS = 200;

/** Keeps every n-th point plus the last point of each class, so the curve and the cut lines stay exact. */
function thin(points: readonly ParetoPoint[], keep: ReadonlySet<number>): ParetoPoint[] {
  const step = Math.max(1, Math.ceil((points.length - 1) / MAX_POINTS));
  return points.filter((_, index) => index === 0 || index === points.length - 1 || index % step === 0 || keep.has(index));
}

/** ABC / Pareto of the accounts in scope by revenue in the order window (lib/rfm's classifyAbc). */
export async function getPareto(query: DashboardQuery): Promise<ParetoData> {
  const { revenues } = await windowSummary(query);
  // The curve and the classes depend on the values alone: positions stand in for the accounts.
  const result = classifyAbc(revenues.map((value, index) => ({ id: String(index), value })));
  const classEnds = new Set<number>();
  result.items.forEach((item, index) => {
    const next = result.items[index + 1];
    if (!next || next.abcClass !== item.abcClass) classEnds.add(index + 1);
  });
  return {
    points: thin(result.pareto, classEnds),
    customers: result.items.length,
    total: result.total,
    summary: result.summary,
    cuts: DEFAULT_ABC_THRESHOLDS,
  };
}
