import { ALERT_KINDS, DEFAULT_ALERT_RULES, type AlertKind, type AlertParams } from "@/lib/alerts";
import { DAY_MS } from "@/lib/dates";
import type { Db } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * The alert tests' clock: day 0 is a Monday far from the real date, so nothing the database stamps with the real
 * time (createdAt defaults) falls into the windows under test by accident.
 */
export const DAY0 = Date.UTC(2031, 2, 10);
/** Day `n` after DAY0 at `hour` UTC (negative: before). */
export const at = (n: number, hour = 9) => new Date(DAY0 + n * DAY_MS + hour * 3_600_000);
/** Midnight UTC of day `n` (a `@db.Date` value). */
export const day = (n: number) => new Date(DAY0 + n * DAY_MS);

/** Switches every rule off but `kind` (with its defaults changed by `params`); no kind: every rule off. */
export async function onlyRule<K extends AlertKind>(db: Db, kind?: K, params: Partial<AlertParams[K]> = {}) {
  for (const each of ALERT_KINDS) {
    const setting = { enabled: each === kind, params: { ...DEFAULT_ALERT_RULES[each].params, ...(each === kind ? params : {}) } as Prisma.InputJsonValue };
    await db.alertRule.upsert({ where: { kind: each }, create: { kind: each, ...setting }, update: setting });
  }
}

/** The open alerts of a kind, oldest first. */
export const openAlerts = (db: Db, kind: AlertKind) =>
  db.alert.findMany({ where: { kind, clearedAt: null }, orderBy: { raisedAt: "asc" } });

/** Every alert of a kind on an account, open or cleared, in the order raised. */
export const alertHistory = (db: Db, kind: AlertKind, accountId: string) =>
  db.alert.findMany({ where: { kind, accountId }, orderBy: [{ raisedAt: "asc" }, { id: "asc" }] });

/** Who was notified of an alert, sorted. */
export async function notifiedUsers(db: Db, alertId: string) {
  const rows = await db.notification.findMany({ where: { alertId }, select: { userId: true } });
  return rows.map((row) => row.userId).sort();
}
