import "server-only";
import type { Db } from "@/lib/db/prisma";
import { compositeScore, salesVolumeScores, selectKeyAccounts } from "@/lib/identification";
import { rescale as rescaleScore, toSelectionCriteria, type FactorScores } from "@/lib/scoring";
import { SCORING_PAGE_SIZE, type TIdentificationQuery } from "@/lib/scoring-models/schemas";
import type { ModelView } from "../scoring-models/queries";

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
      SELECT DISTINCT ON (s."accountId") s.id, s."accountId", s."modelId", s.strength
      FROM "Assessment" s ORDER BY s."accountId", s."assessedAt" DESC, s.id DESC
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

/** One page of the ranking, filtered by `show` and a name search (after ranking, so ranks stay portfolio-wide). */
export function pageRanking(ranked: RankedAccount[], query: TIdentificationQuery) {
  const q = query.q?.toLowerCase();
  const show = query.show ?? "all";
  const filtered = ranked.filter((r) => {
    if (q && !r.name.toLowerCase().includes(q)) return false;
    if (show === "proposed") return r.proposed;
    if (show === "unconfirmed") return r.proposed && !r.isKeyAccount;
    if (show === "key") return r.isKeyAccount;
    return true;
  });
  const page = query.page ?? 1;
  return {
    rows: filtered.slice((page - 1) * SCORING_PAGE_SIZE, page * SCORING_PAGE_SIZE),
    total: filtered.length,
    page,
    pageSize: SCORING_PAGE_SIZE,
    proposedCount: ranked.filter((r) => r.proposed).length,
    unconfirmedCount: ranked.filter((r) => r.proposed && !r.isKeyAccount).length,
  };
}

/** How a selection draft would change the proposals: accounts that would enter and leave the top X %. */
export async function previewSelectionChanges(db: Db, active: ModelView, draft: ModelView) {
  const [before, after] = await Promise.all([rankAccounts(db, active), rankAccounts(db, draft)]);
  const was = new Set(before.filter((r) => r.proposed).map((r) => r.id));
  const now = after.filter((r) => r.proposed);
  const entering = now.filter((r) => !was.has(r.id));
  const nowIds = new Set(now.map((r) => r.id));
  const leaving = before.filter((r) => r.proposed && !nowIds.has(r.id));
  return { entering: entering.length, leaving: leaving.length, sample: entering.slice(0, 10).map((r) => ({ id: r.id, name: r.name })) };
}

export type FitRow = {
  id: string;
  name: string;
  industry: string;
  orderCount: number;
  fit: { score: number; recommendation: string; createdAt: Date; answers: [number, number, number, number] } | null;
};

/** Accounts for experience inference: thin history (< 3 orders) first, each with its latest fit inference. */
export async function listFitCandidates(db: Db, page: number) {
  type Raw = { id: string; name: string; industry: string; orderCount: number; total: bigint };
  const rows = await db.$queryRaw<Raw[]>`
    SELECT a.id, a.name, a.industry, COALESCE(mt."orderCount", 0) AS "orderCount", count(*) OVER () AS total
    FROM "Account" a LEFT JOIN "AccountMetrics" mt ON mt."accountId" = a.id
    WHERE NOT a.archived
    ORDER BY (COALESCE(mt."orderCount", 0) >= 3), COALESCE(mt."orderCount", 0), a.name, a.id
    LIMIT ${SCORING_PAGE_SIZE} OFFSET ${(page - 1) * SCORING_PAGE_SIZE}`;
  const fits = await db.fitInference.findMany({
    where: { accountId: { in: rows.map((r) => r.id) } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    distinct: ["accountId"],
  });
  const latest = new Map(fits.map((f) => [f.accountId, f]));
  const total = rows.length > 0 ? Number(rows[0].total) : await db.account.count({ where: { archived: false } });
  const items: FitRow[] = rows.map((r) => {
    const fit = latest.get(r.id);
    return {
      id: r.id, name: r.name, industry: r.industry, orderCount: Number(r.orderCount),
      fit: fit ? { score: Number(fit.fitScore.toString()), recommendation: fit.recommendation, createdAt: fit.createdAt, answers: [fit.industryNeed, fit.ourMatch, fit.customerNeed, fit.supplierCriteriaMatch] } : null,
    };
  });
  return { rows: items, total, page, pageSize: SCORING_PAGE_SIZE };
}
