import { assertFinite } from "../domain";
import { DEFAULT_SCALE } from "../scoring";
import { placeInMatrix } from "./place";
import { midpointThresholds } from "./thresholds";
import type { MatrixPoint, MatrixThresholds, Quadrant } from "./types";

/** An assessment's point; pass the quadrant recorded with it to keep the thresholds of that day. */
export type MovementPoint = MatrixPoint & { quadrant?: Quadrant };

export type Movement = {
  /** current − previous per axis; null when there is no previous assessment. */
  delta: MatrixPoint | null;
  from: Quadrant | null;
  to: Quadrant;
  /** True only when a previous assessment exists and the quadrant differs. */
  changed: boolean;
};

const DEFAULT_THRESHOLDS: MatrixThresholds = midpointThresholds(DEFAULT_SCALE);

/**
 * How an account moved between two assessments (the matrix is re-evaluated over time). Quadrants not
 * recorded on the points are placed with `thresholds` (default: midpoint of the default 0–10 scale).
 */
export function movement(
  previous: MovementPoint | null,
  current: MovementPoint,
  thresholds: MatrixThresholds = DEFAULT_THRESHOLDS,
): Movement {
  for (const point of previous === null ? [current] : [previous, current]) {
    assertFinite(point.attractiveness, "attractiveness");
    assertFinite(point.strength, "strength");
  }
  const to = current.quadrant ?? placeInMatrix(current, thresholds);
  if (previous === null) return { delta: null, from: null, to, changed: false };
  const from = previous.quadrant ?? placeInMatrix(previous, thresholds);
  return {
    delta: {
      attractiveness: current.attractiveness - previous.attractiveness,
      strength: current.strength - previous.strength,
    },
    from,
    to,
    changed: from !== to,
  };
}
