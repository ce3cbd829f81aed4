import "server-only";
import { editableAccountSql, ownedBySalesTeamSql } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import { analyseCoverage, type ContactLevel, type CoverageContact, type CoverageLine, type CoveragePattern } from "@/lib/coverage";
import { DAY_MS, startOfUtcDay } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Quadrant } from "@/lib/matrix";
import type { RfmSegment } from "@/lib/rfm";
import { STAGES, type Stage } from "@/lib/stages";
import { BOARD_PAGE_SIZE, encodeBoardCursor, parseBoardCursor, type BoardCursor, type TBoardFilters } from "@/lib/board/schemas";
import { AppError } from "@/lib/errors/app-error";
import { industriesInUse } from "@/lib/lists/filter-options";
import type { ReadDb } from "@/lib/db/read-only";
import { summarized } from "@/lib/db/portfolio-summary";
import { likePattern } from "@/lib/db/sql";
import { OWNER_ALL } from "@/lib/lists/query";

export type BoardCard = {
  id: string;
  name: string;
  version: number;
  stage: Stage;
  ownerName: string;
  quadrant: Quadrant | null;
  isKeyAccount: boolean;
  rfmSegment: RfmSegment | null;
  revenue12m: number;
  daysInStage: number;
  /** The contact pattern by lib/coverage; the card warns when it is below a diamond at COOPERATIVE or above. */
  coveragePattern: CoveragePattern;
  /** Whether this user may move the card (the action checks again). */
  canEdit: boolean;
};

/** `cursor`: where "show more" continues (null when every card of the column is loaded). */
export type BoardColumn = { stage: Stage; count: number; revenue12m: number; cards: BoardCard[]; cursor: string | null };
export type Board = { columns: BoardColumn[]; industries: string[] };

/**
 * Non-archived accounts matching the URL filters, one condition each after the first; `a` is the Account alias of
 * every board query.
 */
function filterConditions(user: SessionUser, filters: TBoardFilters): Prisma.Sql[] {
  const conditions = [Prisma.sql`NOT a.archived`];
  if (filters.owner === "me") conditions.push(Prisma.sql`a."ownerId" = ${user.id}`);
  else if (filters.owner !== "all") conditions.push(Prisma.sql`a."ownerId" = ${filters.owner}`);
  if (filters.team) conditions.push(ownedBySalesTeamSql(filters.team));
  if (filters.quadrant) conditions.push(Prisma.sql`a.quadrant = ${filters.quadrant}::"Quadrant"`);
  if (filters.key) conditions.push(Prisma.sql`a."isKeyAccount"`);
  if (filters.industry) conditions.push(Prisma.sql`a.industry = ${filters.industry}`);
  if (filters.q) {
    const pattern = likePattern(filters.q);
    conditions.push(Prisma.sql`(a.name ILIKE ${pattern} OR a."localName" ILIKE ${pattern})`);
  }
  return conditions;
}

const filterSql = (user: SessionUser, filters: TBoardFilters) => Prisma.join(filterConditions(user, filters), " AND ");

type CardRow = Omit<BoardCard, "daysInStage" | "coveragePattern"> & { stageChangedAt: Date };
type KeyedRow = CardRow & { revenueKey: string };

/**
 * A column's order is 12-month revenue (no metrics counting as 0) descending, then name, then id. It is read in
 * three segments, each a plain ORDER BY an index can serve: revenue above zero (by the AccountMetrics revenue
 * index), zero or no metrics (by name), below zero (credit notes). A cursor is the last card's revenue (exact
 * text), name and id; the next page starts in its segment and continues into the following ones.
 */
const SEGMENTS = ["above", "zero", "below"] as const;
type RevenueSegment = (typeof SEGMENTS)[number];

const segmentOf = (revenue: string): RevenueSegment => (/^-?0*(\.0*)?$/.test(revenue) ? "zero" : revenue.startsWith("-") ? "below" : "above");

function segmentSql(segment: RevenueSegment, after: BoardCursor | null): { where: Prisma.Sql; order: Prisma.Sql } {
  const tie = after ? Prisma.sql` AND (a.name, a.id) > (${after.name}, ${after.id})` : Prisma.empty;
  if (segment === "zero") return { where: Prisma.sql`COALESCE(m."revenue12m", 0) = 0${tie}`, order: Prisma.sql`a.name, a.id` };
  const sign = segment === "above" ? Prisma.sql`m."revenue12m" > 0` : Prisma.sql`m."revenue12m" < 0`;
  const where = after
    ? Prisma.sql`${sign} AND m."revenue12m" <= ${after.revenue}::numeric
        AND (m."revenue12m" < ${after.revenue}::numeric OR (m."revenue12m" = ${after.revenue}::numeric AND (a.name, a.id) > (${after.name}, ${after.id})))`
    : sign;
  return { where, order: Prisma.sql`m."revenue12m" DESC, a.name, a.id` };
}

