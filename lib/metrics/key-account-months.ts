// No "server-only": the metrics refresh runs in the job worker and the seed too.
import { utcDayString } from "@/lib/dates";
import type { Db, Tx } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { lastYearMonths } from "@/lib/pipeline";
import { onlyAccounts, storedDayIs } from "./refresh-day";

/**
 * Stores each key account's revenue in the 12 calendar months before asOf's month (AccountMetrics.lastYearMonths),
 * so the portfolio forecast reads 12 sums per account instead of a year of orders per request. Other accounts'
 * months are emptied: the forecast sums the orders of an account without stored months. Only key accounts, because
 * only they are forecast: their year of orders is a small part of all orders, so the full refresh pays little.
 *
 * One statement; a row whose months did not change is not rewritten. With `accountIds` (the per-account refresh
 * after a change to those accounts), only theirs, and only when the stored figures are of the same day, like the
 * other stored windows: months of two refresh days never mix.
 */
export function writeKeyAccountMonths(db: Db | Tx, asOf: Date, accountIds?: readonly string[]) {
  const { starts, end } = lastYearMonths(asOf);
  const bounds = [...starts, end].map(utcDayString);
  const only = onlyAccounts(accountIds);
  const current = storedDayIs(asOf, accountIds);
  const sums = starts.map((_, i) =>
    Prisma.sql`COALESCE(sum(o.amount) FILTER (WHERE o."orderDate" >= ${bounds[i]}::date AND o."orderDate" < ${bounds[i + 1]}::date), 0)`,
  );
  return db.$executeRaw`
    WITH input AS (
      SELECT a.id AS "accountId", ARRAY[${Prisma.join(sums)}]::numeric(18,2)[] AS months
      FROM "Account" a
      LEFT JOIN "Order" o ON o."accountId" = a.id AND o."orderDate" >= ${bounds[0]}::date AND o."orderDate" < ${bounds[12]}::date
      WHERE a."isKeyAccount" AND NOT a.archived ${only(Prisma.sql`a.id`)}
      GROUP BY a.id
    ),
    cleared AS (
      UPDATE "AccountMetrics" m SET "lastYearMonths" = '{}'
      WHERE cardinality(m."lastYearMonths") > 0 ${only(Prisma.sql`m."accountId"`)} ${current}
        AND NOT EXISTS (SELECT 1 FROM input i WHERE i."accountId" = m."accountId")
    )
    UPDATE "AccountMetrics" m SET "lastYearMonths" = i.months FROM input i
    WHERE m."accountId" = i."accountId" AND m."lastYearMonths" IS DISTINCT FROM i.months ${current}`;
}
