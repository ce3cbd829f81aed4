// No "server-only" here: the seed and the job worker run the refresh too.
import {
  ClvError,
  customerLifetimeValue,
  expectedAverageValue,
  expectedPurchases,
  fitBgNbd,
  fitGammaGamma,
  probabilityAlive,
  summariseCustomers,
  DAYS_PER_MONTH,
  type ClvErrorCode,
  type ClvUnit,
  type CustomerSummary,
} from "@/lib/clv";
import type { Db } from "@/lib/db/prisma";
import { dateOfDay, utcDayString } from "@/lib/dates";
import { readOrderDays } from "@/lib/orders/order-days";

/**
 * How KAM fits the lifetime-value models:
 * - basis "revenue": the money RFM's monetary value and the cached metrics rank by (lib/metrics/refresh-metrics.ts
 *   sums order amounts), so CLV and RFM describe the same money;
 * - unit "day": B2B orders are dated by day; a purchase is a day with orders;
 * - monthly discount rate 1 % (≈ 12.7 % a year), the usual default;
 * - a small L2 penalty on the log parameters, so a small or very uniform portfolio still gets a finite fit
 *   instead of none (it moves a fit of a few hundred accounts by well under 1 %).
 */
export const CLV_SETTINGS = {
  basis: "revenue" as "revenue" | "margin",
  unit: "day" as ClvUnit,
  discountRate: 0.01,
  penalizer: 0.001,
};

export type ClvRefreshResult =
  | { status: "fitted"; fitId: string; customers: number; repeatCustomers: number; ms: number }
  | { status: "skipped"; reason: ClvErrorCode; customers: number; ms: number };

const money = (value: number) => (Number.isFinite(value) ? value.toFixed(2) : "0.00");

/**
 * Accounts whose order days are read at a time, each as one row of arrays. Reading every account's order days as a
 * row per account and day (over a million at 20,000 accounts) took the worker past 1 GB.
 */
export const CLV_BATCH_ACCOUNTS = 2_000;

export type RefreshLifetimeValuesOptions = { asOf: Date; batchAccounts?: number };

/** Each non-archived account's purchase summary up to `asOf` (summariseCustomers), `batchAccounts` accounts at a time. */
async function customerSummaries(db: Db, asOf: Date, batchAccounts: number): Promise<CustomerSummary[]> {
  // In code-unit order, the order of summariseCustomers' result: the fits see the accounts as before.
  const ids = (await db.$queryRaw<{ id: string }[]>`SELECT a.id FROM "Account" a WHERE NOT a.archived ORDER BY a.id COLLATE "C"`).map((row) => row.id);
  const customers: CustomerSummary[] = [];
  for (let start = 0; start < ids.length; start += batchAccounts) {
    // One value per account and order day, which the models count as one purchase.
    const rows = await readOrderDays(db, { accountIds: ids.slice(start, start + batchAccounts), upTo: asOf, value: CLV_SETTINGS.basis === "margin" ? "margin" : "amount" });
    // One account at a time: only its days are ever held as orders.
    for (const row of rows) {
      const orders = row.days.map((d, i) => ({ accountId: row.accountId, date: dateOfDay(d), amount: row.values[i] }));
      customers.push(...summariseCustomers(orders, { asOf, unit: CLV_SETTINGS.unit }));
    }
  }
  return customers;
}

/**
 * Fits BG/NBD and Gamma-Gamma on the whole order history of the non-archived accounts up to `asOf`, stores the
 * fit (ClvFit) and each ordering account's figures (AccountClv, keeping the previous P(alive) for "CLV at risk"),
 * and removes the figures of accounts that are archived or have no orders any more. When the portfolio cannot
 * be fitted (for example nobody has bought twice) nothing is written and the reason is returned.
 */
