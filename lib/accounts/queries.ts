import "server-only";
import { ownedBySalesTeamSql } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HealthBand, Quadrant, RelationshipStage } from "@/lib/generated/prisma/enums";
import { likePattern } from "@/lib/db/sql";
import { QUADRANTS } from "@/lib/matrix";
import { ACCOUNT_PAGE_SIZE, type AccountSortKey, type TAccountListQuery } from "@/lib/accounts/schemas";
import { withDefaultOwner } from "@/lib/lists/query";

export type AccountListRow = {
  id: string;
  name: string;
  localName: string | null;
  industry: string;
  region: string;
  isKeyAccount: boolean;
  archived: boolean;
  stage: RelationshipStage;
  quadrant: Quadrant | null;
  ownerId: string;
  ownerName: string;
  revenue12m: string | null;
  rfmSegment: string | null;
  abcClass: string | null;
  riskScore: number | null;
  riskLevel: string | null;
  clv12m: string | null;
  pAlive: number | null;
  healthScore: number | null;
  healthBand: HealthBand | null;
};

export type AccountListPage = { rows: AccountListRow[]; total: number; page: number; pageSize: number; query: TAccountListQuery };

const SORT_SQL: Record<AccountSortKey, Prisma.Sql> = {
  name: Prisma.sql`a.name`,
  owner: Prisma.sql`u.name`,
  industry: Prisma.sql`a.industry`,
  region: Prisma.sql`a.region`,
  revenue12m: Prisma.sql`m."revenue12m"`,
  quadrant: Prisma.sql`a.quadrant`,
  stage: Prisma.sql`a.stage`,
  segment: Prisma.sql`m."rfmSegment"`,
  abc: Prisma.sql`m."abcClass"`,
  risk: Prisma.sql`m."riskScore"`,
  clv12m: Prisma.sql`clv.clv12m`,
  pAlive: Prisma.sql`clv."pAlive"`,
  health: Prisma.sql`h.score`,
};

/** Quadrants a `quadrant` and/or `strategy` filter admits (a strategy stands for its quadrants), or null for all. */
function quadrantFilter(query: TAccountListQuery): Quadrant[] | null {
  if (!query.quadrant && !query.strategy) return null;
  return (Object.keys(QUADRANTS) as Quadrant[]).filter(
    (q) => (!query.quadrant || q === query.quadrant) && (!query.strategy || QUADRANTS[q].strategy === query.strategy),
  );
}

/**
 * The WHERE of the list and its export, over `Account a`, `User u` (owner), `AccountMetrics m` and `AccountHealth h`. Every manager
 * reads every account's summary, so the list is not narrowed by permission, only by the filters.
 */
function whereSql(user: SessionUser, query: TAccountListQuery): Prisma.Sql {
  const conditions = [Prisma.sql`a.archived = ${query.archived === "1"}`];
  if (query.q) {
    const pattern = likePattern(query.q);
    conditions.push(Prisma.sql`(a.name ILIKE ${pattern} OR a."localName" ILIKE ${pattern} OR a.industry ILIKE ${pattern} OR a.region ILIKE ${pattern})`);
  }
  if (query.owner && query.owner !== "all") conditions.push(Prisma.sql`a."ownerId" = ${query.owner === "me" ? user.id : query.owner}`);
  if (query.team) conditions.push(ownedBySalesTeamSql(query.team));
  if (query.key) conditions.push(Prisma.sql`a."isKeyAccount"`);
  const quadrants = quadrantFilter(query);
  if (quadrants) conditions.push(Prisma.sql`a.quadrant = ANY(${quadrants}::"Quadrant"[])`);
  if (query.stage) conditions.push(Prisma.sql`a.stage = ${query.stage}::"RelationshipStage"`);
  if (query.segment) conditions.push(Prisma.sql`m."rfmSegment" = ${query.segment}`);
  if (query.abc) conditions.push(Prisma.sql`m."abcClass" = ${query.abc}`);
  if (query.risk) conditions.push(Prisma.sql`m."riskLevel" = ${query.risk}`);
  if (query.minClv !== undefined) conditions.push(Prisma.sql`clv.clv12m >= ${query.minClv}`);
  if (query.maxPAlive) conditions.push(Prisma.sql`clv."pAlive" < ${Number(query.maxPAlive)}`);
  if (query.health === "none") conditions.push(Prisma.sql`h.band IS NULL`);
  else if (query.health) conditions.push(Prisma.sql`h.band = ${query.health}::"HealthBand"`);
  if (query.industry) conditions.push(Prisma.sql`a.industry = ${query.industry}`);
  if (query.region) conditions.push(Prisma.sql`a.region = ${query.region}`);
  return Prisma.join(conditions, " AND ");
}

/** Accounts without metrics or quadrant go last in both directions; name and id keep pages stable. */
function orderSql(query: TAccountListQuery): Prisma.Sql {
  const dir = Prisma.raw(query.dir === "desc" ? "DESC" : "ASC");
  return Prisma.sql`${SORT_SQL[query.sort ?? "name"]} ${dir} NULLS LAST, a.name ASC, a.id ASC`;
}

const FROM = Prisma.sql`FROM "Account" a JOIN "User" u ON u.id = a."ownerId" LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
  LEFT JOIN "AccountClv" clv ON clv."accountId" = a.id LEFT JOIN "AccountHealth" h ON h."accountId" = a.id`;

