import { assertFinite, EngineError } from "../domain";
import {
  DEFAULT_SCALE,
  type AssessmentScore,
  type Contribution,
  type DimensionScore,
  type FactorScores,
  type Scale,
  type ScoringFactor,
  type ScoringModel,
} from "./types";

/** A scale must be a real, non-empty interval or no score can be placed on it. */
export function assertScale(scale: Scale): void {
  assertFinite(scale.min, "scale.min");
  assertFinite(scale.max, "scale.max");
  if (!(scale.min < scale.max)) {
    throw new EngineError("INVALID_SCALE", `scale.min (${scale.min}) must be below scale.max (${scale.max})`);
  }
}

function assertUniqueKeys(factors: readonly ScoringFactor[]): void {
  const seen = new Set<string>();
  for (const factor of factors) {
    if (seen.has(factor.key)) {
      throw new EngineError("DUPLICATE_KEY", `factor key "${factor.key}" appears twice`, factor.key);
    }
    seen.add(factor.key);
  }
}

function assertFactors(factors: readonly ScoringFactor[]): void {
  assertUniqueKeys(factors);
  let total = 0;
  for (const factor of factors) {
    assertFinite(factor.weight, `weight of "${factor.key}"`, factor.key);
    if (factor.weight < 0) {
      throw new EngineError("NEGATIVE_WEIGHT", `weight of "${factor.key}" is negative`, factor.key);
    }
    total += factor.weight;
  }
  if (total <= 0) {
    throw new EngineError("ZERO_TOTAL_WEIGHT", "the factors' weights must not all be zero");
  }
}

function readScore(scores: FactorScores, key: string, scale: Scale): number | null {
  const score = Object.hasOwn(scores, key) ? scores[key] : undefined;
  if (score === null || score === undefined) return null;
  assertFinite(score, `score of "${key}"`, key);
  if (score < scale.min || score > scale.max) {
    throw new EngineError(
      "SCORE_OUT_OF_SCALE",
      `score of "${key}" (${score}) is outside ${scale.min}–${scale.max}`,
      key,
    );
  }
  return score;
}

/**
 * Weighted score of one dimension: each factor's value is its score × its weight (分值 = 评分 × 权重). Dividing by the *scored* weight keeps the
 * result on the factor scale and lets optional factors (social factors, "one or more" USPs) stay blank
 * without dragging the score down; `completeness` tells how much of the model was actually scored.
 * Scores for keys that are not factors are ignored (the model may have changed since they were entered).
 */
export function scoreDimension(
  factors: readonly ScoringFactor[],
  scores: FactorScores,
  scale: Scale = DEFAULT_SCALE,
): DimensionScore {
  assertScale(scale);
  assertFactors(factors);
  let totalWeight = 0;
  let scoredWeight = 0;
  let valueSum = 0;
  const contributions: Contribution[] = factors.map((factor) => {
    const inverted = factor.inverted === true;
    const score = readScore(scores, factor.key, scale);
    totalWeight += factor.weight;
    if (score === null) {
      return { key: factor.key, score, effectiveScore: null, weight: factor.weight, inverted, value: null };
    }
    const effectiveScore = inverted ? scale.min + scale.max - score : score;
    const value = effectiveScore * factor.weight;
    scoredWeight += factor.weight;
    valueSum += value;
    return { key: factor.key, score, effectiveScore, weight: factor.weight, inverted, value };
  });
  // Clamp only guards against floating-point drift past the ends of the scale.
  const score =
    scoredWeight > 0 ? Math.min(scale.max, Math.max(scale.min, valueSum / scoredWeight)) : null;
  return { score, completeness: scoredWeight / totalWeight, contributions };
}

/**
 * Scores both matrix axes of one assessment. Keys must be unique across the whole model because one
 * score map serves both dimensions.
 */
export function scoreAssessment(model: ScoringModel, scores: FactorScores): AssessmentScore {
  assertUniqueKeys(model.factors);
  return {
    attractiveness: scoreDimension(
      model.factors.filter((factor) => factor.dimension === "ATTRACTIVENESS"),
      scores,
      model.scale,
    ),
    strength: scoreDimension(
      model.factors.filter((factor) => factor.dimension === "STRENGTH"),
      scores,
      model.scale,
    ),
  };
}
