import "server-only";
import { ownedBySalesTeamSql } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import { getDb, type Db } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HealthBand, Quadrant, RelationshipStage } from "@/lib/generated/prisma/enums";
import { likePattern } from "@/lib/db/sql";
import { QUADRANTS } from "@/lib/matrix";
import {
  ACCOUNT_COUNT_CAP,
  ACCOUNT_PAGE_SIZE,
  ACCOUNT_SORT_KINDS,
  accountFiltersFingerprint,
  encodeAccountCursor,
  MAX_OFFSET_PAGE,
  parseAccountCursor,
  type AccountSortKey,
  type TAccountListQuery,
} from "@/lib/accounts/schemas";
import { withDefaultOwner, type SortDir } from "@/lib/lists/query";

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

/**
 * One page of the list. `total` is exact up to `countCap` rows; `totalCapped` says there are more than that.
 * `page` is the page's number for display (from the cursor it was reached by). `nextCursor` and `previousCursor`
 * are the `cursor` params of the neighbouring pages (null: none; page 2's previous page is the first page, linked
 * without a cursor).
 */
export type AccountListPage = {
  rows: AccountListRow[];
  total: number;
  totalCapped: boolean;
  page: number;
  pageSize: number;
  query: TAccountListQuery;
  nextCursor: string | null;
  previousCursor: string | null;
};

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

