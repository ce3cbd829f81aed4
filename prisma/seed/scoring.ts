/**
 * Version 1 of both default scoring models, copied from lib/scoring's definitions (the single source of the
 * factor lists), active from the start of the demo history.
 */
import { DEFAULT_MATRIX_MODEL, DEFAULT_SELECTION_MODEL, type DimensionFactor } from "@/lib/scoring";
import { seedId } from "./random";
import { yearsBefore } from "./time";
import { DEMO_USERS } from "./users";

export const MATRIX_MODEL_ID = seedId("mdl", 1);
export const SELECTION_MODEL_ID = seedId("mdl", 2);

/** Selection criteria have no matrix group; they all sit in one. */
export const SELECTION_GROUP_KEY = "SELECTION";

/** Factor ids by key, shared by the model rows and the assessment scores. */
export const matrixFactorId = (position: number) => seedId("fmx", position + 1);

/** The matrix factors as the scoring engine takes them. */
export const MATRIX_ENGINE_MODEL = {
  factors: DEFAULT_MATRIX_MODEL.factors.map(({ key, weight, inverted, dimension }): DimensionFactor => ({ key, weight, inverted, dimension })),
  scale: DEFAULT_MATRIX_MODEL.scale,
};

export function scoringModelRows(asOf: Date) {
  const publishedAt = yearsBefore(asOf, 3);
  const admin = DEMO_USERS.find((u) => u.role === "ADMIN")!;
  const common = {
    version: 1, status: "ACTIVE" as const, createdById: admin.id, createdAt: publishedAt, publishedAt,
  };
  const models = [
    {
      ...common, id: MATRIX_MODEL_ID, purpose: "MATRIX" as const, activePurpose: "MATRIX" as const,
      name: DEFAULT_MATRIX_MODEL.name.en, scaleMin: DEFAULT_MATRIX_MODEL.scale.min,
      scaleMax: DEFAULT_MATRIX_MODEL.scale.max, thresholdMode: DEFAULT_MATRIX_MODEL.thresholdMode,
    },
    {
      ...common, id: SELECTION_MODEL_ID, purpose: "KEY_ACCOUNT_SELECTION" as const,
      activePurpose: "KEY_ACCOUNT_SELECTION" as const, name: "Key account selection",
      scaleMin: DEFAULT_SELECTION_MODEL.scale.min, scaleMax: DEFAULT_SELECTION_MODEL.scale.max,
      thresholdMode: "MIDPOINT" as const, topPercent: DEFAULT_SELECTION_MODEL.topPercent,
    },
  ];
  const factors = [
    ...DEFAULT_MATRIX_MODEL.factors.map((f, position) => ({
      id: matrixFactorId(position), modelId: MATRIX_MODEL_ID, dimension: f.dimension, groupKey: f.group, key: f.key,
      labelEn: f.label.en, labelZh: f.label.zh, helpEn: f.help.en, helpZh: f.help.zh, weight: f.weight,
      inverted: f.inverted, position,
    })),
    ...DEFAULT_SELECTION_MODEL.criteria.map((c, position) => ({
      id: seedId("fsl", position + 1), modelId: SELECTION_MODEL_ID, dimension: "SELECTION" as const,
      groupKey: SELECTION_GROUP_KEY, key: c.key, labelEn: c.label.en, labelZh: c.label.zh, helpEn: c.help.en,
      helpZh: c.help.zh, weight: c.weight, inverted: c.inverted ?? false, position,
    })),
  ];
  return { models, factors };
}