/**
 * One page of the accounts list: ONE SQL statement returns the page with the owner's name, the cached metrics
 * and the total (a window count); only a page past the end needs a second statement for the total.
 * A manager without an `owner` param sees his own accounts.
 */
export async function listAccounts(user: SessionUser, filters: TAccountListQuery, db: Db = getDb()): Promise<AccountListPage> {
  const query = withDefaultOwner(filters, user.role);
  const page = query.page ?? 1;
  const where = whereSql(user, query);
  const rows = await db.$queryRaw<(AccountListRow & { total: number })[]>`
    SELECT a.id, a.name, a."localName", a.industry, a.region, a."isKeyAccount", a.archived, a.stage::text AS stage, a.quadrant::text AS quadrant,
      a."ownerId", u.name AS "ownerName", m."revenue12m"::text AS "revenue12m", m."rfmSegment", m."abcClass", m."riskScore",
      m."riskLevel", clv.clv12m::text AS "clv12m", clv."pAlive",
      h.score AS "healthScore", h.band::text AS "healthBand", count(*) OVER ()::int AS total
    ${FROM} WHERE ${where} ORDER BY ${orderSql(query)}
    LIMIT ${ACCOUNT_PAGE_SIZE} OFFSET ${(page - 1) * ACCOUNT_PAGE_SIZE}`;
  const total = rows.length > 0 ? rows[0].total : page > 1 ? await countAccounts(db, where) : 0;
  return { rows, total, page, pageSize: ACCOUNT_PAGE_SIZE, query };
}

async function countAccounts(db: Db, where: Prisma.Sql) {
  const [{ total }] = await db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${FROM} WHERE ${where}`;
  return total;
}

export type AccountExportRow = {
  name: string;
  industry: string;
  region: string;
  country: string;
  size: string;
  annualRevenue: string | null;
  creditRating: string | null;
  lifecyclePhase: string;
  ownerEmail: string;
  parentName: string | null;
  isKeyAccount: boolean;
  stage: string;
  revenue12m: string | null;
  quadrant: string | null;
  rfmSegment: string | null;
  abcClass: string | null;
  riskScore: number | null;
};

/** Every account of the filtered list (all pages), in list order, in batches so memory stays flat. */
export async function* exportAccounts(user: SessionUser, filters: TAccountListQuery & { ids?: string[] }, db: ReadDb = getDb(), batchSize = 1000) {
  const query = withDefaultOwner(filters, user.role);
  // The rows selected on the list (bulk export): exactly those, whatever the filters, in the list's order.
  const where = filters.ids ? Prisma.sql`a.id = ANY(${filters.ids}::text[])` : whereSql(user, query);
  for (let offset = 0; ; offset += batchSize) {
    const batch = await db.$queryRaw<AccountExportRow[]>`
      SELECT a.name, a.industry, a.region, a.country, a.size::text AS size, a."annualRevenue"::text AS "annualRevenue",
        a."creditRating"::text AS "creditRating", a."lifecyclePhase"::text AS "lifecyclePhase", u.email AS "ownerEmail",
        p.name AS "parentName", a."isKeyAccount", a.stage::text AS stage, m."revenue12m"::text AS "revenue12m",
        a.quadrant::text AS quadrant, m."rfmSegment", m."abcClass", m."riskScore"
      ${FROM} LEFT JOIN "Account" p ON p.id = a."parentId"
      WHERE ${where} ORDER BY ${orderSql(query)} LIMIT ${batchSize} OFFSET ${offset}`;
    if (batch.length > 0) yield batch;
    if (batch.length < batchSize) return;
  }
}

/** Active users who may own an account, for the owner choice of directors and admins. */
export function listOwnerChoices(db: Db = getDb()) {
  return db.user.findMany({ where: { active: true }, select: { id: true, name: true, email: true }, orderBy: { name: "asc" } });
}

/** The account with everything the edit form shows, or null. */
export function getAccountForEdit(id: string, db: Db = getDb()) {
  return db.account.findUnique({
    where: { id },
    include: { parent: { select: { id: true, name: true } }, owner: { select: { id: true, name: true } } },
  });
}

/** Up to ten accounts whose name contains `q`, for choosing a parent. */
export function searchAccountsByName(q: string, excludeId?: string, db: ReadDb = getDb()) {
  return db.account.findMany({
    where: { name: { contains: q, mode: "insensitive" }, archived: false, ...(excludeId ? { id: { not: excludeId } } : {}) },
    select: { id: true, name: true, region: true },
    orderBy: { name: "asc" },
    take: 10,
  });
}

/**
 * Why `parentId` cannot be the parent of `accountId` (null for a new account): it does not exist, or it is the
 * account itself or one of its descendants (a cycle). One recursive query walks up from the proposed parent.
 */
export async function parentProblem(db: ReadDb, accountId: string | null, parentId: string): Promise<"notFound" | "cycle" | null> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up AS (
      SELECT id, "parentId", 1 AS depth FROM "Account" WHERE id = ${parentId}
      UNION ALL
      SELECT a.id, a."parentId", up.depth + 1 FROM "Account" a JOIN up ON a.id = up."parentId" WHERE up.depth < 100
    )
    SELECT id FROM up`;
  if (rows.length === 0) return "notFound";
  return accountId && rows.some((r) => r.id === accountId) ? "cycle" : null;
}


