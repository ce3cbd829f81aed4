import { assertFinite, EngineError } from "../domain";
import { assertScale, DEFAULT_SCALE, type Scale } from "../scoring";
import type { Band, MatrixPoint, MatrixThresholds, NineBoxCell, Quadrant } from "./types";

/**
 * The quadrant of a point: attractive and strong is a STAR, attractive only a QUESTION, strong only a CASH_COW,
 * neither a DOG. A value equal to its threshold counts as high, so an account exactly on
 * the line gets the benefit of the doubt (and a median split puts the median account in the upper half).
 */
export function placeInMatrix(point: MatrixPoint, thresholds: MatrixThresholds): Quadrant {
  assertFinite(point.attractiveness, "attractiveness");
  assertFinite(point.strength, "strength");
  assertFinite(thresholds.attractiveness, "attractiveness threshold");
  assertFinite(thresholds.strength, "strength threshold");
  const attractive = point.attractiveness >= thresholds.attractiveness;
  const strong = point.strength >= thresholds.strength;
  if (attractive) return strong ? "STAR" : "QUESTION";
  return strong ? "CASH_COW" : "DOG";
}

/** Thirds of the scale; a value equal to a third-boundary goes to the higher band (as in placeInMatrix). */
function band(value: number, scale: Scale, axis: string): Band {
  assertFinite(value, axis);
  if (value < scale.min || value > scale.max) {
    throw new EngineError("SCORE_OUT_OF_SCALE", `${axis} (${value}) is outside ${scale.min}–${scale.max}`);
  }
  const span = scale.max - scale.min;
  if (value >= scale.min + (span * 2) / 3) return "HIGH";
  if (value >= scale.min + span / 3) return "MEDIUM";
  return "LOW";
}

/** Nine-box variant for the dashboard: LOW/MEDIUM/HIGH per axis by thirds of the scale. */
export function placeInNineBox(point: MatrixPoint, scale: Scale = DEFAULT_SCALE): NineBoxCell {
  assertScale(scale);
  return {
    attractiveness: band(point.attractiveness, scale, "attractiveness"),
    strength: band(point.strength, scale, "strength"),
  };
}
