import { assertFinite } from "../domain";
import { assertScale } from "./score-dimension";
import type { Scale } from "./types";

/** `value` kept on the scale: below `min` becomes `min`, above `max` becomes `max`. */
export function clampToScale(value: number, scale: Scale): number {
  assertFinite(value, "value");
  return Math.min(scale.max, Math.max(scale.min, value));
}

/**
 * A score of one scale mapped linearly onto another (the same share of the way from min to max), kept on the
 * target scale: how a score given under an older model counts under a model with another scale.
 */
export function rescale(value: number, from: Scale, to: Scale): number {
  assertScale(from);
  assertScale(to);
  assertFinite(value, "value");
  const ratio = (value - from.min) / (from.max - from.min);
  return clampToScale(to.min + ratio * (to.max - to.min), to);
}
