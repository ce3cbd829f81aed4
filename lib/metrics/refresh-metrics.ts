// No "server-only" here: the seed and CLI scripts refresh the metrics too.
import type { Db, Tx } from "@/lib/db/prisma";
import { churnSignals, type ChurnComplaint, type ChurnOrder, type ComplaintSeverity } from "@/lib/churn";
import { classifyAbc, scoreRfm, type RfmResult } from "@/lib/rfm";
import { dateOfDay, utcDayString } from "@/lib/dates";

/**
 * Windows of the cached figures, in whole UTC days ending with asOf's day (asOf's day and the N − 1 before),
 * like the churn engine's windows. RFM looks back three years: long enough for slow B2B buying cycles, short
 * enough that a decade-old history does not dominate F and M. Accounts without an order in it get null scores.
 */
export const METRICS_WINDOWS = { revenueDays: 365, rfmDays: 3 * 365 } as const;

export type RefreshResult = { accounts: number; ms: { read: number; compute: number; write: number; total: number } };

type MetricsRow = {
  accountId: string;
  orderCount: number;
  lastOrderAt: Date | null;
  recencyDays: number | null;
  revenue12m: string;
  margin12m: string;
  rfmFrequency: number;
  rfmMonetary: unknown;
};
type DayRevenueRow = { accountId: string; days: number[]; revenue: number[] };
type ActivityRow = { accountId: string; last: Date };
type ComplaintRow = { accountId: string; openedAt: Date; closedAt: Date | null; severity: ComplaintSeverity };

/** Reads every input of the refresh in four set-based queries, run concurrently on the pool. */
function readInputs(db: Db | Tx, asOf: Date) {
  const day = utcDayString(asOf);
  const { revenueDays, rfmDays } = METRICS_WINDOWS;
  // Sums of the 12-month figures come back as text so they are written back exactly (Decimal columns).
  const metrics = db.$queryRaw<MetricsRow[]>`
    SELECT a.id AS "accountId",
      count(o.id)::int AS "orderCount",
      max(o."orderDate") AS "lastOrderAt",
      ${day}::date - max(o."orderDate") AS "recencyDays",
      COALESCE(sum(o.amount) FILTER (WHERE o."orderDate" > ${day}::date - ${revenueDays}::int), 0)::text AS "revenue12m",
      COALESCE(sum(o.margin) FILTER (WHERE o."orderDate" > ${day}::date - ${revenueDays}::int), 0)::text AS "margin12m",
      (count(*) FILTER (WHERE o."orderDate" > ${day}::date - ${rfmDays}::int))::int AS "rfmFrequency",
      sum(o.amount) FILTER (WHERE o."orderDate" > ${day}::date - ${rfmDays}::int) AS "rfmMonetary"
    FROM "Account" a
    LEFT JOIN "Order" o ON o."accountId" = a.id AND o."orderDate" <= ${day}::date
    WHERE NOT a.archived
    GROUP BY a.id
    ORDER BY a.id COLLATE "C"`;
  // The churn engine only needs distinct order days and revenue per day, so orders are summed per day: the whole
  // history (OVERDUE needs the account's rhythm even when its last order is years old) as one row per account.
  const dayRevenue = db.$queryRaw<DayRevenueRow[]>`
    SELECT "accountId", array_agg(d ORDER BY d) AS days, array_agg(revenue ORDER BY d) AS revenue
    FROM (
      SELECT "accountId", "orderDate" - DATE '1970-01-01' AS d, sum(amount)::float8 AS revenue
      FROM "Order" WHERE "orderDate" <= ${day}::date GROUP BY 1, 2
    ) per_day
    GROUP BY "accountId"`;
  // Only the latest activity matters for NO_CONTACT; activities later on asOf's day count, like in the engine.
  const activities = db.$queryRaw<ActivityRow[]>`
    SELECT "accountId", max("occurredAt") AS last FROM "Activity"
    WHERE "occurredAt" < ${day}::date + 1 GROUP BY "accountId"`;
  // A superset of the complaints open at asOf; the engine applies the exact instant.
  const complaints = db.$queryRaw<ComplaintRow[]>`
    SELECT "accountId", "openedAt", "closedAt", severity::text AS severity FROM "Complaint"
    WHERE "openedAt" < ${day}::date + 1 AND ("closedAt" IS NULL OR "closedAt" >= ${day}::date)`;
  return Promise.all([metrics, dayRevenue, activities, complaints]);
}

/**
 * Recomputes AccountMetrics for every non-archived account at `asOf`: 12-month revenue and margin, lifetime order
 * count (up to asOf), last order and recency, RFM over `METRICS_WINDOWS.rfmDays` scored across the portfolio, ABC
 * on 12-month revenue (accounts that never ordered get no class), churn flags and risk. Scores are relative to the
 * whole portfolio, so there is no per-account variant: call this after imports or order changes. Archived
 * accounts' rows are removed. One bulk upsert writes everything.
 */
