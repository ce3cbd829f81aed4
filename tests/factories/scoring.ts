import type { Db } from "@/lib/db/prisma";
import { DEFAULT_MATRIX_MODEL, DEFAULT_SELECTION_MODEL } from "@/lib/scoring";

/** Version 1 of the default matrix model, active (as the demo seed stores it). */
export async function createActiveMatrixModel(db: Db) {
  return db.scoringModel.create({
    data: {
      purpose: "MATRIX",
      version: 1,
      status: "ACTIVE",
      activePurpose: "MATRIX",
      name: DEFAULT_MATRIX_MODEL.name.en,
      scaleMin: DEFAULT_MATRIX_MODEL.scale.min,
      scaleMax: DEFAULT_MATRIX_MODEL.scale.max,
      thresholdMode: DEFAULT_MATRIX_MODEL.thresholdMode,
      publishedAt: new Date(),
      factors: {
        create: DEFAULT_MATRIX_MODEL.factors.map((f, position) => ({
          dimension: f.dimension, groupKey: f.group, key: f.key, labelEn: f.label.en, labelZh: f.label.zh,
          helpEn: f.help.en, helpZh: f.help.zh, weight: f.weight, inverted: f.inverted, position,
        })),
      },
    },
    include: { factors: { orderBy: { position: "asc" } } },
  });
}

/** Version 1 of the default key-account selection model, active. */
export async function createActiveSelectionModel(db: Db, topPercent = DEFAULT_SELECTION_MODEL.topPercent) {
  return db.scoringModel.create({
    data: {
      purpose: "KEY_ACCOUNT_SELECTION",
      version: 1,
      status: "ACTIVE",
      activePurpose: "KEY_ACCOUNT_SELECTION",
      name: "Key account selection",
      topPercent,
      publishedAt: new Date(),
      factors: {
        create: DEFAULT_SELECTION_MODEL.criteria.map((c, position) => ({
          dimension: "SELECTION" as const, groupKey: "SELECTION", key: c.key, labelEn: c.label.en, labelZh: c.label.zh,
          helpEn: c.help.en, helpZh: c.help.zh, weight: c.weight, inverted: false, position,
        })),
      },
    },
    include: { factors: { orderBy: { position: "asc" } } },
  });
}

type Factor = { id: string; key: string; dimension: string };

/** One score for every factor: `attractiveness` for that dimension, `strength` for the other (inverted ones mirrored). */
export function uniformScores(factors: (Factor & { inverted: boolean })[], attractiveness: number, strength: number, max = 10) {
  return factors.map((f) => {
    const wanted = f.dimension === "ATTRACTIVENESS" ? attractiveness : strength;
    return { factorId: f.id, score: f.inverted ? max - wanted : wanted, comment: null };
  });
}
