import "server-only";
import { startOfUtcDay } from "@/lib/dates";
import { summarized } from "@/lib/db/portfolio-summary";
import type { Db } from "@/lib/db/prisma";
import { likePattern } from "@/lib/db/sql";
import { Prisma } from "@/lib/generated/prisma/client";
import { enqueue } from "@/lib/jobs/queue";
import type { FactorScores } from "@/lib/scoring";
import { SCORING_PAGE_SIZE, type TIdentificationQuery } from "@/lib/scoring-models/schemas";
import type { ModelView } from "@/lib/scoring-models/model-view";
import { rankAccounts, type RankedAccount } from "./ranking";

export type RankingPage = {
  rows: RankedAccount[];
  total: number;
  page: number;
  pageSize: number;
  proposedCount: number;
  unconfirmedCount: number;
  /** When the ranking shown was computed: the stored ranking's time, or null when it was ranked for this view. */
  rankedAt: Date | null;
};

/** One page of the ranking, filtered by `show` and a name search (after ranking, so ranks stay portfolio-wide). */
export function pageRanking(ranked: RankedAccount[], query: TIdentificationQuery): RankingPage {
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
    rankedAt: null,
  };
}

/** The `show` and name filters of the ranking over `IdentificationRank r` and `Account a`, as in `pageRanking`. */
function rankingFilterSql(query: TIdentificationQuery): Prisma.Sql {
  const conditions = [Prisma.sql`TRUE`];
  if (query.q) conditions.push(Prisma.sql`a.name ILIKE ${likePattern(query.q)}`);
  const show = query.show ?? "all";
  if (show === "proposed") conditions.push(Prisma.sql`r.proposed`);
  if (show === "unconfirmed") conditions.push(Prisma.sql`r.proposed AND NOT a."isKeyAccount"`);
  if (show === "key") conditions.push(Prisma.sql`a."isKeyAccount"`);
  return Prisma.join(conditions, " AND ");
}

/** Bump when RankingCounts changes shape: summaries stored by the code before are then never read. */
export const RANKING_COUNTS_KEY = "identification:v1:counts";

type RankingCounts = { all: number; proposed: number; unconfirmed: number; key: number };

/**
 * The stored ranking's counts over the active portfolio: every rank, those proposed, those proposed but not yet
 * key accounts, and the key accounts. One pass over every rank, kept as a stored summary until a rank or an
 * account changes (lib/db/portfolio-summary.ts); only a search is counted on each request.
 */
async function rankingCounts(db: Db, query: TIdentificationQuery, filter: Prisma.Sql) {
  const [counts, searched] = await Promise.all([
    summarized(db, RANKING_COUNTS_KEY, startOfUtcDay(new Date()), async () => {
      const [row] = await db.$queryRaw<RankingCounts[]>`
        SELECT count(*)::int AS "all", count(*) FILTER (WHERE r.proposed)::int AS proposed,
          count(*) FILTER (WHERE r.proposed AND NOT a."isKeyAccount")::int AS unconfirmed, count(*) FILTER (WHERE a."isKeyAccount")::int AS key
        FROM "IdentificationRank" r JOIN "Account" a ON a.id = r."accountId"
        WHERE NOT a.archived`;
      return row;
    }),
    query.q
      ? db.$queryRaw<{ total: number }[]>`
          SELECT count(*)::int AS total FROM "IdentificationRank" r JOIN "Account" a ON a.id = r."accountId" WHERE NOT a.archived AND ${filter}`
      : null,
  ]);
  const total = searched ? searched[0].total : counts[query.show ?? "all"];
  return { total, proposed: counts.proposed, unconfirmed: counts.unconfirmed };
}

type StoredRow = Omit<RankedAccount, "revenue12m" | "criteria"> & { revenue12m: string | null; criteria: FactorScores };

/**
 * One page of the stored ranking (lib/key-accounts/ranking.ts `storeRanking`), or null when none was stored under
 * `model`. Names, key-account flags and the 12-month figures are read live; ranks, scores and inputs are the
 * stored ones. Two statements whatever the portfolio's size: the page by rank, and the counts.
 */
export async function storedRankingPage(db: Db, model: ModelView, query: TIdentificationQuery): Promise<RankingPage | null> {
  const run = await db.identificationRun.findUnique({ where: { id: 1 } });
  if (!run || run.modelId !== model.id) return null;
  const page = query.page ?? 1;
  const filter = rankingFilterSql(query);
  const [rows, counts] = await Promise.all([
    db.$queryRaw<StoredRow[]>`
      SELECT a.id, a.name, a.version, a."isKeyAccount", m."revenue12m"::text AS "revenue12m", m."abcClass", m."rfmSegment",
        r.criteria, r.score, r.completeness, r.rank, r.proposed
      FROM "IdentificationRank" r JOIN "Account" a ON a.id = r."accountId" LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
      WHERE NOT a.archived AND ${filter}
      ORDER BY r.rank LIMIT ${SCORING_PAGE_SIZE} OFFSET ${(page - 1) * SCORING_PAGE_SIZE}`,
    rankingCounts(db, query, filter),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, revenue12m: Number(row.revenue12m ?? 0) })),
    total: counts.total,
    page,
    pageSize: SCORING_PAGE_SIZE,
    proposedCount: counts.proposed,
    unconfirmedCount: counts.unconfirmed,
    rankedAt: run.rankedAt,
  };
}

/**
 * The identification page's ranking: the stored one when it was computed under the active model; otherwise (a
 * model just published, or no ranking stored yet) the portfolio is ranked for this view and a ranking job is
 * queued so the next views read the stored one.
 */
export async function rankingPage(db: Db, model: ModelView, query: TIdentificationQuery): Promise<RankingPage> {
  const stored = await storedRankingPage(db, model, query);
  if (stored) return stored;
  await enqueue("identification.rank", {}).catch((error: unknown) => console.error("Could not queue the key-account ranking", error));
  return pageRanking(await rankAccounts(db, model), query);
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
