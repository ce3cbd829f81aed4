import "server-only";
import { editableAccountSql } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";
import { storedFiguresFit, type FiguresSource } from "@/lib/metrics";
import {
  categoryIndex,
  cellFigures,
  cellKey,
  OPEN_STATUSES,
  revenueWindow,
  shareOfWallet,
  sumByCell,
  whitespaceByOffering,
  type CellFigures,
  type OfferingTotal,
  type ShareOfWallet,
  type WhitespaceStatusCode,
} from "@/lib/whitespace";

/** Every offering in catalogue order (product line, then offering), inactive ones included for the mapping. */
async function catalogueOfferings(db: ReadDb) {
  return db.offering.findMany({
    orderBy: [{ productLine: { position: "asc" } }, { productLine: { nameEn: "asc" } }, { position: "asc" }, { nameEn: "asc" }],
    select: {
      id: true, nameEn: true, nameZh: true, productCategories: true, active: true,
      productLine: { select: { id: true, nameEn: true, nameZh: true } },
    },
  });
}

type CellRow = {
  id: string; accountId: string; buyingCentreId: string; offeringId: string; status: WhitespaceStatusCode;
  totalMarket: number | null; ourRevenue: number | null; competitor: string | null; note: string | null;
};

type AmountRow = { buyingCentreId: string; productCategory: string; amount: Prisma.Decimal };
const toAmounts = (rows: readonly AmountRow[]) =>
  rows.map((row) => ({ buyingCentreId: row.buyingCentreId, productCategory: row.productCategory, amount: Number(row.amount) }));

/** Order amounts of the window per buying centre and category, for the given accounts, summed in SQL. */
export async function windowRevenue(db: ReadDb, accountIds: readonly string[], now: Date) {
  if (accountIds.length === 0) return [];
  const { from, to } = revenueWindow(now);
  const rows = await db.$queryRaw<AmountRow[]>`
    SELECT o."buyingCentreId", o."productCategory", SUM(o.amount) AS amount
    FROM "Order" o
    WHERE o."accountId" = ANY(${accountIds}::text[]) AND o."buyingCentreId" IS NOT NULL
      AND o."orderDate" >= ${from}::date AND o."orderDate" <= ${to}::date
    GROUP BY o."buyingCentreId", o."productCategory"`;
  return toAmounts(rows);
}

/** Cells of the accounts with their figures (our revenue from the orders or as entered, share, whitespace). */
async function cellsWithFigures(db: ReadDb, accountIds: readonly string[], now: Date, offerings: Awaited<ReturnType<typeof catalogueOfferings>>) {
  if (accountIds.length === 0) return [];
  const [cells, revenue] = await Promise.all([
    // Raw, with amounts as float8 (the same value as Number() of the decimal): a portfolio has thousands of cells.
    db.$queryRaw<CellRow[]>`
      SELECT c.id, c."accountId", c."buyingCentreId", c."offeringId", c.status::text AS status,
        c."totalMarket"::float8 AS "totalMarket", c."ourRevenue"::float8 AS "ourRevenue", c.competitor, c.note
      FROM "WhitespaceCell" c WHERE c."accountId" = ANY(${accountIds}::text[])`,
    windowRevenue(db, accountIds, now),
  ]);
  const fromOrders = sumByCell(revenue, categoryIndex(offerings));
  return cells.map((cell) => {
    const input = { status: cell.status, totalMarket: cell.totalMarket, ourRevenue: cell.ourRevenue };
    return { ...cell, ...input, figures: cellFigures(input, fromOrders.get(cellKey(cell.buyingCentreId, cell.offeringId))) };
  });
}

type Offerings = Awaited<ReturnType<typeof catalogueOfferings>>;

/** The open statuses as the enum, for `c.status IN (…)`. */
const OPEN_STATUS_SQL = Prisma.join(OPEN_STATUSES.map((status) => Prisma.sql`${status}::"WhitespaceStatus"`));

/** What the portfolio totals use of an open cell: its account, offering, status, amounts and figures. */
type OpenCell = Parameters<typeof whitespaceByOffering>[0][number];

