// No "server-only" here: the job worker and the seed store the ranking too.
import type { Db } from "@/lib/db/prisma";
import { compositeScore, salesVolumeScores, selectKeyAccounts } from "@/lib/identification";
import { rescale as rescaleScore, toSelectionCriteria, type FactorScores } from "@/lib/scoring";
import { loadActiveModel, type ModelView } from "@/lib/scoring-models/model-view";

type CandidateRow = {
  id: string;
  name: string;
  version: number;
  isKeyAccount: boolean;
  revenue12m: string | null;
  abcClass: string | null;
  rfmSegment: string | null;
  orderCount: number | null;
  scaleMin: number | null;
  scaleMax: number | null;
  strength: string | null;
  potential: string | null;
  reference: string | null;
  clv36m: string | null;
};

export type RankedAccount = {
  id: string;
  name: string;
  version: number;
  isKeyAccount: boolean;
  revenue12m: number;
  abcClass: string | null;
  rfmSegment: string | null;
  criteria: FactorScores;
  score: number | null;
  completeness: number;
  rank: number;
  proposed: boolean;
};

/**
 * Criterion inputs per active account for composite scoring, from data where possible:
 * - SALES_VOLUME: 12-month revenue (AccountMetrics, from orders), as a portfolio percentile (`salesVolumeScores`);
 * - POTENTIAL: mean effective score of the latest matrix assessment's FUTURE factors (growth likelihood,
 *   learning effect) — the assessor's judgement of where the business can go; or, when the model has
 *   `potentialFromClv`, the account's 36-month customer lifetime value as a portfolio percentile (see below);
 * - REFERENCE_VALUE: mean of its `industry_position` and `mutual_position` scores — an influential customer
 *   with whom we hold a strong position is the best showcase (示范作用);
 * - ABILITY_TO_WIN_AND_DELIVER: its business-strength total (业务优势 is exactly our ability to win and deliver).
 * Assessment-based inputs are mapped from the assessment model's scale onto the selection model's; missing
 * data stays null, which lowers completeness, not the score.
 */
async function candidateRows(db: Db): Promise<CandidateRow[]> {
  return db.$queryRaw<CandidateRow[]>`
    WITH latest AS MATERIALIZED (
      SELECT s."assessmentId" AS id, s."accountId", s."modelId", s.strength FROM "LatestAssessment" s
    ),
    -- The latest assessments' scores aggregated in one pass (a hash join, not an index probe per assessment).
    scores AS (
      SELECT sc."assessmentId",
        avg(CASE WHEN f."groupKey" = 'FUTURE' THEN CASE WHEN f.inverted THEN fm."scaleMin" + fm."scaleMax" - sc.score ELSE sc.score END END) AS potential,
        avg(CASE WHEN f.key IN ('industry_position', 'mutual_position') THEN sc.score END) AS reference
      FROM "AssessmentScore" sc
      JOIN "ScoringFactor" f ON f.id = sc."factorId"
      JOIN "ScoringModel" fm ON fm.id = f."modelId"
      WHERE sc."assessmentId" IN (SELECT id FROM latest)
      GROUP BY sc."assessmentId"
    )
    SELECT a.id, a.name, a.version, a."isKeyAccount", mt."revenue12m"::text AS "revenue12m", mt."abcClass", mt."rfmSegment", mt."orderCount",
      m."scaleMin", m."scaleMax", l.strength::text AS strength, s.potential::text AS potential, s.reference::text AS reference,
      clv.clv36m::text AS clv36m
    FROM "Account" a
    LEFT JOIN "AccountMetrics" mt ON mt."accountId" = a.id
    LEFT JOIN "AccountClv" clv ON clv."accountId" = a.id
    LEFT JOIN latest l ON l."accountId" = a.id
    LEFT JOIN "ScoringModel" m ON m.id = l."modelId"
    LEFT JOIN scores s ON s."assessmentId" = l.id
    WHERE NOT a.archived
    ORDER BY a.name, a.id`;
}

