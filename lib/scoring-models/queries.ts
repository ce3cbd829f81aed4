import "server-only";
import type { Db, Tx } from "@/lib/db/prisma";
import type { ModelPurpose, ModelStatus } from "@/lib/generated/prisma/enums";
import { needsPortfolio, resolveThresholds, type MatrixThresholds, type PortfolioPoint, type ThresholdRule } from "@/lib/matrix";
import type { FactorDimension, Scale, ThresholdMode } from "@/lib/scoring";

/** Kept for lib/assessments/actions.ts until it imports `toScoringModel` from lib/scoring. */

/** A model factor as pages and forms use it (plain numbers, serialisable to the client). */
export type FactorView = {
  id: string;
  key: string;
  dimension: FactorDimension;
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
  /** Selection models: the POTENTIAL criterion is scored from customer lifetime value (lib/key-accounts). */
  potentialFromClv: boolean;
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
    potentialFromClv: row.potentialFromClv,
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

type LatestPoint = { accountId: string; attractiveness: string | null; strength: string | null };

/** One account's point in the whole active portfolio. */
export type AccountPoint = PortfolioPoint & { accountId: string };

/**
 * The portfolio a MEDIAN split is taken over, always the whole of it: the latest matrix assessment of every
 * non-archived account, whoever looks and whatever filter a page applies.
 */
export async function latestPortfolioPoints(db: Db | Tx): Promise<AccountPoint[]> {
  const rows = await db.$queryRaw<LatestPoint[]>`
    SELECT DISTINCT ON (s."accountId") s."accountId", s.attractiveness::text AS attractiveness, s.strength::text AS strength
    FROM "Assessment" s
    JOIN "Account" a ON a.id = s."accountId" AND NOT a.archived
    JOIN "ScoringModel" m ON m.id = s."modelId" AND m.purpose = 'MATRIX'
    ORDER BY s."accountId", s."assessedAt" DESC, s.id DESC`;
  const num = (value: string | null) => (value === null ? null : Number(value));
  return rows.map((r) => ({ accountId: r.accountId, attractiveness: num(r.attractiveness), strength: num(r.strength) }));
}

/**
 * The high/low split of a matrix model, resolved by lib/matrix `resolveThresholds` over the whole active portfolio
 * (read only in MEDIAN mode). The scoring form's live preview, the save action and the dashboard all use this, so
 * an account gets one quadrant everywhere. `pending` is an assessment about to be saved: it stands in for its
 * account's latest one, so the quadrant stored with it is the one the portfolio shows once it is saved.
 */
export async function modelThresholds(
  db: Db | Tx,
  model: ThresholdRule,
  pending?: AccountPoint,
): Promise<MatrixThresholds> {
  if (!needsPortfolio(model)) return resolveThresholds(model);
  let points = await latestPortfolioPoints(db);
  if (pending) points = [...points.filter((p) => p.accountId !== pending.accountId), pending];
  return resolveThresholds(model, points);
}
