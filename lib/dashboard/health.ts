import "server-only";
import { addDays, utcDayString } from "@/lib/dates";
import { HEALTH_CHANGE_DAYS } from "@/lib/account-health";
import { getDb } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { HEALTH_BANDS, type HealthBand } from "@/lib/health";
import type { FiguresSource } from "@/lib/metrics";
import { accountInScopeSql, scopeSql, wholePortfolio, type DashboardQuery } from "./query";
import { scopedCounts, storedMoversFit } from "./shared";

/** Movers look back this many days (the change each snapshot stores); each side of the list shows this many accounts. */
export const HEALTH_MOVER_DAYS = HEALTH_CHANGE_DAYS;
export const HEALTH_MOVER_COUNT = 5;

export type HealthMover = { id: string; name: string; isKeyAccount: boolean; from: number; to: number; delta: number; band: HealthBand | null };

export type HealthDashboard = {
  /** Accounts in scope per current band; `none`: no health (never computed, or nothing could be scored). */
  bands: Record<HealthBand, number> & { none: number };
  keyAccounts: number;
  healthyKeyAccounts: number;
  up: HealthMover[];
  down: HealthMover[];
};

type BandRow = { band: HealthBand | null; key: boolean; count: number };
type Direction = "up" | "down";

/** Ties on the change go by name, then id, in code-unit order: the same in both queries below. */
const moverOrder = (direction: Direction, change: Prisma.Sql) =>
  direction === "up"
    ? Prisma.sql`ORDER BY ${change} DESC, a.name COLLATE "C", a.id COLLATE "C" LIMIT ${HEALTH_MOVER_COUNT}`
    : Prisma.sql`ORDER BY ${change} ASC, a.name COLLATE "C", a.id COLLATE "C" LIMIT ${HEALTH_MOVER_COUNT}`;

/** From the day's snapshots, which carry their 30-day change (lib/account-health): one index range per side. */
function storedMovers(query: DashboardQuery, direction: Direction) {
  return getDb().$queryRaw<HealthMover[]>`
    SELECT a.id, a.name, a."isKeyAccount", s.score - s.change30 AS "from", s.score AS "to", s.change30 AS delta, s.band::text AS band
    FROM "HealthSnapshot" s JOIN "Account" a ON a.id = s."accountId"
    WHERE s.day = ${utcDayString(query.asOf)}::date AND ${direction === "up" ? Prisma.sql`s.change30 > 0` : Prisma.sql`s.change30 < 0`}
      AND s.score IS NOT NULL AND ${scopeSql(query)}
    ${moverOrder(direction, Prisma.sql`s.change30`)}`;
}

/** Each account's current reading against its history (for a day the full health refresh has not covered). */
function liveMovers(query: DashboardQuery, direction: Direction) {
  const cutoff = utcDayString(addDays(query.asOf, -HEALTH_MOVER_DAYS));
  // Both lookups walk the snapshot primary key (accountId, day) of one account each.
  return getDb().$queryRaw<HealthMover[]>`
    SELECT a.id, a.name, a."isKeyAccount", b.score AS "from", h.score AS "to", h.score - b.score AS delta, h.band::text AS band
    FROM "Account" a
    JOIN "AccountHealth" h ON h."accountId" = a.id AND h.score IS NOT NULL
    CROSS JOIN LATERAL (
      SELECT score FROM (
        (SELECT s.score, 0 AS pick FROM "HealthSnapshot" s
          WHERE s."accountId" = a.id AND s.day <= ${cutoff}::date AND s.score IS NOT NULL ORDER BY s.day DESC LIMIT 1)
        UNION ALL
        (SELECT s.score, 1 AS pick FROM "HealthSnapshot" s
          WHERE s."accountId" = a.id AND s.day > ${cutoff}::date AND s.score IS NOT NULL ORDER BY s.day ASC LIMIT 1)
      ) candidates ORDER BY pick LIMIT 1
    ) b
    WHERE ${scopeSql(query)} AND ${direction === "up" ? Prisma.sql`h.score > b.score` : Prisma.sql`h.score < b.score`}
    ${moverOrder(direction, Prisma.sql`h.score - b.score`)}`;
}

