import { assertFinite, assertScale, DEFAULT_SCALE, ScoringInputError, type Scale, type ThresholdMode } from "../scoring";
import type { MatrixThresholds } from "./types";

/** A portfolio point; an axis left null (dimension not scored yet) is ignored for that axis. */
export type PortfolioPoint = { attractiveness: number | null; strength: number | null };

/** Median with the mean of the two middle values for an even count; null for no values. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function axisValues(points: readonly PortfolioPoint[], axis: keyof PortfolioPoint): number[] {
  const values: number[] = [];
  for (const point of points) {
    const value = point[axis];
    if (value === null) continue;
    assertFinite(value, axis);
    values.push(value);
  }
  return values;
}

/**
 * High/low thresholds per axis (DESIGN §3): the scale midpoint by default, or the portfolio median so that
 * the matrix splits the accounts actually held. With no scored points on an axis the median falls back to
 * the midpoint.
 */
export function matrixThresholds(
  points: readonly PortfolioPoint[],
  mode: ThresholdMode = "MIDPOINT",
  scale: Scale = DEFAULT_SCALE,
): MatrixThresholds {
  assertScale(scale);
  const midpoint = (scale.min + scale.max) / 2;
  if (mode === "MIDPOINT") return { attractiveness: midpoint, strength: midpoint };
  if (mode !== "MEDIAN") throw new ScoringInputError("INVALID_OPTION", `unknown threshold mode ${String(mode)}`);
  return {
    attractiveness: median(axisValues(points, "attractiveness")) ?? midpoint,
    strength: median(axisValues(points, "strength")) ?? midpoint,
  };
}
