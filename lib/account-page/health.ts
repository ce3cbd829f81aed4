import "server-only";
import { addDays, startOfUtcDay } from "@/lib/dates";
import type { Db } from "@/lib/db/prisma";
import type { HealthBand, HealthComponentResult } from "@/lib/health";

/** Days of daily readings the account page's trend shows. */
export const HEALTH_TREND_DAYS = 90;

export type HealthTrendPoint = { day: string; score: number | null; band: HealthBand | null };

export type AccountHealthView = {
  score: number | null;
  band: HealthBand | null;
  components: HealthComponentResult[];
  computedAt: Date;
  modelVersion: number;
  trend: HealthTrendPoint[];
};

/**
 * The account's current health (kept by the refresh) and its daily readings of the last 90 days, oldest first,
 * in two queries by primary key / index; null when the account has no health yet.
 */
export async function getAccountHealth(db: Db, accountId: string, asOf: Date): Promise<AccountHealthView | null> {
  const from = addDays(startOfUtcDay(asOf), -(HEALTH_TREND_DAYS - 1));
  const [current, snapshots] = await Promise.all([
    db.accountHealth.findUnique({ where: { accountId }, include: { model: { select: { version: true } } } }),
    db.healthSnapshot.findMany({
      where: { accountId, day: { gte: from } },
      select: { day: true, score: true, band: true },
      orderBy: { day: "asc" },
    }),
  ]);
  if (!current) return null;
  return {
    score: current.score,
    band: current.band,
    components: Array.isArray(current.components) ? (current.components as unknown as HealthComponentResult[]) : [],
    computedAt: current.computedAt,
    modelVersion: current.model.version,
    trend: snapshots.map((s) => ({ day: s.day.toISOString().slice(0, 10), score: s.score, band: s.band })),
  };
}
