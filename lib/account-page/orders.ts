import "server-only";
import { METRICS_WINDOWS } from "@/lib/metrics";
import { utcDayString } from "@/lib/dates";
import type { Db } from "@/lib/db/prisma";

export const ORDER_PAGE_SIZE = 25;
const CHART_MONTHS = 36;

export type MonthlyRevenue = { month: string; revenue: number; margin: number };
type Summary = { total: number; frequency: number; monetary: number | null };

/**
 * The orders tab: revenue and margin per month for the last 36 months (one aggregate query, months without
 * orders included as zero), one page of orders (newest first), the order count for paging together with the
 * RFM window's frequency and monetary value, and the cached RFM scores.
 */
export async function getAccountOrders(db: Db, accountId: string, { page, asOf }: { page: number; asOf: Date }) {
  const day = utcDayString(asOf);
  const [monthly, [summary], orders, metrics] = await Promise.all([
    db.$queryRaw<MonthlyRevenue[]>`
      SELECT to_char(m.month, 'YYYY-MM') AS month,
        COALESCE(sum(o.amount), 0)::float8 AS revenue, COALESCE(sum(o.margin), 0)::float8 AS margin
      FROM generate_series(date_trunc('month', ${day}::date) - make_interval(months => ${CHART_MONTHS - 1}),
        date_trunc('month', ${day}::date), interval '1 month') AS m(month)
      LEFT JOIN "Order" o ON o."accountId" = ${accountId}
        AND o."orderDate" >= m.month AND o."orderDate" < m.month + interval '1 month' AND o."orderDate" <= ${day}::date
      GROUP BY m.month ORDER BY m.month`,
    db.$queryRaw<Summary[]>`
      SELECT count(*)::int AS total,
        (count(*) FILTER (WHERE "orderDate" > ${day}::date - ${METRICS_WINDOWS.rfmDays}::int AND "orderDate" <= ${day}::date))::int AS frequency,
        (sum(amount) FILTER (WHERE "orderDate" > ${day}::date - ${METRICS_WINDOWS.rfmDays}::int AND "orderDate" <= ${day}::date))::float8 AS monetary
      FROM "Order" WHERE "accountId" = ${accountId}`,
    db.order.findMany({
      where: { accountId },
      orderBy: [{ orderDate: "desc" }, { externalRef: "desc" }],
      skip: (page - 1) * ORDER_PAGE_SIZE,
      take: ORDER_PAGE_SIZE,
      select: { id: true, orderDate: true, externalRef: true, productCategory: true, amount: true, margin: true },
    }),
    db.accountMetrics.findUnique({
      where: { accountId },
      select: { recencyDays: true, lastOrderAt: true, r: true, f: true, m: true, rfmSegment: true },
    }),
  ]);
  return {
    monthly,
    total: summary.total,
    rfm: { ...metrics, frequency: summary.frequency, monetary: summary.monetary },
    orders: orders.map((o) => ({ ...o, amount: o.amount.toNumber(), margin: o.margin.toNumber() })),
  };
}

export type AccountOrders = Awaited<ReturnType<typeof getAccountOrders>>;