/** Ranks every active account by composite score under `model` and proposes the top X % (`selectKeyAccounts`). */
export async function rankAccounts(db: Db, model: ModelView): Promise<RankedAccount[]> {
  const rows = await candidateRows(db);
  const scale = model.scale;
  const sales = salesVolumeScores(rows.map((r) => ({ id: r.id, volume: Number(r.revenue12m ?? 0) })), scale);
  const rescale = (value: string | null, row: CandidateRow) => {
    if (value === null || row.scaleMin === null || row.scaleMax === null) return null;
    return rescaleScore(Number(value), { min: row.scaleMin, max: row.scaleMax }, scale);
  };
  // With `potentialFromClv`, POTENTIAL is the percentile rank of the 36-month CLV among the accounts that have
  // one, mapped onto the model's scale like sales volume (lowest → min, highest → max, ties share a score);
  // an account without a lifetime value (no orders at the last fit) keeps its assessment-based input.
  const fromClv = model.potentialFromClv
    ? salesVolumeScores(rows.filter((r) => r.clv36m !== null).map((r) => ({ id: r.id, volume: Number(r.clv36m) })), scale)
    : {};
  const criteria = toSelectionCriteria(model);
  const scored = rows.map((row) => {
    const inputs: FactorScores = {
      SALES_VOLUME: sales[row.id],
      POTENTIAL: fromClv[row.id] ?? rescale(row.potential, row),
      REFERENCE_VALUE: rescale(row.reference, row),
      ABILITY_TO_WIN_AND_DELIVER: rescale(row.strength, row),
    };
    const result = compositeScore(inputs, criteria, scale);
    return { row, inputs, score: result.score, completeness: result.completeness };
  });
  const ranked = selectKeyAccounts(scored.map((s) => ({ id: s.row.id, score: s.score })), { topPercent: model.topPercent ?? 20 });
  const byId = new Map(scored.map((s) => [s.row.id, s]));
  return ranked.map((r) => {
    const { row, inputs, completeness } = byId.get(r.id)!;
    return {
      id: row.id, name: row.name, version: row.version, isKeyAccount: row.isKeyAccount, revenue12m: Number(row.revenue12m ?? 0),
      abcClass: row.abcClass, rfmSegment: row.rfmSegment, criteria: inputs, score: r.score, completeness, rank: r.rank, proposed: r.proposed,
    };
  });
}

/** How long a stored ranking may take to write: a whole portfolio in one transaction. */
const STORE_TIMEOUT_MS = 120_000;

/**
 * Ranks the portfolio under the active selection model (`rankAccounts`) and stores the result with the model it
 * was computed with, so the identification page reads one page of it. Only rows whose rank, score, proposal or
 * inputs changed are written, and accounts no longer ranked are removed, all in one transaction: a reader sees
 * the previous ranking or the new one, never a mix.
 */
export async function storeRanking(db: Db, { now }: { now: Date }): Promise<{ accounts: number; written: number; ms: number }> {
  const started = performance.now();
  const model = await loadActiveModel(db, "KEY_ACCOUNT_SELECTION");
  if (!model) {
    await db.$transaction([db.identificationRank.deleteMany(), db.identificationRun.deleteMany()]);
    return { accounts: 0, written: 0, ms: performance.now() - started };
  }
  const ranked = await rankAccounts(db, model);
  const written = await db.$transaction(
    async (tx) => {
      // The join skips an account deleted since it was ranked (its row would break the foreign key).
      const upserted = await tx.$executeRaw`
        INSERT INTO "IdentificationRank" ("accountId", rank, score, completeness, proposed, criteria)
        SELECT u.id, u.rank, u.score, u.completeness, u.proposed, u.criteria::jsonb
        FROM unnest(${ranked.map((r) => r.id)}::text[], ${ranked.map((r) => r.rank)}::int[], ${ranked.map((r) => r.score)}::float8[],
          ${ranked.map((r) => r.completeness)}::float8[], ${ranked.map((r) => r.proposed)}::boolean[],
          ${ranked.map((r) => JSON.stringify(r.criteria))}::text[]) AS u(id, rank, score, completeness, proposed, criteria)
        JOIN "Account" a ON a.id = u.id
        ON CONFLICT ("accountId") DO UPDATE SET rank = EXCLUDED.rank, score = EXCLUDED.score, completeness = EXCLUDED.completeness,
          proposed = EXCLUDED.proposed, criteria = EXCLUDED.criteria
        WHERE ("IdentificationRank".rank, "IdentificationRank".score, "IdentificationRank".completeness, "IdentificationRank".proposed, "IdentificationRank".criteria)
          IS DISTINCT FROM (EXCLUDED.rank, EXCLUDED.score, EXCLUDED.completeness, EXCLUDED.proposed, EXCLUDED.criteria)`;
      const removed = await tx.$executeRaw`
        DELETE FROM "IdentificationRank" r WHERE NOT r."accountId" = ANY(${ranked.map((r) => r.id)}::text[])`;
      const run = { modelId: model.id, rankedAt: now, accounts: ranked.length };
      await tx.identificationRun.upsert({ where: { id: 1 }, create: { id: 1, ...run }, update: run });
      return upserted + removed;
    },
    { timeout: STORE_TIMEOUT_MS },
  );
  return { accounts: ranked.length, written, ms: performance.now() - started };
}
