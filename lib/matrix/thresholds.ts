import { assertFinite, EngineError, median } from "../domain";
import { assertScale, clampToScale, DEFAULT_SCALE, type Scale, type ThresholdMode } from "../scoring";
import type { MatrixThresholds } from "./types";

/** A portfolio point; an axis left null (dimension not scored yet) is ignored for that axis. */
export type PortfolioPoint = { attractiveness: number | null; strength: number | null };

/** Thresholds stored with a model for FIXED mode; an axis left null falls back to the scale midpoint. */
export type FixedThresholds = { attractiveness: number | null; strength: number | null };

/**
 * What a matrix model says about its split. The field names are those of a stored model, so a model can be
 * passed as it is; `fixedThresholds` is only read in FIXED mode.
 */
export type ThresholdRule = {
  thresholdMode: ThresholdMode;
  scale: Scale;
  fixedThresholds?: FixedThresholds | null;
};

/** The middle of the scale on both axes. */
export function midpointThresholds(scale: Scale = DEFAULT_SCALE): MatrixThresholds {
  assertScale(scale);
  const midpoint = (scale.min + scale.max) / 2;
  return { attractiveness: midpoint, strength: midpoint };
}

/** Whether resolving the rule needs the portfolio's points (only MEDIAN does), so callers can skip reading them. */
export function needsPortfolio(rule: Pick<ThresholdRule, "thresholdMode">): boolean {
  return rule.thresholdMode === "MEDIAN";
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

function fixedAxis(value: number | null | undefined, fallback: number, scale: Scale, axis: string): number {
  if (value === null || value === undefined) return fallback;
  assertFinite(value, `${axis} threshold`);
  if (value < scale.min || value > scale.max) {
    throw new EngineError("SCORE_OUT_OF_SCALE", `${axis} threshold (${value}) is outside ${scale.min}–${scale.max}`);
  }
  return value;
}

/**
 * The high/low thresholds per axis of a matrix model:
 * - MIDPOINT: the middle of the scale, whatever the portfolio;
 * - MEDIAN: the median of `portfolio` per axis. Pass the WHOLE active portfolio (the latest assessment of every
 *   non-archived account), never a filtered view of it: then an account sits in the same quadrant on every page
 *   and under every filter. Null axes are skipped; an axis without any value falls back to the midpoint; the
 *   median is kept on the scale (points scored under another model's scale may lie outside it);
 * - FIXED: the values stored with the model, the midpoint for an axis without one; a stored value off the scale
 *   throws SCORE_OUT_OF_SCALE.
 * The thresholds therefore always lie on the scale. An unknown mode throws INVALID_OPTION.
 */
export function resolveThresholds(rule: ThresholdRule, portfolio: readonly PortfolioPoint[] = []): MatrixThresholds {
  const { scale, thresholdMode } = rule;
  const midpoint = midpointThresholds(scale);
  switch (thresholdMode) {
    case "MIDPOINT":
      return midpoint;
    case "MEDIAN": {
      const axis = (key: keyof PortfolioPoint) => {
        const value = median(axisValues(portfolio, key));
        return value === null ? midpoint[key] : clampToScale(value, scale);
      };
      return { attractiveness: axis("attractiveness"), strength: axis("strength") };
    }
    case "FIXED": {
      const fixed = rule.fixedThresholds;
      return {
        attractiveness: fixedAxis(fixed?.attractiveness, midpoint.attractiveness, scale, "attractiveness"),
        strength: fixedAxis(fixed?.strength, midpoint.strength, scale, "strength"),
      };
    }
    default:
      throw new EngineError("INVALID_OPTION", `unknown threshold mode ${String(thresholdMode)}`);
  }
}

/** `resolveThresholds` with positional arguments: the portfolio, the mode (MIDPOINT by default), scale, fixed values. */
export function matrixThresholds(
  points: readonly PortfolioPoint[],
  mode: ThresholdMode = "MIDPOINT",
  scale: Scale = DEFAULT_SCALE,
  fixed: FixedThresholds | null = null,
): MatrixThresholds {
  return resolveThresholds({ thresholdMode: mode, scale, fixedThresholds: fixed }, points);
}