/**
 * Cell columns as comma-separated text, one row for all cells (ids, status names and decimals hold no comma; an empty
 * ourRevenue is null): a portfolio has thousands of cells, and a row object per cell, or even an array literal per
 * column, costs far more to decode than the query itself; a string splits natively.
 */
type OpenCellColumns = {
  accountId: string | null; buyingCentreId: string; offeringId: string; status: string; totalMarket: string; ourRevenue: string;
};

/** The open cells with a total market, summing the window's orders now (a day the full refresh has not covered). */
async function liveOpenCells(db: ReadDb, accountIds: readonly string[], now: Date, offerings: Offerings): Promise<OpenCell[]> {
  const [[columns], revenue] = await Promise.all([
    db.$queryRaw<OpenCellColumns[]>`
      SELECT string_agg(c."accountId", ',') AS "accountId", string_agg(c."buyingCentreId", ',') AS "buyingCentreId",
        string_agg(c."offeringId", ',') AS "offeringId", string_agg(c.status::text, ',') AS status,
        string_agg(c."totalMarket"::text, ',') AS "totalMarket", string_agg(COALESCE(c."ourRevenue"::text, ''), ',') AS "ourRevenue"
      FROM unnest(${accountIds}::text[]) AS k(id) JOIN "WhitespaceCell" c ON c."accountId" = k.id
      WHERE c."totalMarket" IS NOT NULL AND c.status IN (${OPEN_STATUS_SQL})`,
    windowRevenue(db, accountIds, now),
  ]);
  if (columns.accountId === null) return [];
  const fromOrders = sumByCell(revenue, categoryIndex(offerings));
  const [buyingCentreIds, offeringIds, statuses, totalMarkets, ourRevenues] = [
    columns.buyingCentreId, columns.offeringId, columns.status, columns.totalMarket, columns.ourRevenue,
  ].map((column) => column.split(","));
  // numeric → text → Number() is the same double as numeric → float8.
  return columns.accountId.split(",").map((accountId, i) => {
    const input = {
      status: statuses[i] as WhitespaceStatusCode,
      totalMarket: Number(totalMarkets[i]),
      ourRevenue: ourRevenues[i] === "" ? null : Number(ourRevenues[i]),
    };
    return { accountId, offeringId: offeringIds[i], ...input, figures: cellFigures(input, fromOrders.get(cellKey(buyingCentreIds[i], offeringIds[i]))) };
  });
}

/** The stored cells' columns: account and offering as 1-based positions in the arrays sent, status as one of OPEN_STATUSES. */
type StoredCellColumns = { account: string | null; offering: string; status: string; totalMarket: string; ourRevenue: string; orderRevenue: string };

/**
 * The same cells with the window's order revenue the metrics refresh stored per buying centre and category
 * (CentreWindow), matched to each cell in Postgres through the engine's category → offering index. Accounts,
 * offerings and statuses travel as positions: at 21,000 accounts 6,240 cells come as 0.2 instead of 0.65 MB of text,
 * and the 15,000 per-centre amounts do not come at all.
 */
