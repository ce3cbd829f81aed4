import "server-only";
import { abcCurve, DEFAULT_ABC_THRESHOLDS, type AbcClass, type AbcClassSummary, type ParetoPoint } from "@/lib/rfm";
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

/** ABC / Pareto of the accounts in scope by revenue in the order window (lib/rfm's abcCurve). */
export async function getPareto(query: DashboardQuery): Promise<ParetoData> {
  const { revenues } = await windowSummary(query);
  const curve = abcCurve(revenues, MAX_POINTS);
  return { points: curve.points, customers: curve.items, total: curve.total, summary: curve.summary, cuts: DEFAULT_ABC_THRESHOLDS };
}
