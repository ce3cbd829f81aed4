import "server-only";
import { perQuery } from "./per-query";
import { computeRfmAbcFromDb } from "@/lib/metrics";
import { getDb } from "@/lib/db/prisma";
import type { RfmSegment } from "@/lib/rfm";
import type { Stage } from "@/lib/stages";
import { periodDays, scopeSql, type DashboardQuery } from "./query";

export type StageCounts = { stage: Stage; count: number; keyCount: number; atRisk: number };

/** The accounts in scope counted per stage (all, key accounts, HIGH churn risk): one aggregate, no rows. */
export const scopedCounts = perQuery(async (query: DashboardQuery): Promise<StageCounts[]> => {
  return getDb().$queryRaw<StageCounts[]>`
    SELECT a.stage::text AS stage, count(*)::int AS count, (count(*) FILTER (WHERE a."isKeyAccount"))::int AS "keyCount",
      -- A hashed set of the few HIGH-risk accounts, not a join of every account with its metrics.
      (count(*) FILTER (WHERE a.id IN (SELECT m."accountId" FROM "AccountMetrics" m WHERE m."riskLevel" = 'HIGH')))::int AS "atRisk"
    FROM "Account" a
    WHERE ${scopeSql(query)}
    GROUP BY a.stage`;
});

export type WindowFigures = {
  revenue: number;
  margin: number;
  recencyDays: number;
  frequency: number;
  /**
   * RFM over the window, scored across the whole portfolio, so an account's segment does not depend on who looks
   * or which filter is set. Null only for an account that entered the window after the last full refresh (its own
   * figures are refreshed at once, the portfolio ranks nightly).
   */
  r: number | null;
  f: number | null;
  m: number | null;
  segment: RfmSegment | null;
};

export type ScopedWindowRow = WindowFigures & { id: string; isKeyAccount: boolean };

/** The days of the last full metrics and health refreshes (one row), read once per page. */
const lastRefresh = perQuery(() => getDb().metricsRefresh.findUnique({ where: { id: 1 }, select: { asOf: true, healthAsOf: true } }));

/** True when the stored windows (AccountWindow) are of the query's day: the last full refresh ran for it. */
export const storedWindowsFit = async (query: DashboardQuery) => (await lastRefresh(query))?.asOf?.getTime() === query.asOf.getTime();

/** True when the full health refresh ran for the query's day: every account's snapshot of the day exists. */
export const storedMoversFit = async (query: DashboardQuery) => (await lastRefresh(query))?.healthAsOf?.getTime() === query.asOf.getTime();

type StoredColumns = {
  id: string[] | null;
  key: boolean[];
  revenue: number[];
  margin: number[];
  recency: number[];
  frequency: number[];
  r: (number | null)[];
  f: (number | null)[];
  m: (number | null)[];
  segment: (RfmSegment | null)[];
};

/**
 * The stored figures of the accounts in scope: one indexed read of one row per account, whatever the order count,
 * sent as one row of arrays (far cheaper to decode than a row object per account). numeric → float8 rounds like
 * Number() of the exact text.
 */
export async function storedScopedWindow(query: DashboardQuery): Promise<ScopedWindowRow[]> {
  const [c] = await getDb().$queryRaw<StoredColumns[]>`
    SELECT array_agg(a.id) AS id, array_agg(a."isKeyAccount") AS key, array_agg(w.revenue::float8) AS revenue,
      array_agg(w.margin::float8) AS margin, array_agg(w."recencyDays") AS recency, array_agg(w.orders) AS frequency,
      array_agg(w.r) AS r, array_agg(w.f) AS f, array_agg(w.m) AS m, array_agg(w.segment) AS segment
    FROM "AccountWindow" w JOIN "Account" a ON a.id = w."accountId"
    WHERE w.days = ${periodDays(query.filters.period)} AND ${scopeSql(query)}`;
  return (c.id ?? []).map((id, i) => ({
    id,
    isKeyAccount: c.key[i],
    revenue: c.revenue[i],
    margin: c.margin[i],
    recencyDays: c.recency[i],
    frequency: c.frequency[i],
    r: c.r[i],
    f: c.f[i],
    m: c.m[i],
    segment: c.segment[i],
  }));
}

/**
 * The same figures aggregated from the orders now (computeRfmAbcFromDb): for a day no full refresh has covered
 * yet. The ABC part is asked for by margin so that the same query also returns each account's margin.
 */
export const liveScopedWindow = perQuery(async (query: DashboardQuery): Promise<ScopedWindowRow[]> => {
  const db = getDb();
  const [accounts, { rfm, abc }] = await Promise.all([
    db.$queryRaw<{ id: string; isKeyAccount: boolean }[]>`SELECT a.id, a."isKeyAccount" FROM "Account" a WHERE ${scopeSql(query)}`,
    computeRfmAbcFromDb(db, { asOf: query.asOf, from: query.from, abcValue: "margin" }),
  ]);
  const margins = new Map(abc.items.map((item) => [item.id, item.value]));
  const figures = new Map(rfm.map((row) => [row.accountId, row]));
  const rows: ScopedWindowRow[] = [];
  for (const account of accounts) {
    const row = figures.get(account.id);
    if (!row) continue;
    rows.push({
      id: account.id,
      isKeyAccount: account.isKeyAccount,
      revenue: row.monetary,
      margin: margins.get(account.id) ?? 0,
      recencyDays: row.recencyDays,
      frequency: row.frequency,
      r: row.r,
      f: row.f,
      m: row.m,
      segment: row.segment,
    });
  }
  return rows;
});

/**
 * Per-account figures of the order window (revenue, margin, RFM) for the accounts in scope that ordered in it:
 * stored by the metrics refresh when it ran for the query's day, otherwise aggregated from the orders. Panels use
 * their sums (window-summary.ts); the rows themselves are for lists and for checking the sums.
 */
export const scopedWindow = perQuery(async (query: DashboardQuery): Promise<ScopedWindowRow[]> => {
  return (await storedWindowsFit(query)) ? storedScopedWindow(query) : liveScopedWindow(query);
});
