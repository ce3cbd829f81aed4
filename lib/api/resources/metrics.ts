import "server-only";
import { z } from "zod";
import type { ReadDb } from "@/lib/db/read-only";
import { notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { ABC_CLASSES } from "@/lib/rfm";
import { RISK_LEVELS } from "@/lib/churn";
import { afterCursor, dayOrNull, decimal, iso, listQuery, out, pageOf, ZPageMeta } from "../list";

export const ZApiClv = z
  .object({
    clv12m: out.decimal(),
    clv36m: out.decimal(),
    pAlive: z.number().meta({ description: "Probability that the customer is still buying (BG/NBD)." }),
    expectedPurchases12m: z.number(),
    expectedAverageValue: out.decimal(),
    fitId: z.string(),
    computedAt: out.dateTime(),
  })
  .meta({ id: "AccountClv" });

export const ZApiMetrics = z
  .object({
    accountId: z.string(),
    revenue12m: out.decimal(),
    margin12m: out.decimal(),
    orderCount: z.number().int(),
    lastOrderAt: out.day().nullable(),
    recencyDays: z.number().int().nullable(),
    rfm: z.object({ r: z.number().int().nullable(), f: z.number().int().nullable(), m: z.number().int().nullable(), segment: z.string().nullable() }),
    abcClass: z.enum(ABC_CLASSES).nullable(),
    risk: z.object({ score: z.number().int(), level: z.enum(RISK_LEVELS), flags: z.array(z.string()) }),
    computedAt: out.dateTime(),
    clv: ZApiClv.nullable().meta({ description: "Lifetime value from the latest fit; null until one covered this account." }),
  })
  .meta({ id: "AccountMetrics" });

export const ZApiMetricsPage = z.object({ data: z.array(ZApiMetrics), ...ZPageMeta }).meta({ id: "AccountMetricsPage" });

const SELECT = {
  accountId: true, revenue12m: true, margin12m: true, orderCount: true, lastOrderAt: true, recencyDays: true, r: true, f: true, m: true,
  rfmSegment: true, abcClass: true, riskScore: true, riskLevel: true, churnFlags: true, computedAt: true,
  account: { select: { clv: true } },
} as const satisfies Prisma.AccountMetricsSelect;

type Row = Prisma.AccountMetricsGetPayload<{ select: typeof SELECT }>;

const metricsJson = (m: Row): z.infer<typeof ZApiMetrics> => {
  const clv = m.account.clv;
  return {
    accountId: m.accountId, revenue12m: decimal(m.revenue12m), margin12m: decimal(m.margin12m), orderCount: m.orderCount,
    lastOrderAt: dayOrNull(m.lastOrderAt), recencyDays: m.recencyDays, rfm: { r: m.r, f: m.f, m: m.m, segment: m.rfmSegment },
    abcClass: m.abcClass as z.infer<typeof ZApiMetrics>["abcClass"],
    risk: { score: m.riskScore, level: m.riskLevel as z.infer<typeof ZApiMetrics>["risk"]["level"], flags: m.churnFlags },
    computedAt: iso(m.computedAt),
    clv: clv && {
      clv12m: decimal(clv.clv12m), clv36m: decimal(clv.clv36m), pAlive: clv.pAlive, expectedPurchases12m: clv.expectedPurchases12m,
      expectedAverageValue: decimal(clv.expectedAverageValue), fitId: clv.fitId, computedAt: iso(clv.computedAt),
    },
  };
};

/** Ordered by (computedAt, accountId): a refresh moves the accounts whose figures changed to the end; `updatedSince` reads computedAt. */
export const ZApiMetricsListQuery = z.object({
  ...listQuery,
  accountId: z.string().max(64).optional(),
  abcClass: z.enum(ABC_CLASSES).optional(),
  riskLevel: z.enum(RISK_LEVELS).optional(),
});

export async function listMetrics(db: ReadDb, q: z.infer<typeof ZApiMetricsListQuery>) {
  const where: Prisma.AccountMetricsWhereInput = {
    AND: [
      afterCursor("computedAt", q.cursor, "accountId"),
      q.updatedSince ? { computedAt: { gte: q.updatedSince } } : {},
      { accountId: q.accountId, abcClass: q.abcClass, riskLevel: q.riskLevel },
    ],
  };
  const rows = await db.accountMetrics.findMany({ where, select: SELECT, orderBy: [{ computedAt: "asc" }, { accountId: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (m) => ({ at: m.computedAt, id: m.accountId }));
  return { data: page.data.map(metricsJson), nextCursor: page.nextCursor };
}

export async function getMetrics(db: ReadDb, accountId: string) {
  const row = await db.accountMetrics.findUnique({ where: { accountId }, select: SELECT });
  if (!row) throw notFound();
  return metricsJson(row);
}
