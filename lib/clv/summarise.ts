import { assertFinite } from "../domain";
import { utcDay } from "../dates";
import { ClvError } from "./errors";
import type { ClvOrder, ClvUnit, CustomerSummary } from "./types";

/** Days per unit. */
export const UNIT_DAYS: Record<ClvUnit, number> = { day: 1, week: 7 };

export function checkUnit(unit: ClvUnit): void {
  if (unit !== "day" && unit !== "week") throw new ClvError("INVALID_INPUT", `unit must be "day" or "week", got ${String(unit)}`);
}

/**
 * Per-account purchase histories for the models, sorted by accountId (code-unit order). Purchases are counted
 * per UTC calendar day: several orders on one day are one purchase of their summed amount.
 * - frequency: distinct purchase days − 1 (repeat purchases);
 * - recency: from the first to the last purchase day; T: from the first purchase day to the day of `asOf`;
 * - monetaryValue: the mean amount of the repeat purchase days (the first day excluded, as in the Gamma-Gamma
 *   model's estimation), 0 when frequency is 0.
 * Orders on a day after `asOf` are excluded: they had not happened at the analysis date, and counting them would
 * give recency > T. Accounts with no order on or before `asOf` do not appear.
 */
export function summariseCustomers(
  orders: readonly ClvOrder[],
  { asOf, unit }: { asOf: Date; unit: ClvUnit },
): CustomerSummary[] {
  checkUnit(unit);
  const today = utcDay(asOf, "asOf");
  const byAccount = new Map<string, Map<number, number>>();
  for (const order of orders) {
    const day = utcDay(order.date, `date of an order of account ${order.accountId}`);
    assertFinite(order.amount, `amount of an order of account ${order.accountId}`);
    if (day > today) continue;
    let days = byAccount.get(order.accountId);
    if (!days) byAccount.set(order.accountId, (days = new Map()));
    days.set(day, (days.get(day) ?? 0) + order.amount);
  }
  const unitDays = UNIT_DAYS[unit];
  const result: CustomerSummary[] = [];
  for (const [accountId, days] of byAccount) {
    const sorted = [...days.keys()].sort((u, v) => u - v);
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    const frequency = sorted.length - 1;
    let repeatTotal = 0;
    for (let i = 1; i < sorted.length; i += 1) repeatTotal += days.get(sorted[i])!;
    result.push({
      accountId,
      frequency,
      recency: (last - first) / unitDays,
      T: (today - first) / unitDays,
      monetaryValue: frequency > 0 ? repeatTotal / frequency : 0,
    });
  }
  return result.sort((u, v) => (u.accountId < v.accountId ? -1 : u.accountId > v.accountId ? 1 : 0));
}