/** The accounts whose score rose or fell most against 30 days ago, each side HEALTH_MOVER_COUNT long. */
export async function healthMovers(query: DashboardQuery, source: FiguresSource = "auto") {
  const stored = source === "auto" ? await storedMoversFit(query) : source === "stored";
  const movers = stored ? storedMovers : liveMovers;
  const [up, down] = await Promise.all([movers(query, "up"), movers(query, "down")]);
  return { up, down };
}

/** Accounts in scope per band and key-account flag: a join of every account in scope with its health row. */
function scopedBands(query: DashboardQuery) {
  return getDb().$queryRaw<BandRow[]>`
    SELECT h.band::text AS band, a."isKeyAccount" AS key, count(*)::int AS count
    FROM "Account" a LEFT JOIN "AccountHealth" h ON h."accountId" = a.id
    WHERE ${scopeSql(query)}
    GROUP BY 1, 2`;
}

/**
 * The same counts over the whole active portfolio without joining every account: the health rows of accounts that
 * are not archived, the key accounts' bands apart (a few), and the accounts without a row as the rest of the
 * active count the stage panel already has. At 21,000 accounts 9 instead of 23 ms of Postgres time.
 */
async function portfolioBands(query: DashboardQuery): Promise<BandRow[]> {
  const db = getDb();
  const [all, key, stages] = await Promise.all([
    db.$queryRaw<{ band: HealthBand | null; count: number }[]>`
      SELECT h.band::text AS band, count(*)::int AS count FROM "AccountHealth" h
      WHERE ${accountInScopeSql(query, Prisma.sql`h."accountId"`)}
      GROUP BY 1`,
    db.$queryRaw<{ band: HealthBand | null; count: number }[]>`
      SELECT h.band::text AS band, count(*)::int AS count
      FROM "Account" a LEFT JOIN "AccountHealth" h ON h."accountId" = a.id
      WHERE a."isKeyAccount" AND ${scopeSql(query)}
      GROUP BY 1`,
    scopedCounts(query),
  ]);
  const count = (rows: readonly { band: HealthBand | null; count: number }[], band: HealthBand | null) =>
    rows.filter((row) => row.band === band).reduce((total, row) => total + row.count, 0);
  const active = stages.reduce((total, row) => total + row.count, 0);
  const withHealth = all.reduce((total, row) => total + row.count, 0);
  const rows: BandRow[] = [];
  for (const band of [...HEALTH_BANDS, null]) {
    const keyCount = count(key, band);
    const allCount = count(all, band) + (band === null ? active - withHealth : 0);
    rows.push({ band, key: true, count: keyCount }, { band, key: false, count: allCount - keyCount });
  }
  return rows;
}

/**
 * The health section of the dashboard, over the dashboard's own scope: the band distribution, the share of healthy
 * key accounts, and the accounts whose score moved most against their reading 30 days ago (the latest daily
 * snapshot on or before that day, else the oldest one since — a younger account is compared with its first reading).
 */
export async function getHealthDashboard(query: DashboardQuery): Promise<HealthDashboard> {
  const [bandRows, { up, down }] = await Promise.all([
    wholePortfolio(query) ? portfolioBands(query) : scopedBands(query),
    healthMovers(query),
  ]);
  const bands = { HEALTHY: 0, WATCH: 0, AT_RISK: 0, none: 0 };
  let keyAccounts = 0;
  let healthyKeyAccounts = 0;
  for (const row of bandRows) {
    bands[row.band ?? "none"] += row.count;
    if (row.key) {
      keyAccounts += row.count;
      if (row.band === "HEALTHY") healthyKeyAccounts += row.count;
    }
  }
  return { bands, keyAccounts, healthyKeyAccounts, up, down };
}
