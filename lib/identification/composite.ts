import {
  DEFAULT_SELECTION_MODEL,
  scoreDimension,
  type DimensionScore,
  type FactorScores,
  type Scale,
  type ScoringFactor,
} from "../scoring";

/**
 * Composite score of one candidate (综合积分法): the weighted mean of its criterion scores, by the
 * same rule as a matrix dimension so unscored criteria lower `completeness`, not the score.
 */
export function compositeScore(
  criteriaScores: FactorScores,
  criteria: readonly ScoringFactor[] = DEFAULT_SELECTION_MODEL.criteria,
  scale: Scale = DEFAULT_SELECTION_MODEL.scale,
): DimensionScore {
  return scoreDimension(criteria, criteriaScores, scale);
}