async function storedOpenCells(db: ReadDb, accountIds: readonly string[], offerings: Offerings): Promise<OpenCell[]> {
  const index = [...categoryIndex(offerings)];
  const offeringIds = offerings.map((offering) => offering.id);
  // The account ids are sent once (the array's text is parsed per parameter: 4 ms for two copies at 640 accounts).
  const [columns] = await db.$queryRaw<StoredCellColumns[]>`
    WITH k AS MATERIALIZED (SELECT id, n FROM unnest(${accountIds}::text[]) WITH ORDINALITY AS k(id, n)),
    category(name, "offeringId") AS (SELECT * FROM unnest(${index.map(([category]) => category)}::text[], ${index.map(([, id]) => id)}::text[])),
    revenue AS (
      SELECT w."buyingCentreId", category."offeringId", SUM(w.revenue) AS amount
      FROM "CentreWindow" w JOIN category ON category.name = w."productCategory"
      WHERE w."accountId" IN (SELECT id FROM k)
      GROUP BY 1, 2)
    SELECT string_agg(k.n::text, ',') AS account, string_agg(o.n::text, ',') AS offering,
      string_agg(array_position(${[...OPEN_STATUSES]}::text[], c.status::text)::text, ',') AS status,
      string_agg(c."totalMarket"::text, ',') AS "totalMarket", string_agg(COALESCE(c."ourRevenue"::text, ''), ',') AS "ourRevenue",
      string_agg(COALESCE(r.amount::text, ''), ',') AS "orderRevenue"
    FROM k
    JOIN "WhitespaceCell" c ON c."accountId" = k.id
    JOIN unnest(${offeringIds}::text[]) WITH ORDINALITY AS o(id, n) ON o.id = c."offeringId"
    LEFT JOIN revenue r ON r."buyingCentreId" = c."buyingCentreId" AND r."offeringId" = c."offeringId"
    WHERE c."totalMarket" IS NOT NULL AND c.status IN (${OPEN_STATUS_SQL})`;
  if (columns.account === null) return [];
  const [offeringAt, statusAt, totalMarkets, ourRevenues, orderRevenues] = [
    columns.offering, columns.status, columns.totalMarket, columns.ourRevenue, columns.orderRevenue,
  ].map((column) => column.split(","));
  return columns.account.split(",").map((position, i) => {
    const input = {
      status: OPEN_STATUSES[Number(statusAt[i]) - 1],
      totalMarket: Number(totalMarkets[i]),
      ourRevenue: ourRevenues[i] === "" ? null : Number(ourRevenues[i]),
    };
    const orderRevenue = orderRevenues[i] === "" ? undefined : Number(orderRevenues[i]);
    return { accountId: accountIds[Number(position) - 1], offeringId: offeringIds[Number(offeringAt[i]) - 1], ...input, figures: cellFigures(input, orderRevenue) };
  });
}

/**
 * What the portfolio totals read of the cells: the accounts with any cell, counted with one index probe each rather
 * than a distinct count, which would sort every cell; and the open cells with a total market (the others add nothing
 * to any total) with their figures, from the stored windows or the orders (`source`).
 */
async function openCellsWithFigures(db: ReadDb, accountIds: readonly string[], now: Date, offerings: Offerings, source: FiguresSource) {
  if (accountIds.length === 0) return { mapped: 0, cells: [] };
  const stored = source === "auto" ? storedFiguresFit(db, now) : Promise.resolve(source === "stored");
  const [[{ mapped }], cells] = await Promise.all([
    db.$queryRaw<{ mapped: number }[]>`
      SELECT count(*)::int AS mapped FROM unnest(${accountIds}::text[]) AS k(id)
      WHERE EXISTS (SELECT 1 FROM "WhitespaceCell" c WHERE c."accountId" = k.id)`,
    stored.then((fit) => (fit ? storedOpenCells(db, accountIds, offerings) : liveOpenCells(db, accountIds, now, offerings))),
  ]);
  return { mapped, cells };
}

export type MapCell = {
  id: string; buyingCentreId: string; offeringId: string; status: WhitespaceStatusCode;
  totalMarket: number | null; enteredRevenue: number | null; competitor: string | null; note: string | null; figures: CellFigures;
};
export type MapOffering = { id: string; nameEn: string; nameZh: string; lineId: string; lineEn: string; lineZh: string; revenueFromOrders: boolean };

/**
 * The account's whitespace map: its buying centres (rows), the active offerings (columns, in catalogue order,
 * grouped by product line) and the cells with their figures. Cells of inactive offerings are left out of the
 * grid; `revenueFromOrders` tells the editor which cells' revenue the orders may supply.
 */
