import "server-only";
import type { Db, Tx } from "@/lib/db/prisma";
import type { ModelPurpose, ModelStatus, ThresholdMode } from "@/lib/generated/prisma/enums";
import { matrixThresholds, type MatrixThresholds, type PortfolioPoint } from "@/lib/matrix";
import type { DimensionFactor, Scale, ScoringFactor } from "@/lib/scoring";

/** A model factor as pages and forms use it (plain numbers, serialisable to the client). */
export type FactorView = {
  id: string;
  key: string;
  dimension: "ATTRACTIVENESS" | "STRENGTH" | "SELECTION";
  groupKey: string;
  labelEn: string;
  labelZh: string;
  helpEn: string | null;
  helpZh: string | null;
  weight: number;
  inverted: boolean;
  position: number;
};

export type ModelView = {
  id: string;
  purpose: ModelPurpose;
  version: number;
  status: ModelStatus;
  name: string;
  scale: Scale;
  thresholdMode: ThresholdMode;
  /** Stored thresholds, used when the mode is FIXED. */
  fixedThresholds: { attractiveness: number | null; strength: number | null };
  topPercent: number | null;
  publishedAt: Date | null;
  createdAt: Date;
  factors: FactorView[];
};

const num = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));

const MODEL_INCLUDE = { factors: { orderBy: [{ position: "asc" as const }, { key: "asc" as const }] } };

type ModelRow = NonNullable<Awaited<ReturnType<typeof findActive>>>;
const findActive = (db: Db | Tx, purpose: ModelPurpose) =>
  db.scoringModel.findUnique({ where: { activePurpose: purpose }, include: MODEL_INCLUDE });

export function toModelView(row: ModelRow): ModelView {
  return {
    id: row.id,
    purpose: row.purpose,
    version: row.version,
    status: row.status,
    name: row.name,
    scale: { min: row.scaleMin, max: row.scaleMax },
    thresholdMode: row.thresholdMode,
    fixedThresholds: { attractiveness: num(row.attractivenessThreshold), strength: num(row.strengthThreshold) },
    topPercent: num(row.topPercent),
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    factors: row.factors.map((f) => ({
      id: f.id, key: f.key, dimension: f.dimension, groupKey: f.groupKey, labelEn: f.labelEn, labelZh: f.labelZh,
      helpEn: f.helpEn, helpZh: f.helpZh, weight: Number(f.weight.toString()), inverted: f.inverted, position: f.position,
    })),
  };
}

/** The one active model of a purpose (the `activePurpose` unique index guarantees at most one). */
export async function loadActiveModel(db: Db | Tx, purpose: ModelPurpose): Promise<ModelView | null> {
  const row = await findActive(db, purpose);
  return row && toModelView(row);
}

export async function loadDraftModel(db: Db | Tx, purpose: ModelPurpose): Promise<ModelView | null> {
  const row = await db.scoringModel.findFirst({ where: { purpose, status: "DRAFT" }, include: MODEL_INCLUDE, orderBy: { version: "desc" } });
  return row && toModelView(row);
}

export async function loadModel(db: Db | Tx, id: string): Promise<ModelView | null> {
  const row = await db.scoringModel.findUnique({ where: { id }, include: MODEL_INCLUDE });
  return row && toModelView(row);
}

/** Published versions of a purpose, newest first, for the admin's version list. */
export function listModelVersions(db: Db, purpose: ModelPurpose) {
  return db.scoringModel.findMany({
    where: { purpose, status: { not: "DRAFT" } },
    select: { id: true, version: true, status: true, publishedAt: true, _count: { select: { assessments: true } } },
    orderBy: { version: "desc" },
  });
}

/** The matrix model as the scoring engine takes it. */
export function engineModel(model: Pick<ModelView, "factors" | "scale">): { factors: DimensionFactor[]; scale: Scale } {
  return {
    scale: model.scale,
    factors: model.factors
      .filter((f): f is FactorView & { dimension: "ATTRACTIVENESS" | "STRENGTH" } => f.dimension !== "SELECTION")
      .map((f) => ({ key: f.key, dimension: f.dimension, weight: f.weight, inverted: f.inverted })),
  };
}

/** Selection criteria as the composite-score engine takes them. */
export const engineCriteria = (model: Pick<ModelView, "factors">): ScoringFactor[] =>
  model.factors.map((f) => ({ key: f.key, weight: f.weight, inverted: f.inverted }));

type LatestPoint = { attractiveness: string | null; strength: string | null };

/** The latest matrix assessment's totals of every active account: the portfolio a median splits. */
export async function latestPortfolioPoints(db: Db | Tx): Promise<PortfolioPoint[]> {
  const rows = await db.$queryRaw<LatestPoint[]>`
    SELECT DISTINCT ON (s."accountId") s.attractiveness::text AS attractiveness, s.strength::text AS strength
    FROM "Assessment" s JOIN "Account" a ON a.id = s."accountId" AND NOT a.archived
    ORDER BY s."accountId", s."assessedAt" DESC, s.id DESC`;
  return rows.map((r) => ({ attractiveness: r.attractiveness === null ? null : Number(r.attractiveness), strength: r.strength === null ? null : Number(r.strength) }));
}

/**
 * The high/low split of a matrix model (DESIGN §3): the scale midpoint, the stored fixed values, or the median of
 * the portfolio's latest assessments. The form's live preview and the save action both use this, so they agree.
 */
export async function modelThresholds(db: Db | Tx, model: Pick<ModelView, "scale" | "thresholdMode" | "fixedThresholds">): Promise<MatrixThresholds> {
  if (model.thresholdMode === "FIXED") {
    const midpoint = (model.scale.min + model.scale.max) / 2;
    return { attractiveness: model.fixedThresholds.attractiveness ?? midpoint, strength: model.fixedThresholds.strength ?? midpoint };
  }
  if (model.thresholdMode === "MIDPOINT") return matrixThresholds([], "MIDPOINT", model.scale);
  return matrixThresholds(await latestPortfolioPoints(db), "MEDIAN", model.scale);
}
