import { assertFinite } from "../domain";
import { utcDay } from "../dates";

/** One order line as the RFM engine needs it; `margin` is only read with `useMargin`. */
export type RfmOrder = { accountId: string; date: Date; amount: number; margin?: number };

/** Per-account RFM measures. */
export type RfmAggregate = { accountId: string; recencyDays: number; frequency: number; monetary: number };

export type AggregateOptions = {
  /** The analysis date; only its UTC calendar day matters. */
  asOf: Date;
  /** Sum `margin` instead of `amount` (B2B); a missing margin counts as 0, like SQL `COALESCE(SUM(margin), 0)`. */
  useMargin?: boolean;
};

/** A number as a database driver may return it: bigint for counts, string or Decimal for sums. */
export type SqlNumber = number | bigint | string | { toNumber(): number };

/** One row of the database path's `GROUP BY account` query (max(date), count(*), sum(amount or margin)). */
export type AggregateRow = { accountId: string; lastOrderDate: Date; frequency: SqlNumber; monetary: SqlNumber };

function finite(value: number, what: string): number {
  assertFinite(value, what);
  return value;
}

function toNumber(value: SqlNumber, what: string): number {
  return finite(typeof value === "object" ? value.toNumber() : Number(value), what);
}

/** Plain code-unit order, so the output order does not depend on the locale. */
function byAccountId(a: { accountId: string }, b: { accountId: string }): number {
  return a.accountId < b.accountId ? -1 : a.accountId > b.accountId ? 1 : 0;
}

/**
 * Whole calendar days (UTC) from the day of `lastDate` to the day of `asOf`: the time of day is ignored, so an
 * order at 23:59 UTC is one day old at 00:00 the next day. An order on or after the `asOf` day is 0 days old.
 * Both the in-memory and the database path use this definition.
 */
export function recencyDaysBetween(lastDate: Date, asOf: Date): number {
  return Math.max(0, utcDay(asOf, "asOf") - utcDay(lastDate, "last order date"));
}

/**
 * Per-account recency (days since the latest order, see `recencyDaysBetween`), frequency (number of orders) and
 * monetary value (sum of `amount`, or of `margin` with `useMargin`). The caller selects the orders of the window.
 * Sorted by `accountId` (code-unit order). O(n) plus the sort of the accounts.
 */
export function aggregateOrders(orders: readonly RfmOrder[], options: AggregateOptions): RfmAggregate[] {
  utcDay(options.asOf, "asOf");
  const byAccount = new Map<string, { last: Date; frequency: number; monetary: number }>();
  for (const order of orders) {
    utcDay(order.date, `date of an order of account ${order.accountId}`);
    const value = options.useMargin ? (order.margin ?? 0) : order.amount;
    finite(value, `${options.useMargin ? "margin" : "amount"} of an order of account ${order.accountId}`);
    const current = byAccount.get(order.accountId);
    if (current) {
      if (order.date.getTime() > current.last.getTime()) current.last = order.date;
      current.frequency += 1;
      current.monetary += value;
    } else {
      byAccount.set(order.accountId, { last: order.date, frequency: 1, monetary: value });
    }
  }
  return [...byAccount]
    .map(([accountId, a]) => ({
      accountId,
      recencyDays: recencyDaysBetween(a.last, options.asOf),
      frequency: a.frequency,
      monetary: a.monetary,
    }))
    .sort(byAccountId);
}

/**
 * Aggregates from the database path's GROUP BY rows, with the same recency definition as `aggregateOrders`.
 * Counts and sums may be bigint, numeric strings or Decimals. Sorted by `accountId` like `aggregateOrders`.
 */
export function aggregatesFromRows(rows: readonly AggregateRow[], asOf: Date): RfmAggregate[] {
  return rows
    .map((row) => ({
      accountId: row.accountId,
      recencyDays: recencyDaysBetween(row.lastOrderDate, asOf),
      frequency: toNumber(row.frequency, `frequency of account ${row.accountId}`),
      monetary: toNumber(row.monetary, `monetary of account ${row.accountId}`),
    }))
    .sort(byAccountId);
}
