import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import type { ObjectiveMetric } from "@/lib/generated/prisma/enums";

/** Where an objective's current value comes from, as the plan shows it. */
export type ValueSource = "ENTERED" | "ORDERS" | "WHITESPACE" | "CONTACTS" | "HEALTH";

export const VALUE_SOURCE: Record<ObjectiveMetric, ValueSource> = {
  MANUAL: "ENTERED",
  OFFERING_REVENUE: "ORDERS",
  SHARE_OF_WALLET: "WHITESPACE",
  DECISION_MAKERS_COVERED: "CONTACTS",
  HEALTH: "HEALTH",
};

/** Revenue counts as "last 12 months" over the same 365 days as the account metrics. */
const REVENUE_DAYS = 365;

/**
 * The current value of every objective of the given plans, in one statement: entered for MANUAL; computed from
 * the data otherwise —
 * - OFFERING_REVENUE: sum of the account's orders between periodStart and periodEnd (inclusive) whose product
 *   category is one of the offering's categories (all orders without an offering); null without a period;
 * - SHARE_OF_WALLET: our revenue over the last 365 days as a percentage of the total market of the account's
 *   whitespace cells; null when no cell has a total market;
 * - DECISION_MAKERS_COVERED: live contacts (not left) with buying role decision maker covered by at least one of us;
 * - HEALTH: the account's current health score; null without one.
 * Values are exact decimals (text), rounded to 2 places like the target column.
 */
export async function objectiveValues(db: ReadDb, planIds: readonly string[], now: Date): Promise<Map<string, string | null>> {
  if (planIds.length === 0) return new Map();
  const today = now.toISOString().slice(0, 10);
  const rows = await db.$queryRaw<{ id: string; value: string | null }[]>`
    WITH obj AS (
      SELECT o.id, o.metric::text AS metric, o."currentValue", o."offeringId", o."periodStart", o."periodEnd", p."accountId"
      FROM "PlanObjective" o JOIN "AccountPlan" p ON p.id = o."planId"
      WHERE o."planId" = ANY(${planIds as string[]}::text[])
    ),
    accounts AS (SELECT DISTINCT "accountId" FROM obj),
    wallet AS (
      SELECT a."accountId",
        (SELECT sum(c."totalMarket") FROM "WhitespaceCell" c WHERE c."accountId" = a."accountId") AS market,
        (SELECT COALESCE(sum(r.amount), 0) FROM "Order" r
          WHERE r."accountId" = a."accountId" AND r."orderDate" > ${today}::date - ${REVENUE_DAYS}::int AND r."orderDate" <= ${today}::date) AS revenue
      FROM accounts a
    ),
    deciders AS (
      SELECT c."accountId", count(*) AS covered FROM "Contact" c
      WHERE c."accountId" IN (SELECT "accountId" FROM accounts) AND c."leftAt" IS NULL AND c."buyingRole" = 'DECISION_MAKER'
        AND EXISTS (SELECT 1 FROM "ContactCoverage" cc WHERE cc."contactId" = c.id)
      GROUP BY c."accountId"
    ),
    offering_revenue AS (
      SELECT obj.id, COALESCE(sum(r.amount), 0) AS revenue
      FROM obj
      LEFT JOIN "Offering" f ON f.id = obj."offeringId"
      LEFT JOIN "Order" r ON r."accountId" = obj."accountId"
        AND r."orderDate" BETWEEN obj."periodStart" AND obj."periodEnd"
        AND (obj."offeringId" IS NULL OR r."productCategory" = ANY(f."productCategories"))
      WHERE obj.metric = 'OFFERING_REVENUE' AND obj."periodStart" IS NOT NULL AND obj."periodEnd" IS NOT NULL
      GROUP BY obj.id
    )
    SELECT obj.id, (CASE obj.metric
      WHEN 'MANUAL' THEN obj."currentValue"
      WHEN 'OFFERING_REVENUE' THEN orv.revenue
      WHEN 'SHARE_OF_WALLET' THEN CASE WHEN w.market > 0 THEN round(w.revenue * 100 / w.market, 2) END
      WHEN 'DECISION_MAKERS_COVERED' THEN COALESCE(d.covered, 0)::numeric
      WHEN 'HEALTH' THEN h.score::numeric
    END)::text AS value
    FROM obj
    LEFT JOIN offering_revenue orv ON orv.id = obj.id
    LEFT JOIN wallet w ON w."accountId" = obj."accountId"
    LEFT JOIN deciders d ON d."accountId" = obj."accountId"
    LEFT JOIN "AccountHealth" h ON h."accountId" = obj."accountId"`;
  return new Map(rows.map((row) => [row.id, row.value]));
}
