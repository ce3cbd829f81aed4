export { ScoringInputError, assertFinite, type ScoringErrorCode } from "./errors";
export { scoreDimension, scoreAssessment, assertScale } from "./score-dimension";
export {
  DEFAULT_MATRIX_MODEL,
  DEFAULT_SELECTION_MODEL,
  FACTOR_GROUPS,
  DIMENSION_LABELS,
} from "./default-models";
export { DEFAULT_ATTRACTIVENESS_FACTORS } from "./default-attractiveness";
export { DEFAULT_STRENGTH_FACTORS } from "./default-strength";
export {
  DEFAULT_SCALE,
  type Scale,
  type LocalizedText,
  type ScoringFactor,
  type FactorScores,
  type Contribution,
  type DimensionScore,
  type Dimension,
  type DimensionFactor,
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
  type SelectionModel,
} from "./types";