function segmentRows(db: ReadDb, user: SessionUser, where: Prisma.Sql, segment: RevenueSegment, after: BoardCursor | null, limit: number) {
  const part = segmentSql(segment, after);
  return db.$queryRaw<KeyedRow[]>`
    SELECT a.id, a.name, a.version, a.stage::text AS stage, u.name AS "ownerName", a.quadrant::text AS quadrant,
           a."isKeyAccount", m."rfmSegment", COALESCE(m."revenue12m", 0)::float8 AS "revenue12m",
           COALESCE(m."revenue12m", 0)::text AS "revenueKey", a."stageChangedAt", ${editableAccountSql(user)} AS "canEdit"
    FROM "Account" a
    JOIN "User" u ON u.id = a."ownerId"
    LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
    WHERE ${where} AND ${part.where}
    ORDER BY ${part.order}
    LIMIT ${limit}`;
}

const columnWhere = (user: SessionUser, filters: TBoardFilters, stage: Stage) =>
  Prisma.sql`${filterSql(user, filters)} AND a.stage = ${stage}::"RelationshipStage"`;

type SegmentRead = (segment: RevenueSegment, after: BoardCursor | null, limit: number) => Promise<KeyedRow[]>;

/**
 * One page of one column: up to `limit` cards after `after` (null: from the top), and the cursor of the page
 * after it (null when the column has no more). One query per segment it reaches, usually one; with the column's
 * `count` known, a column whose cards are all loaded reads no further segment.
 */
async function columnRows(read: SegmentRead, after: BoardCursor | null, limit: number, count?: number) {
  const rows: KeyedRow[] = [];
  const start = after ? SEGMENTS.indexOf(segmentOf(after.revenue)) : 0;
  for (let i = start; i < SEGMENTS.length; i++) {
    if (rows.length > limit || (count !== undefined && rows.length >= count)) break;
    rows.push(...(await read(SEGMENTS[i], i === start ? after : null, limit + 1 - rows.length)));
  }
  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  const more = rows.length > limit;
  return {
    rows: page.map((row): CardRow => {
      const card: Partial<KeyedRow> = { ...row };
      delete card.revenueKey;
      return card as CardRow;
    }),
    cursor: more && last ? encodeBoardCursor({ revenue: last.revenueKey, name: last.name, id: last.id }) : null,
  };
}

type CoverageRow = { accountId: string; contactId: string; level: ContactLevel; function: string; userId: string | null };

/** Contacts and coverage lines of the accounts on screen in ONE query, then the pattern per account in memory. */
async function withCoverage(db: ReadDb, rows: readonly CardRow[], now: Date): Promise<BoardCard[]> {
  if (rows.length === 0) return [];
  const coverage = await db.$queryRaw<CoverageRow[]>`
    SELECT c."accountId", c.id AS "contactId", c.level::text AS level, c.function::text AS function, cc."userId"
    FROM "Contact" c
    LEFT JOIN "ContactCoverage" cc ON cc."contactId" = c.id
    WHERE c."accountId" = ANY(${rows.map((row) => row.id)}::text[])`;
  const byAccount = new Map<string, { contacts: Map<string, CoverageContact>; lines: CoverageLine[] }>();
  for (const row of coverage) {
    const entry = byAccount.get(row.accountId) ?? { contacts: new Map<string, CoverageContact>(), lines: [] as CoverageLine[] };
    entry.contacts.set(row.contactId, { id: row.contactId, level: row.level, function: row.function });
    if (row.userId) entry.lines.push({ contactId: row.contactId, userId: row.userId });
    byAccount.set(row.accountId, entry);
  }
  return rows.map(({ stageChangedAt, ...row }) => {
    const entry = byAccount.get(row.id);
    const analysis = analyseCoverage(entry ? [...entry.contacts.values()] : [], entry?.lines ?? [], { stage: row.stage });
    return {
      ...row,
      daysInStage: Math.max(0, Math.floor((now.getTime() - stageChangedAt.getTime()) / DAY_MS)),
      coveragePattern: analysis.pattern,
    };
  });
}

type TotalRow = { stage: Stage; count: number; revenue12m: number };

/**
 * The first page of every column in ONE statement, ranked within the stage: for a board narrowed to one owner,
 * a team or a search, where ranking the few matching accounts costs less than six index-driven reads (each of
 * which the planner would answer with its own pass over AccountMetrics).
 */
