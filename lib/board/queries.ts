import "server-only";
import { editableAccountSql, ownedBySalesTeamSql } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import { analyseCoverage, type ContactLevel, type CoverageContact, type CoverageLine, type CoveragePattern } from "@/lib/coverage";
import { DAY_MS } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Quadrant } from "@/lib/matrix";
import type { RfmSegment } from "@/lib/rfm";
import { STAGES, type Stage } from "@/lib/stages";
import { BOARD_PAGE_SIZE, type TBoardFilters } from "@/lib/board/schemas";
import { industriesInUse, ownersWithAccounts } from "@/lib/lists/filter-options";
import type { ReadDb } from "@/lib/db/read-only";
import { likePattern } from "@/lib/db/sql";

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

export type BoardColumn = { stage: Stage; count: number; revenue12m: number; cards: BoardCard[] };
export type BoardOption = { id: string; name: string };
export type Board = { columns: BoardColumn[]; owners: BoardOption[]; industries: string[] };

/** Non-archived accounts matching the URL filters; `a` is the Account alias of every board query. */
function filterSql(user: SessionUser, filters: TBoardFilters): Prisma.Sql {
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
  return Prisma.join(conditions, " AND ");
}

type CardRow = Omit<BoardCard, "daysInStage" | "coveragePattern"> & { stageChangedAt: Date };

/**
 * One page of cards per column in a single query: accounts ranked by 12-month revenue within their stage,
 * rows `offset + 1 … offset + limit` of each (or of `stage` only).
 */
function cardRows(db: ReadDb, user: SessionUser, filters: TBoardFilters, page: { stage?: Stage; offset: number; limit: number }) {
  const where = page.stage ? Prisma.sql`${filterSql(user, filters)} AND a.stage = ${page.stage}::"RelationshipStage"` : filterSql(user, filters);
  return db.$queryRaw<CardRow[]>`
    SELECT id, name, version, stage, "ownerName", quadrant, "isKeyAccount", "rfmSegment", "revenue12m", "stageChangedAt", "canEdit"
    FROM (
      SELECT a.id, a.name, a.version, a.stage::text AS stage, u.name AS "ownerName", a.quadrant::text AS quadrant,
             a."isKeyAccount", m."rfmSegment", COALESCE(m."revenue12m", 0)::float8 AS "revenue12m", a."stageChangedAt",
             ${editableAccountSql(user)} AS "canEdit",
             row_number() OVER (PARTITION BY a.stage ORDER BY COALESCE(m."revenue12m", 0) DESC, a.name, a.id) AS rank
      FROM "Account" a
      JOIN "User" u ON u.id = a."ownerId"
      LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
      WHERE ${where}
    ) ranked
    WHERE rank > ${page.offset} AND rank <= ${page.offset + page.limit}
    ORDER BY rank`;
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
 * The board: per stage the number of accounts and their 12-month revenue (aggregated in SQL over
 * AccountMetrics) and the first page of cards, plus the filter options. Five queries whatever the size.
 */
export async function getBoard(db: ReadDb, user: SessionUser, filters: TBoardFilters, now = new Date()): Promise<Board> {
  const where = filterSql(user, filters);
  const [totals, rows, owners, industries] = await Promise.all([
    db.$queryRaw<TotalRow[]>`
      SELECT a.stage::text AS stage, count(*)::int AS count, COALESCE(sum(m."revenue12m"), 0)::float8 AS "revenue12m"
      FROM "Account" a LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
      WHERE ${where}
      GROUP BY a.stage`,
    cardRows(db, user, filters, { offset: 0, limit: BOARD_PAGE_SIZE }),
    ownersWithAccounts(db),
    industriesInUse(db),
  ]);
  const cards = await withCoverage(db, rows, now);
  const columns = STAGES.map((stage) => {
    const total = totals.find((row) => row.stage === stage);
    return {
      stage,
      count: total?.count ?? 0,
      revenue12m: total?.revenue12m ?? 0,
      cards: cards.filter((card) => card.stage === stage),
    };
  });
  return { columns, owners, industries };
}

/** The next page of one column ("show more"): two queries. */
export async function getColumnPage(
  db: ReadDb,
  user: SessionUser,
  filters: TBoardFilters,
  stage: Stage,
  offset: number,
  now = new Date(),
): Promise<BoardCard[]> {
  const rows = await cardRows(db, user, filters, { stage, offset, limit: BOARD_PAGE_SIZE });
  return withCoverage(db, rows, now);
}
