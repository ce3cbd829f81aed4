import "server-only";
import { getDb } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Quadrant } from "@/lib/matrix";
import type { RfmSegment } from "@/lib/rfm";
import { perQuery } from "./per-query";
import { accountInScopeSql, periodDays, scopeSql, type DashboardQuery } from "./query";
import { liveScopedWindow, storedWindowsFit, type ScopedWindowRow } from "./shared";

/**
 * Everything the panels need from the order window of the accounts in scope, as sums and counts: the revenue and
 * margin totals, the R × F cells and segments, and each account's revenue for the Pareto curve.
 * From stored windows it is a handful of aggregates in Postgres, so the page does not grow with the portfolio.
 */
export type WindowSummary = {
  revenue: number;
  margin: number;
  keyRevenue: number;
  keyMargin: number;
  /** Revenue per account with orders in the window, in no particular order (the Pareto curve sorts them). */
  revenues: number[];
  /** Accounts with RFM ranks, per (r, f). */
  cells: { r: number; f: number; count: number; revenue: number }[];
  segments: { segment: RfmSegment; count: number; revenue: number }[];
};

/** Exact sums of 2-decimal amounts (in cents), so Node's totals equal Postgres' numeric sums to the last digit. */
const cents = (value: number) => Math.round(value * 100);

/** The summary of per-account rows: what the stored aggregates compute, for a day without stored windows. */
export function summarizeWindow(rows: readonly ScopedWindowRow[]): WindowSummary {
  const totals = { revenue: 0, margin: 0, keyRevenue: 0, keyMargin: 0 };
  const cells = new Map<string, { r: number; f: number; count: number; revenue: number }>();
  const segments = new Map<RfmSegment, { segment: RfmSegment; count: number; revenue: number }>();
  for (const row of rows) {
    totals.revenue += cents(row.revenue);
    totals.margin += cents(row.margin);
    if (row.isKeyAccount) {
      totals.keyRevenue += cents(row.revenue);
      totals.keyMargin += cents(row.margin);
    }
    if (row.r === null || row.f === null || row.segment === null) continue;
    const cell = cells.get(`${row.r}:${row.f}`) ?? { r: row.r, f: row.f, count: 0, revenue: 0 };
    cell.count += 1;
    cell.revenue += cents(row.revenue);
    cells.set(`${row.r}:${row.f}`, cell);
    const segment = segments.get(row.segment) ?? { segment: row.segment, count: 0, revenue: 0 };
    segment.count += 1;
    segment.revenue += cents(row.revenue);
    segments.set(row.segment, segment);
  }
  const fromCents = <T extends { revenue: number }>(item: T) => ({ ...item, revenue: item.revenue / 100 });
  return {
    revenue: totals.revenue / 100,
    margin: totals.margin / 100,
    keyRevenue: totals.keyRevenue / 100,
    keyMargin: totals.keyMargin / 100,
    revenues: rows.map((row) => row.revenue),
    cells: [...cells.values()].map(fromCents),
    segments: [...segments.values()].map(fromCents),
  };
}

type Group = {
  r: number | null;
  f: number | null;
  segment: RfmSegment | null;
  count: number;
  revenue: number;
  margin: number;
  /** The group's revenues, comma-separated: one string splits far faster than an array literal parses. */
  revenues: string;
};

/**
 * The same summary from the stored windows, aggregated in Postgres: a row per (r, f, segment) — a segment follows
 * from (r, f) alone — whose sums add up to the totals, the cells and the segments, and the key accounts' totals
 * apart (a join with the few key accounts, so the groups need no join with every account).
 */
export async function storedWindowSummary(query: DashboardQuery): Promise<WindowSummary> {
  const db = getDb();
  const days = periodDays(query.filters.period);
  const [groups, [key]] = await Promise.all([
    db.$queryRaw<Group[]>`
      SELECT w.r, w.f, w.segment, count(*)::int AS count,
        sum(w.revenue)::float8 AS revenue, sum(w.margin)::float8 AS margin, string_agg(w.revenue::text, ',') AS revenues
      FROM "AccountWindow" w
      WHERE w.days = ${days} AND ${accountInScopeSql(query, Prisma.sql`w."accountId"`)}
      GROUP BY w.r, w.f, w.segment`,
    db.$queryRaw<{ revenue: number; margin: number }[]>`
      SELECT COALESCE(sum(w.revenue), 0)::float8 AS revenue, COALESCE(sum(w.margin), 0)::float8 AS margin
      FROM "Account" a JOIN "AccountWindow" w ON w."accountId" = a.id AND w.days = ${days}
      WHERE a."isKeyAccount" AND ${scopeSql(query)}`,
  ]);
  const totals = { revenue: 0, margin: 0 };
  const revenues: number[] = [];
  const cells = new Map<string, WindowSummary["cells"][number]>();
  const segments = new Map<RfmSegment, WindowSummary["segments"][number]>();
  for (const group of groups) {
    totals.revenue += cents(group.revenue);
    totals.margin += cents(group.margin);
    // numeric → text → Number() is the same double as numeric → float8.
    for (const value of group.revenues.split(",")) revenues.push(Number(value));
    if (group.r === null || group.f === null || group.segment === null) continue;
    const cell = cells.get(`${group.r}:${group.f}`) ?? { r: group.r, f: group.f, count: 0, revenue: 0 };
    cell.count += group.count;
    cell.revenue = (cents(cell.revenue) + cents(group.revenue)) / 100;
    cells.set(`${group.r}:${group.f}`, cell);
    const segment = segments.get(group.segment) ?? { segment: group.segment, count: 0, revenue: 0 };
    segment.count += group.count;
    segment.revenue = (cents(segment.revenue) + cents(group.revenue)) / 100;
    segments.set(group.segment, segment);
  }
  return {
    revenue: totals.revenue / 100,
    margin: totals.margin / 100,
    keyRevenue: key.revenue,
    keyMargin: key.margin,
    revenues,
    cells: [...cells.values()],
    segments: [...segments.values()],
  };
}

/** The order window's summary: stored aggregates when the last full refresh ran for the query's day. */
export const windowSummary = perQuery(async (query: DashboardQuery): Promise<WindowSummary> => {
  return (await storedWindowsFit(query)) ? storedWindowSummary(query) : summarizeWindow(await liveScopedWindow(query));
});

/**
 * Window revenue per quadrant of the given assessed accounts (the matrix decides the quadrant): from the stored
 * window revenue each bubble carries when the last full refresh ran for the query's day, otherwise from the orders.
 * Summed in cents, so the totals equal Postgres' numeric sums.
 */
export async function quadrantRevenue(
  query: DashboardQuery,
  placed: readonly { id: string; quadrant: Quadrant; windowRevenue: number | null }[],
): Promise<Map<Quadrant, number>> {
  const revenueOf: (p: (typeof placed)[number]) => number = (await storedWindowsFit(query))
    ? (p) => p.windowRevenue ?? 0
    : await liveScopedWindow(query).then((rows) => {
        const byId = new Map(rows.map((row) => [row.id, row.revenue]));
        return (p) => byId.get(p.id) ?? 0;
      });
  const sums = new Map<Quadrant, number>();
  for (const p of placed) sums.set(p.quadrant, (sums.get(p.quadrant) ?? 0) + cents(revenueOf(p)));
  const result = new Map<Quadrant, number>();
  for (const [quadrant, sum] of sums) result.set(quadrant, sum / 100);
  return result;
}
