// No "server-only" here: CLI scripts (bench, seed) call these functions too.
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db, Tx } from "@/lib/db/prisma";
import {
  classifyAbc,
  DEFAULT_ABC_THRESHOLDS,
  scoreRfm,
  type AbcResult,
  type AbcThresholds,
  type RfmAggregate,
  type RfmResult,
} from "@/lib/rfm";
import { utcDayString } from "@/lib/dates";

/** Which orders and accounts an analysis covers. Archived accounts are always left out. */
export type OrderWindow = {
  /** The analysis date: recency is counted to its UTC calendar day. */
  asOf: Date;
  /** First order day included (UTC day, inclusive); default: no lower bound. */
  from?: Date;
  /** Last order day included (UTC day, inclusive); default: the day of `asOf`. */
  to?: Date;
  /** Only these accounts. */
  accountIds?: readonly string[];
  /** Only accounts owned by these users (a manager's portfolio). */
  ownerIds?: readonly string[];
};

export type AbcValue = "revenue" | "margin";

export type RfmDbOptions = OrderWindow & { useMargin?: boolean };
export type AbcDbOptions = OrderWindow & { value: AbcValue; thresholds?: AbcThresholds };
export type RfmAbcDbOptions = OrderWindow & { useMargin?: boolean; abcValue: AbcValue; thresholds?: AbcThresholds };

type Row = { accountId: string; recencyDays: number; frequency: number; revenue?: unknown; margin?: unknown };

/**
 * The one GROUP BY query of the database path: per account the recency (asOf's day minus the last order day,
 * floored at 0 — the definition of `recencyDaysBetween`), the number of orders and the requested sums.
 * Sums stay numeric in SQL (exact) and become numbers only at the end, like `Number()` of the exact value.
 */
async function aggregateInDb(db: Db | Tx, window: OrderWindow, sums: { revenue: boolean; margin: boolean }) {
  const asOf = utcDayString(window.asOf);
  const conditions = [Prisma.sql`o."orderDate" <= ${utcDayString(window.to ?? window.asOf)}::date`];
  if (window.from) conditions.push(Prisma.sql`o."orderDate" >= ${utcDayString(window.from)}::date`);
  if (window.accountIds) conditions.push(Prisma.sql`o."accountId" = ANY(${[...window.accountIds]}::text[])`);
  // Owner filter before aggregating (a manager's few accounts); otherwise only an anti-join on the archived few.
  conditions.push(
    window.ownerIds
      ? Prisma.sql`o."accountId" IN (SELECT id FROM "Account" WHERE NOT archived AND "ownerId" = ANY(${[...window.ownerIds]}::text[]))`
      : Prisma.sql`NOT EXISTS (SELECT 1 FROM "Account" a WHERE a.id = o."accountId" AND a.archived)`,
  );
  const columns = [
    Prisma.sql`o."accountId" AS "accountId"`,
    Prisma.sql`GREATEST(0, ${asOf}::date - max(o."orderDate")) AS "recencyDays"`,
    Prisma.sql`count(*)::int AS frequency`,
  ];
  if (sums.revenue) columns.push(Prisma.sql`sum(o.amount) AS revenue`);
  if (sums.margin) columns.push(Prisma.sql`sum(o.margin) AS margin`);
  // COLLATE "C": code-unit order, the order of the in-memory engine's output.
  return db.$queryRaw<Row[]>`
    SELECT ${Prisma.join(columns)}
    FROM "Order" o
    WHERE ${Prisma.join(conditions, " AND ")}
    GROUP BY o."accountId"
    ORDER BY o."accountId" COLLATE "C"`;
}

function rfmAggregates(rows: readonly Row[], useMargin: boolean | undefined): RfmAggregate[] {
  return rows.map((row) => ({
    accountId: row.accountId,
    recencyDays: row.recencyDays,
    frequency: row.frequency,
    monetary: Number(useMargin ? row.margin : row.revenue),
  }));
}

function abcOf(rows: readonly Row[], value: AbcValue, thresholds: AbcThresholds = DEFAULT_ABC_THRESHOLDS) {
  return classifyAbc(
    rows.map((row) => ({ id: row.accountId, value: Number(value === "margin" ? row.margin : row.revenue) })),
    thresholds,
  );
}

/** RFM of the accounts with orders in the window, aggregated in Postgres and scored by `scoreRfm`; sorted by id. */
export async function computeRfmFromDb(db: Db | Tx, options: RfmDbOptions): Promise<RfmResult[]> {
  const rows = await aggregateInDb(db, options, { revenue: !options.useMargin, margin: !!options.useMargin });
  return scoreRfm(rfmAggregates(rows, options.useMargin));
}

/** ABC classes of the accounts with orders in the window by their revenue or margin sum. */
export async function computeAbcFromDb(db: Db | Tx, options: AbcDbOptions): Promise<AbcResult> {
  const rows = await aggregateInDb(db, options, { revenue: options.value === "revenue", margin: options.value === "margin" });
  return abcOf(rows, options.value, options.thresholds);
}

/** RFM and ABC from a single aggregation query: what a dashboard showing both should call. */
export async function computeRfmAbcFromDb(
  db: Db | Tx,
  options: RfmAbcDbOptions,
): Promise<{ rfm: RfmResult[]; abc: AbcResult }> {
  const rows = await aggregateInDb(db, options, {
    revenue: !options.useMargin || options.abcValue === "revenue",
    margin: !!options.useMargin || options.abcValue === "margin",
  });
  return { rfm: scoreRfm(rfmAggregates(rows, options.useMargin)), abc: abcOf(rows, options.abcValue, options.thresholds) };
}