/** A cursor's sort value (text) as a value of the column's type. */
const CAST_SQL: Record<(typeof ACCOUNT_SORT_KINDS)[AccountSortKey]["kind"], (value: string) => Prisma.Sql> = {
  text: (value) => Prisma.sql`${value}::text`,
  numeric: (value) => Prisma.sql`${value}::numeric`,
  int: (value) => Prisma.sql`${value}::int`,
  float: (value) => Prisma.sql`${value}::float8`,
  quadrant: (value) => Prisma.sql`${value}::"Quadrant"`,
  stage: (value) => Prisma.sql`${value}::"RelationshipStage"`,
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

const FROM = Prisma.sql`FROM "Account" a JOIN "User" u ON u.id = a."ownerId" LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
  LEFT JOIN "AccountClv" clv ON clv."accountId" = a.id LEFT JOIN "AccountHealth" h ON h."accountId" = a.id`;

const LIST_COLUMNS = Prisma.sql`a.id, a.name, a."localName", a.industry, a.region, a."isKeyAccount", a.archived, a.stage::text AS stage,
  a.quadrant::text AS quadrant, a."ownerId", u.name AS "ownerName", m."revenue12m"::text AS "revenue12m", m."rfmSegment", m."abcClass",
  m."riskScore", m."riskLevel", clv.clv12m::text AS "clv12m", clv."pAlive", h.score AS "healthScore", h.band::text AS "healthBand"`;

/** A row's position in the list order: its sort value as text (null when it has none), name and id. */
type Position = { key: string | null; name: string; id: string };
type Positioned = { _key: string | null; _name: string; _id: string };

/**
 * The list order is `sort dir NULLS LAST, name, id`. It is read as two segments, each a plain index-friendly
 * ORDER BY: the rows that have a sort value (`value`), then those without (`none`, by name and id), so a page
 * needs no sort of every matching row and a cursor is a row comparison. `forward` false reads backwards (for the
 * previous page) and gives the rows in reverse list order.
 */
type Segment = { part: "value" | "none"; forward: boolean; from: Position | null; limit: number; offset?: number };

function segmentSql(sort: AccountSortKey, dir: SortDir, seg: Segment): { where: Prisma.Sql; order: Prisma.Sql } {
  const key = SORT_SQL[sort];
  const spec = ACCOUNT_SORT_KINDS[sort];
  const tie = Prisma.raw(seg.forward ? ">" : "<");
  const tieDir = Prisma.raw(seg.forward ? "ASC" : "DESC");
  if (seg.part === "none") {
    const where = seg.from ? Prisma.sql`${key} IS NULL AND (a.name, a.id) ${tie} (${seg.from.name}, ${seg.from.id})` : Prisma.sql`${key} IS NULL`;
    return { where, order: Prisma.sql`a.name ${tieDir}, a.id ${tieDir}` };
  }
  // Reading forward in an ascending sort (or backward in a descending one) the values grow.
  const growing = seg.forward === (dir === "asc");
  const keyDir = Prisma.raw(growing ? "ASC" : "DESC");
  const conditions: Prisma.Sql[] = spec.nullable ? [Prisma.sql`${key} IS NOT NULL`] : [];
  if (seg.from) {
    const value = CAST_SQL[spec.kind](seg.from.key as string);
    const beyond = Prisma.raw(growing ? ">" : "<");
    const reached = Prisma.raw(growing ? ">=" : "<=");
    // The first comparison alone is what an index on the sort column can start from; the second is exact.
    conditions.push(Prisma.sql`${key} ${reached} ${value}`);
    conditions.push(Prisma.sql`(${key} ${beyond} ${value} OR (${key} = ${value} AND (a.name, a.id) ${tie} (${seg.from.name}, ${seg.from.id})))`);
  }
  return { where: conditions.length > 0 ? Prisma.join(conditions, " AND ") : Prisma.sql`TRUE`, order: Prisma.sql`${key} ${keyDir}, a.name ${tieDir}, a.id ${tieDir}` };
}

/**
 * Sort columns with few distinct values: their rows are read one value (group) at a time, where the order is
 * name and id, which an index (archived, column, name, id) gives in both directions of the sort. A sort by
 * column alone would order every row of the list for a deep page, since the name within a group always ascends.
 */
const GROUPED: ReadonlySet<AccountSortKey> = new Set(["owner", "industry", "region", "quadrant", "stage"]);
/** Groups one read crosses at most one by one (a few queries each); past that it reads the rest in one ordered query. */
const MAX_GROUPS_PER_READ = 6;

/** The rows with a value of a grouped sort column, group by group, from `seg.from` on. */
async function readGroups<T>(db: ReadDb, columns: Prisma.Sql, fromSql: Prisma.Sql, where: Prisma.Sql, sort: AccountSortKey, dir: SortDir, seg: Segment) {
  const key = SORT_SQL[sort];
  const spec = ACCOUNT_SORT_KINDS[sort];
  const cast = CAST_SQL[spec.kind];
  const growing = seg.forward === (dir === "asc");
  const tieDir = Prisma.raw(seg.forward ? "ASC" : "DESC");
  const tieOp = Prisma.raw(seg.forward ? ">" : "<");
  const present = spec.nullable ? Prisma.sql`${key} IS NOT NULL` : Prisma.sql`TRUE`;
  const nextGroup = async (after: string | null) => {
    const beyond = after === null ? Prisma.sql`TRUE` : Prisma.sql`${key} ${Prisma.raw(growing ? ">" : "<")} ${cast(after)}`;
    const [row] = await db.$queryRaw<{ g: string }[]>`
      SELECT ${key}::text AS g ${fromSql} WHERE ${where} AND ${present} AND ${beyond} ORDER BY ${key} ${Prisma.raw(growing ? "ASC" : "DESC")} LIMIT 1`;
    return row?.g ?? null;
  };
  const rows: (T & Positioned)[] = [];
  let group = seg.from ? seg.from.key : await nextGroup(null);
  let tieFrom: Position | null = seg.from;
  for (let n = 0; group !== null && rows.length < seg.limit; n++) {
    if (n === MAX_GROUPS_PER_READ) {
      const last = rows.length > 0 ? positionOf(rows[rows.length - 1]) : tieFrom;
      rows.push(...(await readSegment<T>(db, columns, fromSql, where, sort, dir, { ...seg, from: last, limit: seg.limit - rows.length })));
      break;
    }
    const tie = tieFrom ? Prisma.sql` AND (a.name, a.id) ${tieOp} (${tieFrom.name}, ${tieFrom.id})` : Prisma.empty;
    rows.push(
      ...(await db.$queryRaw<(T & Positioned)[]>`
        SELECT ${columns}, ${key}::text AS "_key", a.name AS "_name", a.id AS "_id"
        ${fromSql} WHERE ${where} AND ${key} = ${cast(group)}${tie} ORDER BY a.name ${tieDir}, a.id ${tieDir} LIMIT ${seg.limit - rows.length}`),
    );
    tieFrom = null;
    if (rows.length < seg.limit) group = await nextGroup(group);
  }
  return rows;
}

/** Up to `limit` rows of one segment after (or before) `from`, with their positions. */
function readSegment<T>(db: ReadDb, columns: Prisma.Sql, from: Prisma.Sql, where: Prisma.Sql, sort: AccountSortKey, dir: SortDir, seg: Segment) {
  const part = segmentSql(sort, dir, seg);
  return db.$queryRaw<(T & Positioned)[]>`
    SELECT ${columns}, ${SORT_SQL[sort]}::text AS "_key", a.name AS "_name", a.id AS "_id"
    ${from} WHERE ${where} AND ${part.where} ORDER BY ${part.order} LIMIT ${seg.limit} OFFSET ${seg.offset ?? 0}`;
}

/**
 * Up to `limit` rows in list order from `from` (exclusive; null = the start, or the end when reading backward),
 * crossing from one segment into the next when the first runs out.
 */
async function readRows<T>(
  db: ReadDb,
  columns: Prisma.Sql,
  fromSql: Prisma.Sql,
  where: Prisma.Sql,
  sort: AccountSortKey,
  dir: SortDir,
  read: { forward: boolean; from: Position | null; limit: number },
): Promise<(T & Positioned)[]> {
  const nullable = ACCOUNT_SORT_KINDS[sort].nullable;
  const parts: Segment["part"][] = !nullable ? ["value"] : read.forward ? ["value", "none"] : ["none", "value"];
  // A cursor inside the segment of rows without a value (or inside the one with values, reading backward) skips the other.
  const startAt = read.from && nullable ? parts.indexOf(read.from.key === null ? "none" : "value") : 0;
  const rows: (T & Positioned)[] = [];
  for (let i = startAt; i < parts.length && rows.length < read.limit; i++) {
    const seg: Segment = { part: parts[i], forward: read.forward, from: i === startAt ? read.from : null, limit: read.limit - rows.length };
    const reader = parts[i] === "value" && GROUPED.has(sort) ? readGroups : readSegment;
    rows.push(...(await reader<T>(db, columns, fromSql, where, sort, dir, seg)));
  }
  return rows;
}

/**
 * The first rows of the list by OFFSET (a `page=N` link, N at most MAX_OFFSET_PAGE): the segment with values is
 * read from `offset`; when it ends inside the page, the rows without a value continue after the part of the
 * offset the first segment used up.
 */
async function readByOffset<T>(db: ReadDb, columns: Prisma.Sql, where: Prisma.Sql, sort: AccountSortKey, dir: SortDir, offset: number, limit: number) {
  const rows = await readSegment<T>(db, columns, FROM, where, sort, dir, { part: "value", forward: true, from: null, limit, offset });
  if (rows.length === limit || !ACCOUNT_SORT_KINDS[sort].nullable) return rows;
  const part = segmentSql(sort, dir, { part: "value", forward: true, from: null, limit });
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 ${FROM} WHERE ${where} AND ${part.where} LIMIT ${offset + limit}) s`;
  const skip = Math.max(0, offset - n);
  rows.push(...(await readSegment<T>(db, columns, FROM, where, sort, dir, { part: "none", forward: true, from: null, limit: limit - rows.length, offset: skip })));
  return rows;
}

/** How many rows match, counting at most `cap + 1`: the count stops early on a big portfolio. */
export async function cappedCount(db: ReadDb, where: Prisma.Sql, cap: number): Promise<{ total: number; capped: boolean }> {
  const [{ n }] = await db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM (SELECT 1 ${FROM} WHERE ${where} LIMIT ${cap + 1}) s`;
  return n > cap ? { total: cap, capped: true } : { total: n, capped: false };
}

