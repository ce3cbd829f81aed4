import "server-only";
import { perQuery } from "./per-query";
import { computeRfmAbcFromDb } from "@/lib/metrics";
import { getDb } from "@/lib/db/prisma";
import type { RfmSegment } from "@/lib/rfm";
import type { Stage } from "@/lib/stages";
import { scopeSql, type DashboardQuery } from "./query";

export type ScopedAccount = { id: string; isKeyAccount: boolean; stage: Stage; riskLevel: string | null };

/** The accounts in scope, small columns only (a few thousand rows at most). */
export const scopedAccounts = perQuery(async (query: DashboardQuery): Promise<ScopedAccount[]> => {
  return getDb().$queryRaw<ScopedAccount[]>`
    SELECT a.id, a."isKeyAccount", a.stage::text AS stage, m."riskLevel"
    FROM "Account" a LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
    WHERE ${scopeSql(query)}`;
});

export type WindowFigures = {
  revenue: number;
  margin: number;
  recencyDays: number;
  frequency: number;
  r: number;
  f: number;
  m: number;
  segment: RfmSegment;
};

/**
 * Per-account figures of the order window, from ONE aggregation in Postgres (computeRfmAbcFromDb): revenue,
 * margin and RFM. RFM is scored across the whole portfolio, so an account's segment does not depend on who looks
 * or which filter is set; panels keep only the accounts in scope. The ABC part is asked for by margin so that the
 * same query also returns each account's margin (revenue is RFM's monetary).
 */
export const orderWindow = perQuery(async (query: DashboardQuery): Promise<Map<string, WindowFigures>> => {
  const { rfm, abc } = await computeRfmAbcFromDb(getDb(), { asOf: query.asOf, from: query.from, abcValue: "margin" });
  const margins = new Map(abc.items.map((item) => [item.id, item.value]));
  return new Map(
    rfm.map((row) => [
      row.accountId,
      {
        revenue: row.monetary,
        margin: margins.get(row.accountId) ?? 0,
        recencyDays: row.recencyDays,
        frequency: row.frequency,
        r: row.r,
        f: row.f,
        m: row.m,
        segment: row.segment,
      },
    ]),
  );
});

/** The window figures of the accounts in scope that ordered in the window. */
export async function scopedWindow(query: DashboardQuery) {
  const [accounts, window] = await Promise.all([scopedAccounts(query), orderWindow(query)]);
  const rows: (WindowFigures & { id: string; isKeyAccount: boolean })[] = [];
  for (const account of accounts) {
    const figures = window.get(account.id);
    if (figures) rows.push({ id: account.id, isKeyAccount: account.isKeyAccount, ...figures });
  }
  return rows;
}