export async function refreshAccountMetrics(db: Db | Tx, { asOf }: { asOf: Date }): Promise<RefreshResult> {
  const started = performance.now();
  const [metrics, dayRevenue, activityRows, complaintRows] = await readInputs(db, asOf);
  const read = performance.now();

  const ordersOf = new Map(dayRevenue.map((row) => [row.accountId, row]));
  const lastActivity = new Map(activityRows.map((row) => [row.accountId, row.last]));
  const complaintsOf = new Map<string, ChurnComplaint[]>();
  for (const c of complaintRows) {
    const list = complaintsOf.get(c.accountId) ?? [];
    list.push({ openedAt: c.openedAt, closedAt: c.closedAt, severity: c.severity });
    complaintsOf.set(c.accountId, list);
  }

  const rfmInput = metrics
    .filter((row) => row.rfmFrequency > 0)
    .map((row) => ({
      accountId: row.accountId,
      recencyDays: row.recencyDays!,
      frequency: row.rfmFrequency,
      monetary: Number(row.rfmMonetary),
    }));
  const rfm = new Map<string, RfmResult>(scoreRfm(rfmInput).map((result) => [result.accountId, result]));
  const abc = new Map(
    classifyAbc(metrics.filter((row) => row.orderCount > 0).map((row) => ({ id: row.accountId, value: Number(row.revenue12m) })))
      .items.map((item) => [item.id, item.abcClass]),
  );

  const columns = {
    id: [] as string[], revenue: [] as string[], margin: [] as string[], orders: [] as number[],
    last: [] as (string | null)[], recency: [] as (number | null)[], r: [] as (number | null)[],
    f: [] as (number | null)[], m: [] as (number | null)[], segment: [] as (string | null)[],
    abc: [] as (string | null)[], risk: [] as number[], level: [] as string[], flags: [] as string[],
  };
  for (const row of metrics) {
    const days = ordersOf.get(row.accountId);
    const orders: ChurnOrder[] = days ? days.days.map((d, i) => ({ date: dateOfDay(d), amount: days.revenue[i] })) : [];
    const last = lastActivity.get(row.accountId);
    const churn = churnSignals({
      orders,
      activities: last ? [{ date: last }] : [],
      complaints: complaintsOf.get(row.accountId) ?? [],
      asOf,
    });
    const scores = rfm.get(row.accountId);
    columns.id.push(row.accountId);
    columns.revenue.push(row.revenue12m);
    columns.margin.push(row.margin12m);
    columns.orders.push(row.orderCount);
    columns.last.push(row.lastOrderAt ? utcDayString(row.lastOrderAt) : null);
    columns.recency.push(row.recencyDays);
    columns.r.push(scores?.r ?? null);
    columns.f.push(scores?.f ?? null);
    columns.m.push(scores?.m ?? null);
    columns.segment.push(scores?.segment ?? null);
    columns.abc.push(abc.get(row.accountId) ?? null);
    columns.risk.push(churn.riskScore);
    columns.level.push(churn.riskLevel);
    columns.flags.push(churn.flags.map((flag) => flag.code).join(","));
  }
  const computed = performance.now();

  // One statement (hence atomic without a transaction): drop archived accounts' rows, upsert all others.
  await db.$executeRaw`
    WITH archived AS (
      DELETE FROM "AccountMetrics" m USING "Account" a WHERE a.id = m."accountId" AND a.archived
    )
    INSERT INTO "AccountMetrics" ("accountId", "revenue12m", "margin12m", "orderCount", "lastOrderAt", "recencyDays",
      r, f, m, "rfmSegment", "abcClass", "riskScore", "riskLevel", "churnFlags", "computedAt")
    SELECT t.id, t.revenue::numeric, t.margin::numeric, t.orders, t.last::date, t.recency, t.r, t.f, t.m, t.segment,
      t.abc, t.risk, t.level, string_to_array(t.flags, ','), now()
    FROM unnest(${columns.id}::text[], ${columns.revenue}::text[], ${columns.margin}::text[], ${columns.orders}::int[],
      ${columns.last}::text[], ${columns.recency}::int[], ${columns.r}::int[], ${columns.f}::int[], ${columns.m}::int[],
      ${columns.segment}::text[], ${columns.abc}::text[], ${columns.risk}::int[], ${columns.level}::text[],
      ${columns.flags}::text[])
      AS t(id, revenue, margin, orders, last, recency, r, f, m, segment, abc, risk, level, flags)
    ON CONFLICT ("accountId") DO UPDATE SET
      "revenue12m" = EXCLUDED."revenue12m", "margin12m" = EXCLUDED."margin12m", "orderCount" = EXCLUDED."orderCount",
      "lastOrderAt" = EXCLUDED."lastOrderAt", "recencyDays" = EXCLUDED."recencyDays", r = EXCLUDED.r, f = EXCLUDED.f,
      m = EXCLUDED.m, "rfmSegment" = EXCLUDED."rfmSegment", "abcClass" = EXCLUDED."abcClass",
      "riskScore" = EXCLUDED."riskScore", "riskLevel" = EXCLUDED."riskLevel", "churnFlags" = EXCLUDED."churnFlags",
      "computedAt" = EXCLUDED."computedAt"`;
  const written = performance.now();
  return {
    accounts: metrics.length,
    ms: { read: read - started, compute: computed - read, write: written - computed, total: written - started },
  };
}
