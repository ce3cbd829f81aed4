import "server-only";
import { churnSignals, type ChurnSignals } from "@/lib/churn";
import { dateOfDay, utcDayString } from "@/lib/dates";
import type { Db } from "@/lib/db/prisma";

export type GroupMember = { id: string; name: string; isParent: boolean; archived: boolean; revenue12m: number };

type DayRevenue = { day: number; amount: number };

/**
 * Everything the overview tab shows beyond the account row, in six concurrent queries: the cached metrics,
 * the group (parent and subsidiaries with their 12-month revenue), the latest matrix assessment, and the
 * inputs of the churn engine. Churn signals are computed live for this one account so their evidence
 * (intervals, revenue windows, days without contact, open complaints) can be shown; the list reads the cache.
 */
export async function getAccountOverview(db: Db, account: { id: string; parentId: string | null }, asOf: Date) {
  const root = account.parentId ?? account.id;
  const day = utcDayString(asOf);
  const [metrics, group, latest, orderDays, lastActivity, complaints] = await Promise.all([
    db.accountMetrics.findUnique({ where: { accountId: account.id } }),
    db.account.findMany({
      where: { OR: [{ id: root }, { parentId: root }] },
      select: { id: true, name: true, parentId: true, archived: true, metrics: { select: { revenue12m: true } } },
      orderBy: { name: "asc" },
    }),
    db.assessment.findFirst({
      where: { accountId: account.id, model: { purpose: "MATRIX" } },
      orderBy: { assessedAt: "desc" },
      include: { assessor: { select: { name: true } }, model: { select: { version: true } } },
    }),
    // One row per order day: the engine needs order days and revenue, not individual orders.
    db.$queryRaw<DayRevenue[]>`
      SELECT "orderDate" - DATE '1970-01-01' AS day, sum(amount)::float8 AS amount FROM "Order"
      WHERE "accountId" = ${account.id} AND "orderDate" <= ${day}::date GROUP BY 1`,
    db.activity.findFirst({
      where: { accountId: account.id, occurredAt: { lte: asOf } },
      orderBy: { occurredAt: "desc" },
      select: { occurredAt: true },
    }),
    db.complaint.findMany({
      where: { accountId: account.id, openedAt: { lte: asOf }, OR: [{ closedAt: null }, { closedAt: { gt: asOf } }] },
      select: { openedAt: true, closedAt: true, severity: true },
    }),
  ]);

  const churn: ChurnSignals = churnSignals({
    orders: orderDays.map((row) => ({ date: dateOfDay(row.day), amount: row.amount })),
    activities: lastActivity ? [{ date: lastActivity.occurredAt }] : [],
    complaints,
    asOf,
  });
  const members: GroupMember[] = group.map((m) => ({
    id: m.id,
    name: m.name,
    isParent: m.parentId === null,
    archived: m.archived,
    revenue12m: m.metrics?.revenue12m.toNumber() ?? 0,
  }));

  return {
    metrics: metrics && {
      revenue12m: metrics.revenue12m.toNumber(),
      margin12m: metrics.margin12m.toNumber(),
      orderCount: metrics.orderCount,
      lastOrderAt: metrics.lastOrderAt,
      recencyDays: metrics.recencyDays,
      r: metrics.r,
      f: metrics.f,
      m: metrics.m,
      rfmSegment: metrics.rfmSegment,
      abcClass: metrics.abcClass,
    },
    latestAssessment: latest && {
      assessedAt: latest.assessedAt,
      attractiveness: latest.attractiveness?.toNumber() ?? null,
      strength: latest.strength?.toNumber() ?? null,
      attractivenessCompleteness: latest.attractivenessCompleteness.toNumber(),
      strengthCompleteness: latest.strengthCompleteness.toNumber(),
      quadrant: latest.quadrant,
      assessorName: latest.assessor.name,
      modelVersion: latest.model.version,
    },
    churn,
    // A group only when there is more than the account itself; the roll-up sums parent and subsidiaries.
    group: members.length > 1 ? { members, revenue12m: members.reduce((sum, m) => sum + m.revenue12m, 0) } : null,
  };
}

export type AccountOverview = Awaited<ReturnType<typeof getAccountOverview>>;
