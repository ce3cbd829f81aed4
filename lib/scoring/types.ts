import type { LocalizedText } from "../domain";

/** A closed score range; the default models score every factor from 0 to 10. */
export type Scale = { min: number; max: number };

export const DEFAULT_SCALE: Scale = { min: 0, max: 10 };

/** A weighted factor; `inverted` factors count `min + max − score` (more of it is worse). */
export type ScoringFactor = { key: string; weight: number; inverted?: boolean };

/** Factor scores by key; null or undefined means "not scored yet". */
export type FactorScores = Record<string, number | null | undefined>;

export type Contribution = {
  key: string;
  /** The score as entered, null when not scored. */
  score: number | null;
  /** The score actually used: inverted factors are mirrored on the scale. */
  effectiveScore: number | null;
  weight: number;
  inverted: boolean;
  /** effectiveScore × weight (分值 = 评分 × 权重), null when not scored. */
  value: number | null;
};

export type DimensionScore = {
  /** Σ value / Σ scored weight, on the same scale as the factor scores; null when nothing is scored. */
  score: number | null;
  /** Scored weight / total weight, 0–1. */
  completeness: number;
  /** One entry per factor, in model order. */
  contributions: Contribution[];
};

/** The two axes of the portfolio matrix. */
export const DIMENSIONS = ["ATTRACTIVENESS", "STRENGTH"] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** What a stored factor scores: a matrix axis, or a key-account selection criterion. */
export const FACTOR_DIMENSIONS = [...DIMENSIONS, "SELECTION"] as const;
export type FactorDimension = (typeof FACTOR_DIMENSIONS)[number];

export type DimensionFactor = ScoringFactor & { dimension: Dimension };

/** The minimum a matrix model needs to be scored; the default model adds labels and groups. */
export type ScoringModel = { factors: DimensionFactor[]; scale?: Scale };

export type AssessmentScore = { attractiveness: DimensionScore; strength: DimensionScore };

/**
 * How a matrix model splits high from low per axis: the scale midpoint, the median of the whole active portfolio,
 * or fixed values stored with the model (lib/matrix `resolveThresholds` applies the rule).
 */
export const THRESHOLD_MODES = ["MIDPOINT", "MEDIAN", "FIXED"] as const;
export type ThresholdMode = (typeof THRESHOLD_MODES)[number];

/** Factor groups of each matrix axis, in display order. */
export const ATTRACTIVENESS_GROUP_KEYS = ["CURRENT", "FUTURE", "COMPETITION", "SOCIAL"] as const;
export const STRENGTH_GROUP_KEYS = ["CREDIT", "USP", "PEOPLE"] as const;
export type AttractivenessGroupKey = (typeof ATTRACTIVENESS_GROUP_KEYS)[number];
export type StrengthGroupKey = (typeof STRENGTH_GROUP_KEYS)[number];
export type FactorGroupKey = AttractivenessGroupKey | StrengthGroupKey;

export type FactorGroup = { key: FactorGroupKey; dimension: Dimension; label: LocalizedText };

/** A factor of a configurable matrix model, with what the admin and scoring screens show. */
export type ModelFactor = DimensionFactor & {
  group: FactorGroupKey;
  label: LocalizedText;
  help: LocalizedText;
  inverted: boolean;
};

export type MatrixModel = {
  key: string;
  version: number;
  name: LocalizedText;
  scale: Scale;
  thresholdMode: ThresholdMode;
  groups: FactorGroup[];
  factors: ModelFactor[];
};

/** The criteria of the composite scoring method, each backed by data the app holds (see lib/key-accounts). */
export const SELECTION_CRITERION_KEYS = ["SALES_VOLUME", "POTENTIAL", "REFERENCE_VALUE", "ABILITY_TO_WIN_AND_DELIVER"] as const;
export type SelectionCriterionKey = (typeof SELECTION_CRITERION_KEYS)[number];

/** A key-account selection criterion of the composite scoring method (综合积分法). */
export type SelectionCriterion = ScoringFactor & { label: LocalizedText; help: LocalizedText };

export type SelectionModel = {
  key: string;
  version: number;
  scale: Scale;
  /** Share of candidates proposed as key accounts, in percent. */
  topPercent: number;
  criteria: SelectionCriterion[];
};
