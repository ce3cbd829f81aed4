import type { FactorView, ModelView } from "@/lib/scoring-models/queries";
import { ATTRACTIVENESS_GROUP_KEYS as ATTRACTIVENESS_GROUPS } from "@/lib/scoring";
import type { TMatrixFactor } from "@/lib/scoring-models/schemas";

/** An editor row: the factor's fields plus a stable id for React keys (factor keys may be edited). */
export type EditorFactor = Omit<TMatrixFactor, "weight"> & { uid: string; weight: string };

export const dimensionOfGroup = (group: string): "ATTRACTIVENESS" | "STRENGTH" =>
  (ATTRACTIVENESS_GROUPS as readonly string[]).includes(group) ? "ATTRACTIVENESS" : "STRENGTH";

export function toEditorFactors(factors: FactorView[]): EditorFactor[] {
  return factors
    .filter((f) => f.dimension !== "SELECTION")
    .map((f) => ({
      uid: f.id, key: f.key, dimension: dimensionOfGroup(f.groupKey), groupKey: f.groupKey as TMatrixFactor["groupKey"],
      labelEn: f.labelEn, labelZh: f.labelZh, helpEn: f.helpEn, helpZh: f.helpZh, weight: String(f.weight), inverted: f.inverted,
    }));
}

export type MatrixSettings = {
  name: string;
  scaleMin: string;
  scaleMax: string;
  thresholdMode: ModelView["thresholdMode"];
  attractivenessThreshold: string;
  strengthThreshold: string;
};

export const toSettings = (model: ModelView): MatrixSettings => ({
  name: model.name,
  scaleMin: String(model.scale.min),
  scaleMax: String(model.scale.max),
  thresholdMode: model.thresholdMode,
  attractivenessThreshold: model.fixedThresholds.attractiveness === null ? "" : String(model.fixedThresholds.attractiveness),
  strengthThreshold: model.fixedThresholds.strength === null ? "" : String(model.fixedThresholds.strength),
});

/** Live total of a dimension's weights as typed (blank and non-numbers count 0). */
export const liveTotal = (weights: string[]) => Math.round(weights.reduce((sum, w) => sum + (Number(w) || 0), 0) * 100) / 100;