const positionOf = (row: Positioned): Position => ({ key: row._key, name: row._name, id: row._id });

function withoutPosition<T>(row: T & Positioned): T {
  const rest: Partial<Positioned> = { ...row };
  delete rest._key;
  delete rest._name;
  delete rest._id;
  return rest as unknown as T;
}

/**
 * One page of the accounts list, by keyset: a `cursor` names the row the page starts after (or, going back,
 * ends before), so a deep page costs what the first does. `page=N` (N ≤ MAX_OFFSET_PAGE) still opens an early
 * page by number. The total is counted up to `countCap` (in parallel with the rows). A cursor made for another
 * sort or other filters is ignored (first page). A manager without an `owner` param sees his own accounts.
 */
export async function listAccounts(
  user: SessionUser,
  filters: TAccountListQuery,
  db: Db = getDb(),
  options: { pageSize?: number; countCap?: number } = {},
): Promise<AccountListPage> {
  const query = withDefaultOwner(filters, user.role);
  const pageSize = options.pageSize ?? ACCOUNT_PAGE_SIZE;
  const sort = query.sort ?? "name";
  const dir: SortDir = query.dir === "desc" ? "desc" : "asc";
  const fingerprint = accountFiltersFingerprint(query);
  const where = whereSql(user, query);
  const parsed = query.cursor ? parseAccountCursor(query.cursor) : null;
  const cursor = parsed && parsed.sort === sort && parsed.dir === dir && parsed.filters === fingerprint ? parsed : null;

  const read = async (): Promise<{ rows: (AccountListRow & Positioned)[]; page: number; more: boolean }> => {
    if (cursor && cursor.before) {
      const back = await readRows<AccountListRow>(db, LIST_COLUMNS, FROM, where, sort, dir, { forward: false, from: cursor, limit: pageSize + 1 });
      // Fewer rows before the cursor than a page (rows were deleted, or the page was the second): the first page.
      if (back.length > pageSize) return { rows: back.slice(0, pageSize).reverse(), page: Math.max(2, cursor.page), more: true };
    } else if (cursor) {
      const rows = await readRows<AccountListRow>(db, LIST_COLUMNS, FROM, where, sort, dir, { forward: true, from: cursor, limit: pageSize + 1 });
      return { rows: rows.slice(0, pageSize), page: cursor.page, more: rows.length > pageSize };
    }
    const page = !cursor && query.page ? Math.min(query.page, MAX_OFFSET_PAGE) : 1;
    const rows =
      page > 1
        ? await readByOffset<AccountListRow>(db, LIST_COLUMNS, where, sort, dir, (page - 1) * pageSize, pageSize + 1)
        : await readRows<AccountListRow>(db, LIST_COLUMNS, FROM, where, sort, dir, { forward: true, from: null, limit: pageSize + 1 });
    return { rows: rows.slice(0, pageSize), page, more: rows.length > pageSize };
  };
  const [{ rows, page, more }, count] = await Promise.all([read(), cappedCount(db, where, options.countCap ?? ACCOUNT_COUNT_CAP)]);

  const link = (before: boolean, row: Positioned, to: number) => encodeAccountCursor({ before, sort, dir, page: to, filters: fingerprint, ...positionOf(row) });
  const nextCursor = more && rows.length > 0 ? link(false, rows[rows.length - 1], page + 1) : null;
  // Page 2 goes back to the first page itself (no cursor); a page without rows (past the end) goes back to the first too.
  const previousCursor = page > 2 && rows.length > 0 ? link(true, rows[0], page - 1) : null;
  return { rows: rows.map(withoutPosition), total: count.total, totalCapped: count.capped, page, pageSize, query, nextCursor, previousCursor };
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

const EXPORT_COLUMNS = Prisma.sql`a.name, a.industry, a.region, a.country, a.size::text AS size, a."annualRevenue"::text AS "annualRevenue",
  a."creditRating"::text AS "creditRating", a."lifecyclePhase"::text AS "lifecyclePhase", u.email AS "ownerEmail",
  p.name AS "parentName", a."isKeyAccount", a.stage::text AS stage, m."revenue12m"::text AS "revenue12m",
  a.quadrant::text AS quadrant, m."rfmSegment", m."abcClass", m."riskScore"`;

/**
 * Every account of the filtered list (all pages), in list order, in batches so memory stays flat; each batch
 * starts after the last row of the one before (keyset), so a big export does not re-read what it skipped.
 */
export async function* exportAccounts(user: SessionUser, filters: TAccountListQuery & { ids?: string[] }, db: ReadDb = getDb(), batchSize = 1000) {
  const query = withDefaultOwner(filters, user.role);
  const sort = query.sort ?? "name";
  const dir: SortDir = query.dir === "desc" ? "desc" : "asc";
  // The rows selected on the list (bulk export): exactly those, whatever the filters, in the list's order.
  const where = filters.ids ? Prisma.sql`a.id = ANY(${filters.ids}::text[])` : whereSql(user, query);
  const from = Prisma.sql`${FROM} LEFT JOIN "Account" p ON p.id = a."parentId"`;
  for (let after: Position | null = null; ; ) {
    const batch: (AccountExportRow & Positioned)[] = await readRows<AccountExportRow>(db, EXPORT_COLUMNS, from, where, sort, dir, { forward: true, from: after, limit: batchSize });
    if (batch.length > 0) yield batch.map(withoutPosition);
    if (batch.length < batchSize) return;
    after = positionOf(batch[batch.length - 1]);
  }
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


