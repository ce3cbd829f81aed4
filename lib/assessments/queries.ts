import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { addDays } from "@/lib/dates";
import type { Db } from "@/lib/db/prisma";
import { effectiveOwner } from "@/lib/domain";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Quadrant } from "@/lib/generated/prisma/enums";
import { DEFAULT_STALE_DAYS, SCORING_PAGE_SIZE, type PortfolioSortKey, type TScoringListQuery } from "@/lib/scoring-models/schemas";
import type { ModelView } from "../scoring-models/queries";

export type AssessReason = "NEVER" | "STALE" | "MODEL";

export type AssessRow = {
  id: string;
  name: string;
  industry: string;
  isKeyAccount: boolean;
  quadrant: Quadrant | null;
  ownerName: string;
  assessedAt: Date | null;
  modelVersion: number | null;
  reasons: AssessReason[];
};

export type PortfolioRow = {
  id: string;
  name: string;
  assessedAt: Date;
  modelVersion: number;
  attractiveness: number | null;
  strength: number | null;
  completeness: number;
  quadrant: Quadrant | null;
  stale: boolean;
};

export type Paged<T> = { rows: T[]; total: number; page: number; pageSize: number };

function ownerSql(owner: string, user: SessionUser): Prisma.Sql {
  if (owner === "all") return Prisma.empty;
  return Prisma.sql`AND a."ownerId" = ${owner === "me" ? user.id : owner}`;
}

/**
 * Each account's latest assessment with the version of the model it used, from the rows the triggers on
 * "Assessment" keep (LatestAssessment), so a list reads one row per account it shows instead of ranking every
 * assessment of the portfolio.
 */
const LATEST = Prisma.sql`
  SELECT s."accountId", s."assessedAt", s."modelId", m.version, s.attractiveness, s.strength,
    s."attractivenessCompleteness", s."strengthCompleteness", s.quadrant
  FROM "LatestAssessment" s JOIN "ScoringModel" m ON m.id = s."modelId"`;

type RawAssessRow = Omit<AssessRow, "reasons"> & { never: boolean; stale: boolean; outdated: boolean };

/**
 * Active accounts due for assessment: never assessed, latest assessment older than `days`, or made with an older
 * model version than the active one. Key accounts first, then the longest-unassessed, never-assessed last (they
 * are the bulk of a large portfolio).
 *
 * The order falls into four runs (key accounts assessed long ago, key accounts never assessed, the same two for the
 * other accounts), and each run is read in its own order only as far as the page reaches: the oldest stored latest
 * assessments by their date index, the never-assessed accounts by name, so a page costs the same at any portfolio
 * size instead of sorting every account due. The total is the active accounts less those assessed recently enough.
 */
export async function listAccountsToAssess(db: Db, user: SessionUser, query: TScoringListQuery, active: ModelView | null): Promise<Paged<AssessRow>> {
  const page = query.page ?? 1;
  const cutoff = addDays(new Date(), -(query.days ?? DEFAULT_STALE_DAYS));
  const activeVersion = active?.version ?? 0;
  const scope = effectiveOwner(query, user);
  const owner = ownerSql(scope, user);
  const due = Prisma.sql`(l."assessedAt" < ${cutoff} OR m.version < ${activeVersion})`;
  const reach = page * SCORING_PAGE_SIZE;
  const assessedDue = (key: Prisma.Sql) => Prisma.sql`
    SELECT a.id, l."assessedAt", m.version FROM "LatestAssessment" l
    JOIN "ScoringModel" m ON m.id = l."modelId" JOIN "Account" a ON a.id = l."accountId"
    WHERE ${due} AND ${key} AND NOT a.archived ${owner}
    ORDER BY l."assessedAt", a.name, a.id LIMIT ${reach}`;
  const unassessed = Prisma.sql`NOT EXISTS (SELECT 1 FROM "LatestAssessment" l WHERE l."accountId" = a.id)`;
  // A stored latest assessment of an account in view: over the whole portfolio, one not of the few archived
  // accounts (an anti-join, not a probe per assessment), else one of the owner's active accounts.
  const inScope = scope === "all"
    ? Prisma.sql`NOT EXISTS (SELECT 1 FROM "Account" a WHERE a.id = l."accountId" AND a.archived)`
    : Prisma.sql`EXISTS (SELECT 1 FROM "Account" a WHERE a.id = l."accountId" AND NOT a.archived ${owner})`;
  const [rows, [counted]] = await Promise.all([
    db.$queryRaw<RawAssessRow[]>`
      WITH key_accounts AS MATERIALIZED (
        SELECT a.id, a.name FROM "Account" a WHERE a."isKeyAccount" AND NOT a.archived ${owner}
      ), picked AS (
        (SELECT 1 AS run, x.* FROM (${assessedDue(Prisma.sql`a."isKeyAccount"`)}) x)
        UNION ALL
        (SELECT 2, a.id, NULL::timestamp, NULL::int FROM key_accounts a WHERE ${unassessed} ORDER BY a.name, a.id LIMIT ${reach})
        UNION ALL
        (SELECT 3 AS run, x.* FROM (${assessedDue(Prisma.sql`NOT a."isKeyAccount"`)}) x)
        UNION ALL
        (SELECT 4, a.id, NULL::timestamp, NULL::int FROM "Account" a
         WHERE NOT a."isKeyAccount" AND NOT a.archived ${owner} AND ${unassessed} ORDER BY a.name, a.id LIMIT ${reach})
      )
      SELECT a.id, a.name, a.industry, a."isKeyAccount", a.quadrant, u.name AS "ownerName", p."assessedAt", p.version AS "modelVersion",
        (p."assessedAt" IS NULL) AS never, COALESCE(p."assessedAt" < ${cutoff}, false) AS stale, COALESCE(p.version < ${activeVersion}, false) AS outdated
      FROM picked p JOIN "Account" a ON a.id = p.id JOIN "User" u ON u.id = a."ownerId"
      ORDER BY p.run, p."assessedAt", a.name, a.id
      LIMIT ${SCORING_PAGE_SIZE} OFFSET ${(page - 1) * SCORING_PAGE_SIZE}`,
    db.$queryRaw<{ total: bigint }[]>`
      SELECT (SELECT count(*) FROM "Account" a WHERE NOT a.archived ${owner})
        - (SELECT count(*) FROM "LatestAssessment" l JOIN "ScoringModel" m ON m.id = l."modelId" WHERE NOT ${due} AND ${inScope}) AS total`,
  ]);
  return {
    rows: rows.map(({ never, stale, outdated, ...row }) => ({
      ...row,
      reasons: [...(never ? ["NEVER" as const] : []), ...(stale ? ["STALE" as const] : []), ...(outdated ? ["MODEL" as const] : [])],
    })),
    total: Number(counted?.total ?? 0),
    page,
    pageSize: SCORING_PAGE_SIZE,
  };
}

