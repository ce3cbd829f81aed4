export { scoreDimension, scoreAssessment, assertScale } from "./score-dimension";
export {
  DEFAULT_MATRIX_MODEL,
  DEFAULT_SELECTION_MODEL,
  FACTOR_GROUPS,
  DIMENSION_LABELS,
} from "./default-models";
export { DEFAULT_ATTRACTIVENESS_FACTORS } from "./default-attractiveness";
export { DEFAULT_STRENGTH_FACTORS } from "./default-strength";
export { clampToScale, rescale } from "./scale";
export { toScoringModel, toSelectionCriteria, type StoredFactor } from "./stored-model";
export {
  ATTRACTIVENESS_GROUP_KEYS,
  DEFAULT_SCALE,
  DIMENSIONS,
  FACTOR_DIMENSIONS,
  SELECTION_CRITERION_KEYS,
  STRENGTH_GROUP_KEYS,
  THRESHOLD_MODES,
  type Scale,
  type ScoringFactor,
  type FactorScores,
  type Contribution,
  type DimensionScore,
  type Dimension,
  type DimensionFactor,
  type FactorDimension,
  type ScoringModel,
  type AssessmentScore,
  type ThresholdMode,
  type AttractivenessGroupKey,
  type StrengthGroupKey,
  type FactorGroupKey,
  type FactorGroup,
  type ModelFactor,
  type MatrixModel,
  type SelectionCriterion,
  type SelectionCriterionKey,
  type SelectionModel,
} from "./types";
