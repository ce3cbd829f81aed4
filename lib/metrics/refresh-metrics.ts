// No "server-only" here: the seed and CLI scripts refresh the metrics too.
import type { Db, Tx } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import { churnSignals, type ChurnComplaint, type ChurnOrder, type ComplaintSeverity } from "@/lib/churn";
import { classifyAbc, scoreRfm, type RfmResult } from "@/lib/rfm";
import { addDays, dateOfDay, utcDayString } from "@/lib/dates";
import { readOrderDays } from "@/lib/orders/order-days";
import { writeKeyAccountMonths } from "./key-account-months";
import { onlyAccounts, storedDayIs } from "./refresh-day";

/**
 * Windows of the cached figures, in whole UTC days ending with asOf's day (asOf's day and the N − 1 before),
 * like the churn engine's windows. RFM looks back three years: long enough for slow B2B buying cycles, short
 * enough that a decade-old history does not dominate F and M. Accounts without an order in it get null scores.
 */
export const METRICS_WINDOWS = { revenueDays: 365, rfmDays: 3 * 365 } as const;

/**
 * The dashboard's order windows (12, 24 and 36 months of 365 days, ending with asOf's day): the refresh stores each
 * account's figures and portfolio RFM ranks per window (AccountWindow), so no page aggregates raw orders.
 */
export const DASHBOARD_WINDOW_DAYS = [365, 730, 1095] as const;

export type RefreshResult = { accounts: number; ms: { read: number; compute: number; write: number; total: number } };

export type RefreshOptions = {
  asOf: Date;
  /**
   * Only these accounts (a per-account refresh): their own figures are recomputed, the portfolio ranks are kept
   * (see `refreshAccountMetrics`). Without it, every account.
   */
  accountIds?: readonly string[];
  /** Accounts per batch of the churn pass (tests make it small to cross batch boundaries). */
  batchAccounts?: number;
};

type MetricsRow = {
  accountId: string;
  orderCount: number;
  lastOrderAt: Date | null;
  recencyDays: number | null;
  revenue12m: string;
  margin12m: string;
  /** Per dashboard window (DASHBOARD_WINDOW_DAYS order): revenue and margin as exact text, and the order count. */
  windowRevenue: string[];
  windowMargin: string[];
  windowOrders: number[];
};
type ActivityRow = { accountId: string; last: Date };
type ComplaintRow = { accountId: string; openedAt: Date; closedAt: Date | null; severity: ComplaintSeverity };

/**
 * Accounts per batch of the churn pass: their order days are read, judged and written together, so memory holds
 * one batch's order history, never the portfolio's.
 */
export const REFRESH_BATCH_ACCOUNTS = 2_000;