export async function loadWhitespaceMap(db: ReadDb, accountId: string, now: Date) {
  const [offerings, centres] = await Promise.all([
    catalogueOfferings(db),
    db.buyingCentre.findMany({ where: { accountId }, orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true, note: true, _count: { select: { cells: true, orders: true } } } }),
  ]);
  const cells = await cellsWithFigures(db, [accountId], now, offerings);
  const active = offerings.filter((o) => o.active);
  const activeIds = new Set(active.map((o) => o.id));
  const index = categoryIndex(offerings);
  const mapped = new Set(index.values());
  return {
    centres: centres.map((c) => ({ id: c.id, name: c.name, note: c.note, cells: c._count.cells, orders: c._count.orders })),
    offerings: active.map((o): MapOffering => ({
      id: o.id, nameEn: o.nameEn, nameZh: o.nameZh, lineId: o.productLine.id, lineEn: o.productLine.nameEn, lineZh: o.productLine.nameZh, revenueFromOrders: mapped.has(o.id),
    })),
    cells: cells
      .filter((c) => activeIds.has(c.offeringId))
      .map((c): MapCell => ({
        id: c.id, buyingCentreId: c.buyingCentreId, offeringId: c.offeringId, status: c.status, totalMarket: c.totalMarket,
        enteredRevenue: c.ourRevenue, competitor: c.competitor, note: c.note, figures: c.figures,
      })),
  };
}
export type WhitespaceMap = Awaited<ReturnType<typeof loadWhitespaceMap>>;

/**
 * The account's share of wallet for plan objectives (metric SHARE_OF_WALLET): over its cells with a total
 * market, except NOT_RELEVANT ones, our revenue of the last 12 months (from the orders where they tell, else as
 * entered) ÷ the summed total market; `share` null when there is no positive total market. Cells of inactive
 * offerings count too: the market is the account's, whatever the catalogue shows.
 */
export async function accountShareOfWallet(db: ReadDb, accountId: string, now: Date): Promise<ShareOfWallet> {
  const cells = await cellsWithFigures(db, [accountId], now, await catalogueOfferings(db));
  return shareOfWallet(cells);
}

/** Key accounts in the viewer's scope (not archived): a manager's own, a director's portfolio or sales teams. */
export async function scopedKeyAccountIds(db: ReadDb, user: Pick<SessionUser, "id" | "role" | "directorScope">): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT a.id FROM "Account" a WHERE NOT a.archived AND a."isKeyAccount" AND ${editableAccountSql(user, "a")} ORDER BY a.id`;
  return rows.map((row) => row.id);
}

export type PortfolioOfferingTotal = OfferingTotal & { nameEn: string; nameZh: string; lineEn: string; lineZh: string; active: boolean };

/**
 * The portfolio's whitespace by offering over the key accounts in the viewer's scope (see lib/whitespace for the
 * exact definition), largest first, with the summed totals and the number of accounts covered. `scoped`: the
 * viewer's key accounts when the caller already has them (`scopedKeyAccountIds`).
 */
export async function portfolioWhitespace(
  db: ReadDb,
  user: Pick<SessionUser, "id" | "role" | "directorScope">,
  now: Date,
  scoped?: readonly string[],
  source: FiguresSource = "auto",
) {
  const [accountIds, offerings] = await Promise.all([scoped ? [...scoped] : scopedKeyAccountIds(db, user), catalogueOfferings(db)]);
  const { mapped, cells } = await openCellsWithFigures(db, accountIds, now, offerings, source);
  const byId = new Map(offerings.map((o) => [o.id, o]));
  const rows: PortfolioOfferingTotal[] = whitespaceByOffering(cells).map((total) => {
    const o = byId.get(total.offeringId)!;
    return { ...total, nameEn: o.nameEn, nameZh: o.nameZh, lineEn: o.productLine.nameEn, lineZh: o.productLine.nameZh, active: o.active };
  });
  const sum = (pick: (row: PortfolioOfferingTotal) => number) => rows.reduce((s, row) => s + pick(row), 0);
  return {
    accountIds,
    accounts: accountIds.length,
    mappedAccounts: mapped,
    rows,
    totals: { whitespace: sum((r) => r.whitespace), totalMarket: sum((r) => r.totalMarket), ourRevenue: sum((r) => r.ourRevenue), openCells: sum((r) => r.openCells) },
  };
}
