import "server-only";
import type { Db, Tx } from "@/lib/db/prisma";
import type { ModelPurpose } from "@/lib/generated/prisma/enums";
import { needsPortfolio, resolveThresholds, type MatrixThresholds, type PortfolioPoint, type ThresholdRule } from "@/lib/matrix";

import { MODEL_INCLUDE, toModelView, type ModelView } from "./model-view";

export { loadActiveModel, toModelView, type FactorView, type ModelView } from "./model-view";

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
