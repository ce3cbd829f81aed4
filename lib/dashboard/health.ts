import "server-only";
import { addDays, utcDayString } from "@/lib/dates";
import { getDb } from "@/lib/db/prisma";
import type { HealthBand } from "@/lib/health";
import { scopeSql, type DashboardQuery } from "./query";

/** Movers look back this many days; each side of the list shows this many accounts. */
export const HEALTH_MOVER_DAYS = 30;
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

/**
 * The health section of the dashboard, over the dashboard's own scope: the band distribution, the share of healthy
 * key accounts, and the accounts whose score moved most against their reading 30 days ago (the latest daily
 * snapshot on or before that day, else the oldest one since — a younger account is compared with its first reading).
 */
export async function getHealthDashboard(query: DashboardQuery): Promise<HealthDashboard> {
  const db = getDb();
  const cutoff = utcDayString(addDays(query.asOf, -HEALTH_MOVER_DAYS));
  const [bandRows, movers] = await Promise.all([
    db.$queryRaw<BandRow[]>`
      SELECT h.band::text AS band, a."isKeyAccount" AS key, count(*)::int AS count
      FROM "Account" a LEFT JOIN "AccountHealth" h ON h."accountId" = a.id
      WHERE ${scopeSql(query)}
      GROUP BY 1, 2`,
    // Both lookups walk the snapshot primary key (accountId, day) of one account each.
    db.$queryRaw<HealthMover[]>`
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
      WHERE ${scopeSql(query)} AND h.score <> b.score`,
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
  const byName = (a: HealthMover, b: HealthMover) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id);
  const up = movers.filter((m) => m.delta > 0).sort((a, b) => b.delta - a.delta || byName(a, b)).slice(0, HEALTH_MOVER_COUNT);
  const down = movers.filter((m) => m.delta < 0).sort((a, b) => a.delta - b.delta || byName(a, b)).slice(0, HEALTH_MOVER_COUNT);
  return { bands, keyAccounts, healthyKeyAccounts, up, down };
}
