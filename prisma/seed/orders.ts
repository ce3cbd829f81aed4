/**
 * Three years of orders before `asOf`. Order count and order size both grow with the account's size
 * factor, which gives the Pareto spread; dates follow a monthly season and the account's trend.
 */
import type { DemoAccount } from "./accounts";
import { DEMO_COUNTS } from "./counts";
import { clamp, createRng, seedId, type Rng } from "./random";
import { daysBefore, daysBetween, yearsBefore } from "./time";
import type { Trend } from "./trends";

export const PRODUCT_CATEGORIES = [
  "Components", "Raw Materials", "Machinery", "Spare Parts",
  "Software & Services", "Packaging", "Consumables", "Engineering Services",
] as const;

/** Margin offset per category: services earn more, raw materials and packaging less. */
const CATEGORY_MARGIN: Record<string, number> = {
  "Software & Services": 0.07, "Engineering Services": 0.05, Machinery: 0.02, "Spare Parts": 0.04,
  Components: 0, Consumables: 0, Packaging: -0.03, "Raw Materials": -0.05,
};

/** Monthly demand multipliers (Jan…Dec): Chinese New Year dip in Jan/Feb, year-end peak in Q4. */
const SEASON = [0.8, 0.6, 1.0, 1.0, 1.0, 1.05, 0.95, 0.95, 1.05, 1.1, 1.2, 1.3];
const SEASON_MAX = Math.max(...SEASON);

export type OrderRow = {
  id: string;
  accountId: string;
  orderDate: Date;
  amount: string;
  margin: string;
  productCategory: string;
  externalRef: string;
  createdAt: Date;
};

/** Days before `asOf` between which the account orders: new accounts start late, quiet ones stop early. */
function activeWindow(rng: Rng, account: DemoAccount, asOf: Date, span: number) {
  if (account.trend === "NEW") return { from: Math.min(span, daysBetween(account.createdAt, asOf) - rng.int(3, 30)), to: 1 };
  if (account.trend === "QUIET") return { from: span, to: rng.int(185, 365) };
  return { from: span, to: 1 };
}

/** Relative order intensity `d` days before asOf: growing accounts ramp up, declining ones fall in the last year. */
function trendFactor(trend: Trend, d: number, span: number) {
  if (trend === "GROWING") return 0.5 + 0.5 * (1 - d / span);
  if (trend === "DECLINING") return d > 365 ? 1 : 0.25 + 0.75 * (d / 365);
  return 1;
}

type Plan = { account: DemoAccount; from: number; to: number; raw: number };

export function buildOrders(accounts: DemoAccount[], asOf: Date): OrderRow[] {
  const rng = createRng("orders");
  const span = daysBetween(yearsBefore(asOf, 3), asOf);
  const monthOf = Array.from({ length: span + 1 }, (_, d) => daysBefore(asOf, d).getUTCMonth());
  const plans: Plan[] = accounts.map((account) => {
    const { from, to } = activeWindow(rng, account, asOf, span);
    return { account, from, to, raw: account.weight ** 0.55 * rng.lognormal(0, 0.35) * ((from - to) / span) };
  });
  // Scale the raw frequencies so the total lands on the documented target.
  const scale = DEMO_COUNTS.orderTarget / plans.reduce((sum, p) => sum + p.raw, 0);
  const rows: OrderRow[] = [];
  for (const { account, from, to, raw } of plans) {
    const count = Math.max(2, Math.round(raw * scale));
    const typicalAmount = 8000 * account.weight ** 0.45 * rng.lognormal(0, 0.3);
    const marginRate = rng.between(0.1, 0.24);
    const categories = rng.sample(PRODUCT_CATEGORIES, rng.int(2, 4)).map((c, i) => [c, 4 - i] as const);
    const days: number[] = [];
    while (days.length < count) {
      const d = rng.int(to, from);
      if (rng.next() * SEASON_MAX < SEASON[monthOf[d]] * trendFactor(account.trend, d, span)) days.push(d);
    }
    days.sort((a, b) => b - a);
    days.forEach((d, n) => {
      const category = rng.weighted(categories);
      const amount = Math.max(50, typicalAmount * rng.lognormal(-0.08, 0.4));
      const rate = clamp(rng.normal(marginRate + CATEGORY_MARGIN[category], 0.04), 0.05, 0.35);
      const orderDate = daysBefore(asOf, d);
      rows.push({
        id: seedId("ord", rows.length + 1),
        accountId: account.id,
        orderDate,
        amount: amount.toFixed(2),
        margin: (amount * rate).toFixed(2),
        productCategory: category,
        externalRef: `SO-${String(account.index + 1).padStart(4, "0")}-${String(n + 1).padStart(5, "0")}`,
        createdAt: orderDate,
      });
    });
  }
  return rows;
}
