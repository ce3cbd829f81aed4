import "server-only";
import { accountInScopeSql, scopeSql, type DashboardQuery } from "@/lib/dashboard/query";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Db } from "@/lib/db/prisma";
import { getDb } from "@/lib/db/prisma";

export type AccountLifetimeValue = {
  fit: { fittedAt: Date; asOf: Date; customers: number; basis: string; unit: string } | null;
  figures: {
    frequency: number;
    T: number;
    pAlive: number;
    previousPAlive: number | null;
    expectedPurchases12m: number;
    expectedAverageValue: number;
    clv12m: number;
    clv36m: number;
  } | null;
};

/** The latest fit (if any) and the account's figures from it (none when it had no orders at that fit). */
export async function getAccountLifetimeValue(db: Db, accountId: string): Promise<AccountLifetimeValue> {
  const [fit, row] = await Promise.all([
    db.clvFit.findFirst({ orderBy: { fittedAt: "desc" }, select: { fittedAt: true, asOf: true, customers: true, basis: true, unit: true } }),
    db.accountClv.findUnique({ where: { accountId } }),
  ]);
  return {
    fit,
    figures: row && {
      frequency: row.frequency,
      T: row.T,
      pAlive: row.pAlive,
      previousPAlive: row.previousPAlive,
      expectedPurchases12m: row.expectedPurchases12m,
      expectedAverageValue: row.expectedAverageValue.toNumber(),
      clv12m: row.clv12m.toNumber(),
      clv36m: row.clv36m.toNumber(),
    },
  };
}

/** "CLV at risk": P(alive) at or above this at the previous fit and below it now. */
export const AT_RISK_THRESHOLD = 0.5;
export const CLV_LIST_SIZE = 10;

export type ClvBucket = { from: number; to: number | null; count: number; total: number };
export type ClvAccountRow = { id: string; name: string; ownerName: string; clv12m: number; clv36m: number; pAlive: number; previousPAlive: number | null };
export type ClvDashboard = {
  fittedAt: Date | null;
  accounts: number;
  buckets: ClvBucket[];
  top: ClvAccountRow[];
  atRisk: { total: number; count: number; rows: ClvAccountRow[] };
};

/** Bucket edges of 12-month CLV in the money of the orders: decades, which suit the long tail of B2B value. */
const EDGES = [0, 1_000, 10_000, 100_000, 1_000_000];

/** The dashboard's CLV panels for the accounts in the dashboard's scope, from the latest fit. */
export async function getClvDashboard(query: DashboardQuery): Promise<ClvDashboard> {
  const db = getDb();
  const scope = scopeSql(query);
  const [fit, buckets, top, risk] = await Promise.all([
    db.clvFit.findFirst({ orderBy: { fittedAt: "desc" }, select: { fittedAt: true } }),
    db.$queryRaw<{ bucket: number; count: number; total: number }[]>`
      SELECT width_bucket(c.clv12m::float8, ${EDGES}::float8[]) AS bucket, count(*)::int AS count,
        COALESCE(sum(c.clv12m), 0)::float8 AS total
      FROM "AccountClv" c
      WHERE ${accountInScopeSql(query, Prisma.sql`c."accountId"`)}
      GROUP BY 1`,
    db.$queryRaw<ClvAccountRow[]>`
      SELECT a.id, a.name, u.name AS "ownerName", c.clv12m::float8 AS clv12m, c.clv36m::float8 AS clv36m,
        c."pAlive", c."previousPAlive"
      FROM "AccountClv" c JOIN "Account" a ON a.id = c."accountId" JOIN "User" u ON u.id = a."ownerId"
      WHERE ${scope}
      ORDER BY c.clv12m DESC, a.name, a.id
      LIMIT ${CLV_LIST_SIZE}`,
    db.$queryRaw<(ClvAccountRow & { totalAtRisk: number; countAtRisk: number })[]>`
      SELECT a.id, a.name, u.name AS "ownerName", c.clv12m::float8 AS clv12m, c.clv36m::float8 AS clv36m,
        c."pAlive", c."previousPAlive",
        sum(c.clv12m) OVER ()::float8 AS "totalAtRisk", (count(*) OVER ())::int AS "countAtRisk"
      FROM "AccountClv" c JOIN "Account" a ON a.id = c."accountId" JOIN "User" u ON u.id = a."ownerId"
      WHERE ${scope} AND c."previousPAlive" >= ${AT_RISK_THRESHOLD} AND c."pAlive" < ${AT_RISK_THRESHOLD}
      ORDER BY c.clv12m DESC, a.name, a.id
      LIMIT ${CLV_LIST_SIZE}`,
  ]);
  const counts = new Map(buckets.map((row) => [row.bucket, row]));
  // width_bucket: 0 below the first edge (negative margins), i for [edge i−1, edge i), n+1 at or above the last.
  const shaped: ClvBucket[] = EDGES.map((from, i) => {
    const row = counts.get(i + 1);
    return { from, to: EDGES[i + 1] ?? null, count: row?.count ?? 0, total: row?.total ?? 0 };
  });
  const below = counts.get(0);
  if (below) {
    shaped[0] = { ...shaped[0], count: shaped[0].count + below.count, total: shaped[0].total + below.total };
  }
  return {
    fittedAt: fit?.fittedAt ?? null,
    accounts: buckets.reduce((sum, row) => sum + row.count, 0),
    buckets: shaped,
    top,
    atRisk: {
      total: risk[0]?.totalAtRisk ?? 0,
      count: risk[0]?.countAtRisk ?? 0,
      rows: risk.map((row) => ({
        id: row.id, name: row.name, ownerName: row.ownerName, clv12m: row.clv12m, clv36m: row.clv36m,
        pAlive: row.pAlive, previousPAlive: row.previousPAlive,
      })),
    },
  };
}