async function rankedTops(db: ReadDb, user: SessionUser, where: Prisma.Sql, limit: number): Promise<KeyedRow[][]> {
  const rows = await db.$queryRaw<(KeyedRow & { rank: number })[]>`
    SELECT * FROM (
      SELECT a.id, a.name, a.version, a.stage::text AS stage, u.name AS "ownerName", a.quadrant::text AS quadrant,
             a."isKeyAccount", m."rfmSegment", COALESCE(m."revenue12m", 0)::float8 AS "revenue12m",
             COALESCE(m."revenue12m", 0)::text AS "revenueKey", a."stageChangedAt", ${editableAccountSql(user)} AS "canEdit",
             row_number() OVER (PARTITION BY a.stage ORDER BY COALESCE(m."revenue12m", 0) DESC, a.name, a.id) AS rank
      FROM "Account" a
      JOIN "User" u ON u.id = a."ownerId"
      LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
      WHERE ${where}
    ) ranked
    WHERE rank <= ${limit}
    ORDER BY stage, rank`;
  return STAGES.map((stage) =>
    rows
      .filter((row) => row.stage === stage)
      .map((row) => {
        const card: Partial<KeyedRow & { rank: number }> = { ...row };
        delete card.rank;
        return card as KeyedRow;
      }),
  );
}

/** Bump when BoardTotals changes shape: summaries stored by the code before are then never read. */
export const BOARD_SUMMARY_KEY = "board:v1";

type BoardTotals = { totals: TotalRow[]; industries: string[] };

/**
 * Per stage the number of accounts and their 12-month revenue, and the industries the filter offers. Both read
 * every account in scope; over the whole portfolio they are kept as a stored summary until an account or its
 * metrics change (lib/db/portfolio-summary.ts).
 */
async function columnTotals(db: ReadDb, where: Prisma.Sql, wholePortfolio: boolean, now: Date): Promise<BoardTotals> {
  const compute = async () => {
    const [totals, industries] = await Promise.all([
      db.$queryRaw<TotalRow[]>`
        SELECT a.stage::text AS stage, count(*)::int AS count, COALESCE(sum(m."revenue12m"), 0)::float8 AS "revenue12m"
        FROM "Account" a LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
        WHERE ${where}
        GROUP BY a.stage`,
      industriesInUse(db),
    ]);
    return { totals, industries };
  };
  return wholePortfolio ? summarized(db, BOARD_SUMMARY_KEY, startOfUtcDay(now), compute) : compute();
}

/** A board narrowed to one owner, a sales team or a search holds few accounts: see `rankedTops`. */
const isNarrow = (filters: TBoardFilters) => filters.owner !== OWNER_ALL || Boolean(filters.team) || Boolean(filters.q);

/**
 * The board: per stage the number of accounts and their 12-month revenue (aggregated in SQL over
 * AccountMetrics) and the first page of cards, plus the filter options. The whole portfolio's columns are read
 * by keyset, one index-driven read per column in parallel; a narrow board ranks its few accounts in one statement.
 */
export async function getBoard(db: ReadDb, user: SessionUser, filters: TBoardFilters, now = new Date()): Promise<Board> {
  const conditions = filterConditions(user, filters);
  const where = Prisma.join(conditions, " AND ");
  const limit = BOARD_PAGE_SIZE;
  // The top of every column is read at once with the totals; a column continues into its next segment only
  // when its count says more cards exist than the first segment gave.
  const tops = isNarrow(filters)
    ? rankedTops(db, user, where, limit + 1)
    : Promise.all(STAGES.map((stage) => segmentRows(db, user, columnWhere(user, filters, stage), "above", null, limit + 1)));
  // No filter beyond the active accounts: the whole portfolio's board, the same for every viewer.
  const [{ totals, industries }, firsts] = await Promise.all([columnTotals(db, where, conditions.length === 1, now), tops]);
  const ranked = isNarrow(filters);
  const pages = await Promise.all(
    STAGES.map((stage, i) => {
      // Ranked tops hold every segment already; keyset tops hold the first segment only.
      const read: SegmentRead = (segment, after, size) =>
        after === null && (ranked || segment === "above")
          ? Promise.resolve(ranked && segment !== "above" ? [] : firsts[i].slice(0, size))
          : segmentRows(db, user, columnWhere(user, filters, stage), segment, after, size);
      return columnRows(read, null, limit, totals.find((row) => row.stage === stage)?.count ?? 0);
    }),
  );
  const cards = await withCoverage(db, pages.flatMap((page) => page.rows), now);
  const columns = STAGES.map((stage, i) => {
    const total = totals.find((row) => row.stage === stage);
    return {
      stage,
      count: total?.count ?? 0,
      revenue12m: total?.revenue12m ?? 0,
      cards: cards.filter((card) => card.stage === stage),
      cursor: pages[i].cursor,
    };
  });
  return { columns, industries };
}

/** The next page of one column ("show more") after the column's `cursor`, and the cursor of the page after it. */
export async function getColumnPage(
  db: ReadDb,
  user: SessionUser,
  filters: TBoardFilters,
  stage: Stage,
  cursor: string,
  now = new Date(),
): Promise<{ cards: BoardCard[]; cursor: string | null }> {
  const after = parseBoardCursor(cursor);
  if (!after) throw new AppError("board.column.badCursor", "INVALID");
  const where = columnWhere(user, filters, stage);
  const page = await columnRows((segment, from, size) => segmentRows(db, user, where, segment, from, size), after, BOARD_PAGE_SIZE);
  return { cards: await withCoverage(db, page.rows, now), cursor: page.cursor };
}