/** Reads the inputs of the refresh that cover the whole portfolio in three set-based queries, run concurrently. */
function readInputs(db: Db | Tx, asOf: Date, accountIds: readonly string[] | undefined) {
  const day = utcDayString(asOf);
  const { revenueDays } = METRICS_WINDOWS;
  const only = onlyAccounts(accountIds);
  // One hash aggregate over the orders gives every account's figures and window sums (sums as text, so they are
  // written back exactly into Decimal columns); the order days the churn engine needs are read per batch.
  const metrics = db.$queryRaw<MetricsRow[]>`
    SELECT a.id AS "accountId",
      count(o."orderDate")::int AS "orderCount",
      max(o."orderDate") AS "lastOrderAt",
      ${day}::date - max(o."orderDate") AS "recencyDays",
      COALESCE(sum(o.amount) FILTER (WHERE o."orderDate" > ${day}::date - ${revenueDays}::int), 0)::text AS "revenue12m",
      COALESCE(sum(o.margin) FILTER (WHERE o."orderDate" > ${day}::date - ${revenueDays}::int), 0)::text AS "margin12m",
      ARRAY[${Prisma.join(DASHBOARD_WINDOW_DAYS.map((d) => Prisma.sql`COALESCE(sum(o.amount) FILTER (WHERE o."orderDate" > ${day}::date - ${d}::int), 0)::text`))}] AS "windowRevenue",
      ARRAY[${Prisma.join(DASHBOARD_WINDOW_DAYS.map((d) => Prisma.sql`COALESCE(sum(o.margin) FILTER (WHERE o."orderDate" > ${day}::date - ${d}::int), 0)::text`))}] AS "windowMargin",
      ARRAY[${Prisma.join(DASHBOARD_WINDOW_DAYS.map((d) => Prisma.sql`count(o."orderDate") FILTER (WHERE o."orderDate" > ${day}::date - ${d}::int)::int`))}] AS "windowOrders"
    FROM "Account" a
    LEFT JOIN "Order" o ON o."accountId" = a.id AND o."orderDate" <= ${day}::date
    WHERE NOT a.archived ${only(Prisma.sql`a.id`)}
    GROUP BY a.id
    ORDER BY a.id COLLATE "C"`;
  // Only the latest activity matters for NO_CONTACT; activities later on asOf's day count, like in the engine.
  const activities = db.$queryRaw<ActivityRow[]>`
    SELECT "accountId", max("occurredAt") AS last FROM "Activity"
    WHERE "occurredAt" < ${day}::date + 1 ${only(Prisma.sql`"accountId"`)} GROUP BY "accountId"`;
  // A superset of the complaints open at asOf; the engine applies the exact instant.
  const complaints = db.$queryRaw<ComplaintRow[]>`
    SELECT "accountId", "openedAt", "closedAt", severity::text AS severity FROM "Complaint"
    WHERE "openedAt" < ${day}::date + 1 AND ("closedAt" IS NULL OR "closedAt" >= ${day}::date) ${only(Prisma.sql`"accountId"`)}`;
  return Promise.all([metrics, activities, complaints]);
}

/**
 * Recomputes AccountMetrics for every non-archived account at `asOf`: 12-month revenue and margin, lifetime order
 * count (up to asOf), last order and recency, RFM over `METRICS_WINDOWS.rfmDays` scored across the portfolio, ABC
 * on 12-month revenue (accounts that never ordered get no class), churn flags and risk; and each account's figures
 * and RFM ranks per dashboard window (AccountWindow), the whitespace's revenue per buying centre (CentreWindow) and
 * the key accounts' last 12 months (lastYearMonths), then records the day in MetricsRefresh. Archived accounts'
 * rows are removed. Bulk upserts write only the rows whose figures changed, so `computedAt` is when they last
 * changed and a nightly run over an unchanged portfolio leaves no dead rows behind.
 *
 * Memory stays flat whatever the portfolio: one hash aggregate gives every account's figures and window sums (all
 * the ranks need), then the churn pass reads, judges and writes REFRESH_BATCH_ACCOUNTS accounts' order days at a
 * time. The windows and the day's marker are written last.
 *
 * With `accountIds` (the per-account refresh after a change to those accounts) only the figures that depend on
 * the account alone are recomputed: revenue, margin, order count, last order, recency, churn flags and risk. RFM
 * scores and segment and the ABC class are ranks across the whole portfolio: one account's change moves other
 * accounts' quintiles and class boundaries, and rescoring needs every account's three-year aggregates (a full
 * scan of the orders), so they keep the values of the last full refresh (the nightly run, or after an orders
 * import). An account without a metrics row yet gets one with no scores and no class until then.
 */