const PORTFOLIO_SORT: Record<PortfolioSortKey, Prisma.Sql> = {
  name: Prisma.sql`a.name`,
  date: Prisma.sql`l."assessedAt"`,
  version: Prisma.sql`l.version`,
  attractiveness: Prisma.sql`l.attractiveness`,
  strength: Prisma.sql`l.strength`,
  completeness: Prisma.sql`(l."attractivenessCompleteness" + l."strengthCompleteness")`,
  quadrant: Prisma.sql`l.quadrant`,
};

type RawPortfolioRow = { id: string; name: string; assessedAt: Date; modelVersion: number; attractiveness: string | null; strength: string | null; completeness: string; quadrant: Quadrant | null; stale: boolean };

/** The director's bulk view: every active account's latest assessment, stale ones (old or old model) flagged. */
export async function listPortfolioAssessments(db: Db, user: SessionUser, query: TScoringListQuery, active: ModelView | null): Promise<Paged<PortfolioRow>> {
  const page = query.page ?? 1;
  const cutoff = addDays(new Date(), -(query.days ?? DEFAULT_STALE_DAYS));
  const order = PORTFOLIO_SORT[query.sort ?? "date"];
  const dir = (query.dir ?? (query.sort && query.sort !== "date" ? "asc" : "desc")) === "asc" ? Prisma.sql`ASC` : Prisma.sql`DESC`;
  const where = Prisma.sql`WHERE NOT a.archived ${ownerSql(effectiveOwner(query, user), user)}`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<RawPortfolioRow[]>`
      WITH l AS (${LATEST})
      SELECT a.id, a.name, l."assessedAt", l.version AS "modelVersion", l.attractiveness::text AS attractiveness, l.strength::text AS strength,
        ((l."attractivenessCompleteness" + l."strengthCompleteness") / 2)::text AS completeness, l.quadrant,
        (l."assessedAt" < ${cutoff} OR l.version < ${active?.version ?? 0}) AS stale
      FROM "Account" a JOIN l ON l."accountId" = a.id
      ${where}
      ORDER BY ${order} ${dir} NULLS LAST, a.name, a.id
      LIMIT ${SCORING_PAGE_SIZE} OFFSET ${(page - 1) * SCORING_PAGE_SIZE}`,
    db.$queryRaw<{ total: bigint }[]>`WITH l AS (${LATEST}) SELECT count(*) AS total FROM "Account" a JOIN l ON l."accountId" = a.id ${where}`,
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      attractiveness: r.attractiveness === null ? null : Number(r.attractiveness),
      strength: r.strength === null ? null : Number(r.strength),
      completeness: Number(r.completeness),
    })),
    total: Number(counted[0]?.total ?? 0),
    page,
    pageSize: SCORING_PAGE_SIZE,
  };
}

export type HistoryPoint = {
  id: string;
  assessedAt: Date;
  attractiveness: number | null;
  strength: number | null;
  quadrant: Quadrant | null;
  modelVersion: number;
  assessorName: string;
  comment: string | null;
};

/** The account, its assessment history (oldest first) and the latest assessment's scores by factor key. */
export async function loadAssessmentPage(db: Db, accountId: string) {
  const account = await db.account.findUnique({
    where: { id: accountId },
    select: { id: true, version: true, name: true, industry: true, region: true, archived: true, quadrant: true, isKeyAccount: true, owner: { select: { name: true } } },
  });
  if (!account) return null;
  const assessments = await db.assessment.findMany({
    where: { accountId },
    orderBy: [{ assessedAt: "asc" }, { id: "asc" }],
    select: {
      id: true, assessedAt: true, attractiveness: true, strength: true, quadrant: true, comment: true,
      model: { select: { version: true } }, assessor: { select: { name: true } },
    },
  });
  const history: HistoryPoint[] = assessments.map((a) => ({
    id: a.id,
    assessedAt: a.assessedAt,
    attractiveness: a.attractiveness === null ? null : Number(a.attractiveness.toString()),
    strength: a.strength === null ? null : Number(a.strength.toString()),
    quadrant: a.quadrant,
    modelVersion: a.model.version,
    assessorName: a.assessor.name,
    comment: a.comment,
  }));
  const latest = assessments.at(-1);
  const latestScores = latest
    ? await db.assessmentScore.findMany({ where: { assessmentId: latest.id }, select: { score: true, factor: { select: { key: true } } } })
    : [];
  const previousScores = Object.fromEntries(latestScores.map((s) => [s.factor.key, s.score === null ? null : Number(s.score.toString())]));
  return { account, history, previousScores };
}
