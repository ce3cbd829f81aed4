import type { DimensionFactor, FactorDimension, Scale, ScoringFactor } from "./types";

/** A factor as a stored model version holds it: a matrix axis factor or a selection criterion. */
export type StoredFactor = { key: string; dimension: FactorDimension; weight: number; inverted: boolean };

/** A stored matrix model as `scoreAssessment` takes it: its axis factors (selection criteria dropped) and scale. */
export function toScoringModel(model: { factors: readonly StoredFactor[]; scale: Scale }): { factors: DimensionFactor[]; scale: Scale } {
  return {
    scale: model.scale,
    factors: model.factors
      .filter((f): f is StoredFactor & { dimension: DimensionFactor["dimension"] } => f.dimension !== "SELECTION")
      .map((f) => ({ key: f.key, dimension: f.dimension, weight: f.weight, inverted: f.inverted })),
  };
}

/** A stored selection model's criteria as `compositeScore` takes them. */
export function toSelectionCriteria(model: { factors: readonly StoredFactor[] }): ScoringFactor[] {
  return model.factors.map((f) => ({ key: f.key, weight: f.weight, inverted: f.inverted }));
}
