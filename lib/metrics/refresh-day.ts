// No "server-only": the metrics refresh runs in the job worker and the seed too.
import { startOfUtcDay, utcDayString } from "@/lib/dates";
import type { Tx } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * `AND <column> = ANY(accountIds)` for a per-account refresh, nothing for the full one: every statement of the
 * refresh then starts from the account index, so a few accounts cost a few index scans.
 */
export const onlyAccounts = (accountIds: readonly string[] | undefined) => (column: Prisma.Sql) =>
  accountIds ? Prisma.sql`AND ${column} = ANY(${[...accountIds]}::text[])` : Prisma.empty;

/**
 * For a per-account refresh, `AND` the stored figures being of asOf's day (the last full refresh ran for it): figures
 * of two days never mix in one table. Nothing for the full refresh, which records that day when it is done.
 */
export const storedDayIs = (asOf: Date, accountIds: readonly string[] | undefined) =>
  accountIds ? Prisma.sql`AND EXISTS (SELECT 1 FROM "MetricsRefresh" WHERE "asOf" = ${utcDayString(asOf)}::date)` : Prisma.empty;

/**
 * Where a page's figures come from: what the refresh stored, the orders now, or (auto) the stored figures when the
 * last full refresh ran for the day asked about. Tests ask for either way to hold them equal.
 */
export type FiguresSource = "stored" | "live" | "auto";

/**
 * For the pages: whether the last full refresh ran for `now`'s UTC day, so that the stored figures (CentreWindow,
 * the key accounts' months) are complete for it; otherwise a page sums the orders itself.
 */
export async function storedFiguresFit(db: Pick<Tx, "metricsRefresh">, now: Date): Promise<boolean> {
  const refresh = await db.metricsRefresh.findUnique({ where: { id: 1 }, select: { asOf: true } });
  return refresh?.asOf?.getTime() === startOfUtcDay(now).getTime();
}
