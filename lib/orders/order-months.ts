import "server-only";
import { splitIntoMonths, utcDayString, type DayRange } from "@/lib/dates";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * Order sums of a set of accounts read from the stored month sums (OrderMonth), with the orders themselves only for
 * the days outside whole months: a year's figures of a portfolio read a few rows per account, not every order.
 */

const day = (date: Date) => utcDayString(date);

/** The amounts of the accounts' orders dated within `range` whose buying centre is known, per buying centre and category. */
export async function amountsByBuyingCentre(
  db: ReadDb,
  accountIds: readonly string[],
  range: DayRange,
): Promise<{ buyingCentreId: string; productCategory: string; amount: number }[]> {
  if (accountIds.length === 0) return [];
  const ids = [...accountIds];
  const { months, days } = splitIntoMonths(range);
  const parts: Prisma.Sql[] = [];
  if (months) {
    parts.push(Prisma.sql`
      SELECT m."buyingCentreId", m."productCategory", m.amount FROM "OrderMonth" m
      WHERE m."accountId" = ANY(${ids}::text[]) AND m."buyingCentreId" IS NOT NULL
        AND m.month >= ${day(months.from)}::date AND m.month < ${day(months.until)}::date`);
  }
  for (const run of days) {
    parts.push(Prisma.sql`
      SELECT o."buyingCentreId", o."productCategory", o.amount FROM "Order" o
      WHERE o."accountId" = ANY(${ids}::text[]) AND o."buyingCentreId" IS NOT NULL
        AND o."orderDate" >= ${day(run.from)}::date AND o."orderDate" <= ${day(run.to)}::date`);
  }
  const rows = await db.$queryRaw<{ buyingCentreId: string; productCategory: string; amount: Prisma.Decimal }[]>`
    SELECT x."buyingCentreId", x."productCategory", SUM(x.amount) AS amount FROM (${Prisma.join(parts, " UNION ALL ")}) x
    GROUP BY x."buyingCentreId", x."productCategory"`;
  return rows.map((row) => ({ buyingCentreId: row.buyingCentreId, productCategory: row.productCategory, amount: Number(row.amount) }));
}

/** The amounts of the accounts' orders per calendar month (`YYYY-MM`), for the whole months from `from` until `until` (exclusive). */
export async function amountsByMonth(db: ReadDb, accountIds: readonly string[], { from, until }: { from: Date; until: Date }): Promise<Map<string, number>> {
  if (accountIds.length === 0) return new Map();
  const rows = await db.$queryRaw<{ month: string; amount: Prisma.Decimal }[]>`
    SELECT to_char(m.month, 'YYYY-MM') AS month, SUM(m.amount) AS amount FROM "OrderMonth" m
    WHERE m."accountId" = ANY(${[...accountIds]}::text[]) AND m.month >= ${day(from)}::date AND m.month < ${day(until)}::date
    GROUP BY m.month`;
  return new Map(rows.map((row) => [row.month, Number(row.amount)]));
}
