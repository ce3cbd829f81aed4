// No "server-only": the job worker reads order days (metrics, alerts, lifetime values).
import { utcDayString } from "@/lib/dates";
import type { Db, Tx } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";

/** An account's distinct order days (days since 1970-01-01, ascending) and the summed value of each day. */
export type OrderDays = { accountId: string; days: number[]; values: number[] };

export type OrderDaysQuery = {
  accountIds: readonly string[];
  /** The last day counted (orders dated later had not happened yet). */
  upTo: Date;
  /** The first day counted; none: the whole history. */
  from?: Date;
  /** What a day is worth: its orders' amounts (revenue) or margins. */
  value?: "amount" | "margin";
};

/**
 * The order days of a batch of accounts, one row of arrays per account in code-unit order of the id: what the
 * churn engine, the revenue alerts and the lifetime-value fit read. Through the (account, date) index, so no sort of
 * the whole order table; a row of arrays per account costs far less to decode than a row per account and day.
 */
export function readOrderDays(db: Db | Tx, { accountIds, upTo, from, value = "amount" }: OrderDaysQuery): Promise<OrderDays[]> {
  const sum = value === "margin" ? Prisma.sql`sum(margin)` : Prisma.sql`sum(amount)`;
  const since = from ? Prisma.sql`AND "orderDate" >= ${utcDayString(from)}::date` : Prisma.empty;
  return db.$queryRaw<OrderDays[]>`
    SELECT "accountId", array_agg(day ORDER BY day) AS days, array_agg(value ORDER BY day) AS "values"
    FROM (
      SELECT "accountId", "orderDate" - DATE '1970-01-01' AS day, ${sum}::float8 AS value FROM "Order"
      WHERE "accountId" = ANY(${[...accountIds]}::text[]) AND "orderDate" <= ${utcDayString(upTo)}::date ${since}
      GROUP BY 1, 2
    ) per_day
    GROUP BY "accountId"
    ORDER BY "accountId" COLLATE "C"`;
}