export async function refreshLifetimeValues(db: Db, { asOf, batchAccounts = CLV_BATCH_ACCOUNTS }: RefreshLifetimeValuesOptions): Promise<ClvRefreshResult> {
  const started = performance.now();
  const day = utcDayString(asOf);
  const customers = await customerSummaries(db, asOf, batchAccounts);
  const options = { penalizer: CLV_SETTINGS.penalizer };
  let bg: ReturnType<typeof fitBgNbd>;
  let gg: ReturnType<typeof fitGammaGamma>;
  try {
    bg = fitBgNbd(customers, options);
    gg = fitGammaGamma(customers, options);
    // A population mean must exist for the accounts without repeat purchases.
    expectedAverageValue(gg, { frequency: 0, monetaryValue: 0 });
  } catch (error) {
    if (error instanceof ClvError) {
      return { status: "skipped", reason: error.code, customers: customers.length, ms: Math.round(performance.now() - started) };
    }
    throw error;
  }
  const clvOptions = { discountRate: CLV_SETTINGS.discountRate, unit: CLV_SETTINGS.unit };
  const columns = {
    id: [] as string[], frequency: [] as number[], recency: [] as number[], T: [] as number[], monetary: [] as string[],
    pAlive: [] as number[], purchases: [] as number[], average: [] as string[], clv12: [] as string[], clv36: [] as string[],
  };
  for (const customer of customers) {
    columns.id.push(customer.accountId);
    columns.frequency.push(customer.frequency);
    columns.recency.push(customer.recency);
    columns.T.push(customer.T);
    columns.monetary.push(money(customer.monetaryValue));
    columns.pAlive.push(probabilityAlive(bg, customer));
    columns.purchases.push(expectedPurchases(bg, (12 * DAYS_PER_MONTH), customer));
    columns.average.push(money(expectedAverageValue(gg, customer)));
    columns.clv12.push(money(customerLifetimeValue(bg, gg, customer, { ...clvOptions, months: 12 })));
    columns.clv36.push(money(customerLifetimeValue(bg, gg, customer, { ...clvOptions, months: 36 })));
  }
  const repeatCustomers = customers.filter((c) => c.frequency > 0).length;
  const durationMs = Math.round(performance.now() - started);
  const fit = await db.$transaction(async (tx) => {
    const created = await tx.clvFit.create({
      data: {
        asOf: new Date(`${day}T00:00:00Z`),
        unit: CLV_SETTINGS.unit,
        basis: CLV_SETTINGS.basis,
        customers: customers.length,
        repeatCustomers,
        r: bg.r,
        alpha: bg.alpha,
        a: bg.a,
        b: bg.b,
        bgLogLikelihood: bg.logLikelihood,
        bgConverged: bg.converged,
        p: gg.p,
        q: gg.q,
        v: gg.v,
        ggLogLikelihood: gg.logLikelihood,
        ggConverged: gg.converged,
        durationMs,
      },
    });
    await tx.$executeRaw`
      DELETE FROM "AccountClv" c
      WHERE NOT (c."accountId" = ANY(${columns.id}::text[]))`;
    await tx.$executeRaw`
      INSERT INTO "AccountClv" ("accountId", "fitId", frequency, recency, "T", "monetaryValue", "pAlive", "previousPAlive",
        "expectedPurchases12m", "expectedAverageValue", clv12m, clv36m, "computedAt")
      SELECT t.id, ${created.id}, t.frequency, t.recency, t."T", t.monetary::numeric, t.alive, NULL, t.purchases,
        t.average::numeric, t.clv12::numeric, t.clv36::numeric, now()
      FROM unnest(${columns.id}::text[], ${columns.frequency}::int[], ${columns.recency}::float8[], ${columns.T}::float8[],
        ${columns.monetary}::text[], ${columns.pAlive}::float8[], ${columns.purchases}::float8[], ${columns.average}::text[],
        ${columns.clv12}::text[], ${columns.clv36}::text[])
        AS t(id, frequency, recency, "T", monetary, alive, purchases, average, clv12, clv36)
      ON CONFLICT ("accountId") DO UPDATE SET
        "fitId" = EXCLUDED."fitId", frequency = EXCLUDED.frequency, recency = EXCLUDED.recency, "T" = EXCLUDED."T",
        "monetaryValue" = EXCLUDED."monetaryValue", "previousPAlive" = "AccountClv"."pAlive", "pAlive" = EXCLUDED."pAlive",
        "expectedPurchases12m" = EXCLUDED."expectedPurchases12m", "expectedAverageValue" = EXCLUDED."expectedAverageValue",
        clv12m = EXCLUDED.clv12m, clv36m = EXCLUDED.clv36m, "computedAt" = EXCLUDED."computedAt"`;
    return created;
  }, { timeout: 120_000, maxWait: 30_000 });
  return { status: "fitted", fitId: fit.id, customers: customers.length, repeatCustomers, ms: Math.round(performance.now() - started) };
}