export async function refreshAccountMetrics(db: Db | Tx, { asOf, accountIds, batchAccounts = REFRESH_BATCH_ACCOUNTS }: RefreshOptions): Promise<RefreshResult> {
  const started = performance.now();
  if (accountIds?.length === 0) return { accounts: 0, ms: { read: 0, compute: 0, write: 0, total: 0 } };
  const [metrics, activityRows, complaintRows] = await readInputs(db, asOf, accountIds);
  const read = performance.now();

  const lastActivity = new Map(activityRows.map((row) => [row.accountId, row.last]));
  const complaintsOf = new Map<string, ChurnComplaint[]>();
  for (const c of complaintRows) {
    const list = complaintsOf.get(c.accountId) ?? [];
    list.push({ openedAt: c.openedAt, closedAt: c.closedAt, severity: c.severity });
    complaintsOf.set(c.accountId, list);
  }

  // Ranks need the whole portfolio: a per-account refresh neither computes nor writes them.
  const { rfm, abc, windows } = accountIds
    ? { rfm: new Map<string, RfmResult>(), abc: new Map<string, string>(), windows: [] }
    : portfolioRanks(metrics);
  const windowColumns: WindowColumns = { id: [], days: [], revenue: [], margin: [], orders: [], recency: [], r: [], f: [], m: [], segment: [] };
  for (const row of metrics) {
    DASHBOARD_WINDOW_DAYS.forEach((days, index) => {
      if (row.windowOrders[index] === 0) return;
      const ranks = windows[index]?.get(row.accountId);
      windowColumns.id.push(row.accountId);
      windowColumns.days.push(days);
      windowColumns.revenue.push(row.windowRevenue[index]);
      windowColumns.margin.push(row.windowMargin[index]);
      windowColumns.orders.push(row.windowOrders[index]);
      windowColumns.recency.push(row.recencyDays!);
      windowColumns.r.push(ranks?.r ?? null);
      windowColumns.f.push(ranks?.f ?? null);
      windowColumns.m.push(ranks?.m ?? null);
      windowColumns.segment.push(ranks?.segment ?? null);
    });
  }
  let readMs = read - started;
  let computeMs = performance.now() - read;
  let writeMs = 0;

  for (let start = 0; start < metrics.length; start += batchAccounts) {
    const batch = metrics.slice(start, start + batchAccounts);
    const batchStarted = performance.now();
    const ordering = batch.filter((row) => row.orderCount > 0).map((row) => row.accountId);
    const orderDays = new Map((ordering.length > 0 ? await readOrderDays(db, { accountIds: ordering, upTo: asOf }) : []).map((row) => [row.accountId, row]));
    const batchRead = performance.now();
    const columns = emptyColumns();
    for (const row of batch) {
      const history = orderDays.get(row.accountId);
      const orders: ChurnOrder[] = (history?.days ?? []).map((d, i) => ({ date: dateOfDay(d), amount: history!.values[i] }));
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
    const batchComputed = performance.now();
    if (accountIds) await writeOwnFigures(db, columns, accountIds);
    else await writeAll(db, columns);
    readMs += batchRead - batchStarted;
    computeMs += batchComputed - batchRead;
    writeMs += performance.now() - batchComputed;
  }

  const windowsStarted = performance.now();
  if (accountIds) {
    // An account archived since has no row in `metrics`: its metrics row still goes.
    if (metrics.length === 0) await writeOwnFigures(db, emptyColumns(), accountIds);
    await writeOwnWindows(db, windowColumns, accountIds, asOf);
    await writeCentreWindows(db, asOf, accountIds);
    await writeKeyAccountMonths(db, asOf, accountIds);
  } else {
    if (metrics.length === 0) await writeAll(db, emptyColumns());
    await writeAllWindows(db, windowColumns);
    await writeCentreWindows(db, asOf);
    await writeKeyAccountMonths(db, asOf);
    // Last: the dashboard trusts the stored windows only once they are complete for this day.
    await db.$executeRaw`
      INSERT INTO "MetricsRefresh" (id, "asOf", "finishedAt") VALUES (1, ${utcDayString(asOf)}::date, now())
      ON CONFLICT (id) DO UPDATE SET "asOf" = EXCLUDED."asOf", "finishedAt" = EXCLUDED."finishedAt"`;
  }
  writeMs += performance.now() - windowsStarted;
  return {
    accounts: metrics.length,
    ms: { read: readMs, compute: computeMs, write: writeMs, total: performance.now() - started },
  };
}

/** Position of the RFM window among the dashboard windows: the metrics' RFM is that window's. */
const RFM_WINDOW = (DASHBOARD_WINDOW_DAYS as readonly number[]).indexOf(METRICS_WINDOWS.rfmDays);

/** RFM over the accounts with orders in dashboard window `index`, scored across them (the portfolio). */
function rankWindow(metrics: readonly MetricsRow[], index: number): Map<string, RfmResult> {
  const input = metrics
    .filter((row) => row.windowOrders[index] > 0)
    .map((row) => ({
      accountId: row.accountId,
      recencyDays: row.recencyDays!,
      frequency: row.windowOrders[index],
      monetary: Number(row.windowRevenue[index]),
    }));
  return new Map(scoreRfm(input).map((result) => [result.accountId, result]));
}

/** RFM scores per dashboard window and ABC classes (over the accounts that ever ordered, by 12-month revenue). */
function portfolioRanks(metrics: readonly MetricsRow[]) {
  const windows = DASHBOARD_WINDOW_DAYS.map((_, index) => rankWindow(metrics, index));
  const abc = new Map<string, string>(
    classifyAbc(metrics.filter((row) => row.orderCount > 0).map((row) => ({ id: row.accountId, value: Number(row.revenue12m) })))
      .items.map((item) => [item.id, item.abcClass]),
  );
  return { rfm: windows[RFM_WINDOW], abc, windows };
}

type Columns = {
  id: string[]; revenue: string[]; margin: string[]; orders: number[]; last: (string | null)[]; recency: (number | null)[];
  r: (number | null)[]; f: (number | null)[]; m: (number | null)[]; segment: (string | null)[]; abc: (string | null)[];
  risk: number[]; level: string[]; flags: string[];
};

const emptyColumns = (): Columns => ({
  id: [], revenue: [], margin: [], orders: [], last: [], recency: [], r: [], f: [], m: [], segment: [], abc: [], risk: [], level: [], flags: [],
});

/** The full refresh: one statement (hence atomic without a transaction) drops archived accounts' rows, upserts all others. */
function writeAll(db: Db | Tx, columns: Columns) {
  return db.$executeRaw`
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
      "computedAt" = EXCLUDED."computedAt"
    WHERE ("AccountMetrics"."revenue12m", "AccountMetrics"."margin12m", "AccountMetrics"."orderCount", "AccountMetrics"."lastOrderAt",
        "AccountMetrics"."recencyDays", "AccountMetrics".r, "AccountMetrics".f, "AccountMetrics".m, "AccountMetrics"."rfmSegment",
        "AccountMetrics"."abcClass", "AccountMetrics"."riskScore", "AccountMetrics"."riskLevel", "AccountMetrics"."churnFlags")
      IS DISTINCT FROM (EXCLUDED."revenue12m", EXCLUDED."margin12m", EXCLUDED."orderCount", EXCLUDED."lastOrderAt",
        EXCLUDED."recencyDays", EXCLUDED.r, EXCLUDED.f, EXCLUDED.m, EXCLUDED."rfmSegment", EXCLUDED."abcClass",
        EXCLUDED."riskScore", EXCLUDED."riskLevel", EXCLUDED."churnFlags")`;
}

/**
 * The per-account refresh: drops the rows of those accounts that are archived now, upserts the own figures of the
 * others and leaves r, f, m, segment and class as they are (new rows get none).
 */
function writeOwnFigures(db: Db | Tx, columns: Columns, accountIds: readonly string[]) {
  return db.$executeRaw`
    WITH archived AS (
      DELETE FROM "AccountMetrics" m USING "Account" a
      WHERE a.id = m."accountId" AND a.archived AND m."accountId" = ANY(${[...accountIds]}::text[])
    )
    INSERT INTO "AccountMetrics" ("accountId", "revenue12m", "margin12m", "orderCount", "lastOrderAt", "recencyDays",
      "riskScore", "riskLevel", "churnFlags", "computedAt")
    SELECT t.id, t.revenue::numeric, t.margin::numeric, t.orders, t.last::date, t.recency, t.risk, t.level,
      string_to_array(t.flags, ','), now()
    FROM unnest(${columns.id}::text[], ${columns.revenue}::text[], ${columns.margin}::text[], ${columns.orders}::int[],
      ${columns.last}::text[], ${columns.recency}::int[], ${columns.risk}::int[], ${columns.level}::text[], ${columns.flags}::text[])
      AS t(id, revenue, margin, orders, last, recency, risk, level, flags)
    ON CONFLICT ("accountId") DO UPDATE SET
      "revenue12m" = EXCLUDED."revenue12m", "margin12m" = EXCLUDED."margin12m", "orderCount" = EXCLUDED."orderCount",
      "lastOrderAt" = EXCLUDED."lastOrderAt", "recencyDays" = EXCLUDED."recencyDays", "riskScore" = EXCLUDED."riskScore",
      "riskLevel" = EXCLUDED."riskLevel", "churnFlags" = EXCLUDED."churnFlags", "computedAt" = EXCLUDED."computedAt"
    WHERE ("AccountMetrics"."revenue12m", "AccountMetrics"."margin12m", "AccountMetrics"."orderCount", "AccountMetrics"."lastOrderAt",
        "AccountMetrics"."recencyDays", "AccountMetrics"."riskScore", "AccountMetrics"."riskLevel", "AccountMetrics"."churnFlags")
      IS DISTINCT FROM (EXCLUDED."revenue12m", EXCLUDED."margin12m", EXCLUDED."orderCount", EXCLUDED."lastOrderAt",
        EXCLUDED."recencyDays", EXCLUDED."riskScore", EXCLUDED."riskLevel", EXCLUDED."churnFlags")`;
}

type WindowColumns = {
  id: string[]; days: number[]; revenue: string[]; margin: string[]; orders: number[]; recency: number[];
  r: (number | null)[]; f: (number | null)[]; m: (number | null)[]; segment: (string | null)[];
};

const windowInput = (w: WindowColumns) => Prisma.sql`
  SELECT * FROM unnest(${w.id}::text[], ${w.days}::int[], ${w.revenue}::text[], ${w.margin}::text[], ${w.orders}::int[],
    ${w.recency}::int[], ${w.r}::int[], ${w.f}::int[], ${w.m}::int[], ${w.segment}::text[])
    AS t(id, days, revenue, margin, orders, recency, r, f, m, segment)`;

/**
 * The full refresh's windows in one statement: rows of accounts that left a window go, the others are upserted,
 * and a row whose figures did not change is not rewritten (no dead tuples for an unchanged portfolio).
 */
function writeAllWindows(db: Db | Tx, w: WindowColumns) {
  return db.$executeRaw`
    WITH input AS (${windowInput(w)}),
    gone AS (
      DELETE FROM "AccountWindow" aw
      WHERE NOT EXISTS (SELECT 1 FROM input i WHERE i.id = aw."accountId" AND i.days = aw.days)
    )
    INSERT INTO "AccountWindow" ("accountId", days, revenue, margin, orders, "recencyDays", r, f, m, segment)
    SELECT id, days, revenue::numeric, margin::numeric, orders, recency, r, f, m, segment FROM input
    ON CONFLICT (days, "accountId") DO UPDATE SET
      revenue = EXCLUDED.revenue, margin = EXCLUDED.margin, orders = EXCLUDED.orders, "recencyDays" = EXCLUDED."recencyDays",
      r = EXCLUDED.r, f = EXCLUDED.f, m = EXCLUDED.m, segment = EXCLUDED.segment
    WHERE ("AccountWindow".revenue, "AccountWindow".margin, "AccountWindow".orders, "AccountWindow"."recencyDays",
        "AccountWindow".r, "AccountWindow".f, "AccountWindow".m, "AccountWindow".segment)
      IS DISTINCT FROM (EXCLUDED.revenue, EXCLUDED.margin, EXCLUDED.orders, EXCLUDED."recencyDays", EXCLUDED.r, EXCLUDED.f,
        EXCLUDED.m, EXCLUDED.segment)`;
}

/**
 * The per-account refresh's windows: the accounts' own figures, their ranks kept (none for a window they just
 * entered). Only when the stored windows are as of the same day: figures of two days never mix in one table.
 */
function writeOwnWindows(db: Db | Tx, w: WindowColumns, accountIds: readonly string[], asOf: Date) {
  return db.$executeRaw`
    WITH current AS (SELECT 1 FROM "MetricsRefresh" WHERE "asOf" = ${utcDayString(asOf)}::date),
    input AS (${windowInput(w)}),
    gone AS (
      DELETE FROM "AccountWindow" aw
      WHERE aw."accountId" = ANY(${[...accountIds]}::text[]) AND EXISTS (SELECT 1 FROM current)
        AND NOT EXISTS (SELECT 1 FROM input i WHERE i.id = aw."accountId" AND i.days = aw.days)
    )
    INSERT INTO "AccountWindow" ("accountId", days, revenue, margin, orders, "recencyDays")
    SELECT id, days, revenue::numeric, margin::numeric, orders, recency FROM input WHERE EXISTS (SELECT 1 FROM current)
    ON CONFLICT (days, "accountId") DO UPDATE SET
      revenue = EXCLUDED.revenue, margin = EXCLUDED.margin, orders = EXCLUDED.orders, "recencyDays" = EXCLUDED."recencyDays"
    WHERE ("AccountWindow".revenue, "AccountWindow".margin, "AccountWindow".orders, "AccountWindow"."recencyDays")
      IS DISTINCT FROM (EXCLUDED.revenue, EXCLUDED.margin, EXCLUDED.orders, EXCLUDED."recencyDays")`;
}

/**
 * Our revenue per account, buying centre and category over the 365 days up to asOf (CentreWindow), summed in
 * Postgres in one statement: rows that lost their orders go, a row whose sum did not change is not rewritten.
 * With `accountIds`, only those accounts' rows, and only when the stored windows are of the same day.
 */
function writeCentreWindows(db: Db | Tx, asOf: Date, accountIds?: readonly string[]) {
  const to = utcDayString(asOf);
  const from = utcDayString(addDays(asOf, -(METRICS_WINDOWS.revenueDays - 1)));
  const only = onlyAccounts(accountIds);
  const current = storedDayIs(asOf, accountIds);
  return db.$executeRaw`
    WITH input AS (
      SELECT o."accountId", o."buyingCentreId", o."productCategory", sum(o.amount) AS revenue FROM "Order" o
      WHERE o."buyingCentreId" IS NOT NULL AND o."orderDate" >= ${from}::date AND o."orderDate" <= ${to}::date ${only(Prisma.sql`o."accountId"`)}
      GROUP BY 1, 2, 3
    ),
    gone AS (
      DELETE FROM "CentreWindow" c
      WHERE TRUE ${only(Prisma.sql`c."accountId"`)} ${current}
        AND NOT EXISTS (SELECT 1 FROM input i
          WHERE i."accountId" = c."accountId" AND i."buyingCentreId" = c."buyingCentreId" AND i."productCategory" = c."productCategory")
    )
    INSERT INTO "CentreWindow" ("accountId", "buyingCentreId", "productCategory", revenue)
    SELECT "accountId", "buyingCentreId", "productCategory", revenue FROM input WHERE TRUE ${current}
    ON CONFLICT ("accountId", "buyingCentreId", "productCategory") DO UPDATE SET revenue = EXCLUDED.revenue
    WHERE "CentreWindow".revenue IS DISTINCT FROM EXCLUDED.revenue`;
}
