/** A closed score range; the default models score every factor from 0 to 10. */
export type Scale = { min: number; max: number };

export const DEFAULT_SCALE: Scale = { min: 0, max: 10 };

/** Text shown in both interface languages. */
export type LocalizedText = { en: string; zh: string };

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

export type Dimension = "ATTRACTIVENESS" | "STRENGTH";

export type DimensionFactor = ScoringFactor & { dimension: Dimension };

/** The minimum a matrix model needs to be scored; the default model adds labels and groups. */
export type ScoringModel = { factors: DimensionFactor[]; scale?: Scale };

export type AssessmentScore = { attractiveness: DimensionScore; strength: DimensionScore };

/** How the matrix splits high from low per axis: scale midpoint, or the portfolio's median. */
export type ThresholdMode = "MIDPOINT" | "MEDIAN";

export type AttractivenessGroupKey = "CURRENT" | "FUTURE" | "COMPETITION" | "SOCIAL";
export type StrengthGroupKey = "CREDIT" | "USP" | "PEOPLE";
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
