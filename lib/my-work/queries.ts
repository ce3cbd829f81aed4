import "server-only";
import type { AlertKind, AlertParams } from "@/lib/alerts";
import { editableAccountIds, ownedOrOnTeamSql } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import { addDays, daysBetween, startOfUtcDay, utcDayString } from "@/lib/dates";
import type { ReadDb } from "@/lib/db/read-only";
import { loadMyOpenAlerts } from "@/lib/notifications/queries";
import { loadAlertRules } from "@/lib/notifications/rules";
import { UPCOMING_DAYS } from "./schemas";

/** At most this many rows per side section; the totals say how many there are. */
const SECTION_LIMIT = 20;
/** Overdue and coming items listed each, the earliest due first; `counts` says how many there are in all. */
export const WORK_LIST_LIMIT = 50;

/** A task or follow-up of mine with a day: overdue, or due within UPCOMING_DAYS. */
export type WorkItem = {
  kind: "task" | "followUp";
  id: string;
  accountId: string;
  accountName: string;
  title: string;
  /** The plan objective of a task, the activity's summary of a follow-up. */
  context: string;
  /** YYYY-MM-DD. */
  due: string;
  daysOverdue: number;
  canEdit: boolean;
};

/**
 * The manager's day at `now`: plan tasks he owns and follow-ups he logged, overdue or coming up (snoozed ones are
 * counted, not listed), stale assessments of the accounts he owns (age from the STALE_ASSESSMENT rule), the open
 * alerts he was told about, and his accounts (owned or on the team) at high churn risk (the CHURN_RISK_HIGH threshold).
 */
export async function loadMyWork(db: ReadDb, user: Pick<SessionUser, "id" | "role">, { now }: { now: Date }) {
  const today = startOfUtcDay(now);
  const horizon = addDays(today, UPCOMING_DAYS);
  const rules = await loadAlertRules(db);
  const paramsOf = <K extends AlertKind>(kind: K) => rules.find((rule) => rule.kind === kind)!.params as AlertParams[K];
  const staleDays = paramsOf("STALE_ASSESSMENT").maxAgeDays;
  const riskThreshold = paramsOf("CHURN_RISK_HIGH").threshold;

  // Snoozed until a later day (lib/alerts `isSnoozed`): counted, not listed.
  const tomorrow = addDays(today, 1);
  const notSnoozed = { OR: [{ snoozedUntil: null }, { snoozedUntil: { lt: tomorrow } }] };
  const tasksDue = (dueDate: { lt: Date } | { gte: Date; lte: Date }) =>
    db.planTask.findMany({
      where: { ownerId: user.id, status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate, objective: { plan: { account: { archived: false } } }, ...notSnoozed },
      select: {
        id: true, title: true, dueDate: true,
        objective: { select: { title: true, plan: { select: { accountId: true, account: { select: { name: true } } } } } },
      },
      orderBy: [{ dueDate: "asc" }, { id: "asc" }],
      take: WORK_LIST_LIMIT,
    });
  const followUpsDue = (followUpAt: { lt: Date } | { gte: Date; lte: Date }) =>
    db.activity.findMany({
      where: { userId: user.id, followUpDoneAt: null, followUpAt, account: { archived: false }, ...notSnoozed },
      select: { id: true, summary: true, followUpAt: true, followUpNote: true, accountId: true, account: { select: { name: true } } },
      orderBy: [{ followUpAt: "asc" }, { id: "asc" }],
      take: WORK_LIST_LIMIT,
    });
  const overdueDays = { lt: today };
  const comingDays = { gte: today, lte: horizon };

  const [overdueTasks, comingTasks, overdueFollowUps, comingFollowUps, [counts], stale, alerts, atRisk] = await Promise.all([
    tasksDue(overdueDays),
    tasksDue(comingDays),
    followUpsDue(overdueDays),
    followUpsDue(comingDays),
    db.$queryRaw<{ overdue: number; upcoming: number; snoozed: number }[]>`
      SELECT count(*) FILTER (WHERE NOT x.snoozed AND x.due < ${utcDayString(today)}::date)::int AS overdue,
        count(*) FILTER (WHERE NOT x.snoozed AND x.due >= ${utcDayString(today)}::date)::int AS upcoming,
        count(*) FILTER (WHERE x.snoozed)::int AS snoozed
      FROM (
        SELECT t."dueDate" AS due, COALESCE(t."snoozedUntil" >= ${utcDayString(tomorrow)}::date, false) AS snoozed
        FROM "PlanAction" t JOIN "PlanObjective" o ON o.id = t."objectiveId" JOIN "AccountPlan" p ON p.id = o."planId"
        JOIN "Account" a ON a.id = p."accountId"
        WHERE t."ownerId" = ${user.id} AND t.status IN ('OPEN', 'IN_PROGRESS') AND t."dueDate" <= ${utcDayString(horizon)}::date AND NOT a.archived
        UNION ALL
        SELECT f."followUpAt", COALESCE(f."snoozedUntil" >= ${utcDayString(tomorrow)}::date, false)
        FROM "Activity" f JOIN "Account" a ON a.id = f."accountId"
        WHERE f."userId" = ${user.id} AND f."followUpDoneAt" IS NULL AND f."followUpAt" <= ${utcDayString(horizon)}::date AND NOT a.archived
      ) x`,
    db.$queryRaw<{ accountId: string; name: string; assessedAt: Date; isKeyAccount: boolean }[]>`
      SELECT l."accountId", a.name, l."assessedAt", a."isKeyAccount"
      FROM "Account" a JOIN "LatestAssessment" l ON l."accountId" = a.id
      WHERE a."ownerId" = ${user.id} AND NOT a.archived AND l."assessedAt" < ${addDays(today, -staleDays)}
      ORDER BY a."isKeyAccount" DESC, l."assessedAt", a.id
      LIMIT ${SECTION_LIMIT}`,
    loadMyOpenAlerts(db, user.id, SECTION_LIMIT),
    // Raw, with the scope as a joined id set: Prisma's OR over the owner and the team relation probed the team
    // table once per account of the portfolio.
    db.$queryRaw<AtRiskRow[]>`
      SELECT a.id, a.name, a."isKeyAccount", m."riskScore", m."riskLevel", m."churnFlags"
      FROM "Account" a JOIN "AccountMetrics" m ON m."accountId" = a.id
      WHERE NOT a.archived AND ${ownedOrOnTeamSql(user.id)} AND m."riskScore" >= ${riskThreshold}
      ORDER BY m."riskScore" DESC, a.name ASC
      LIMIT ${SECTION_LIMIT}`,
  ]);

  const taskItem = (task: (typeof overdueTasks)[number]): WorkItem => ({
    kind: "task", id: task.id, accountId: task.objective.plan.accountId, accountName: task.objective.plan.account.name,
    title: task.title, context: task.objective.title, due: utcDayString(task.dueDate!), daysOverdue: daysBetween(task.dueDate!, now), canEdit: false,
  });
  const followUpItem = (activity: (typeof overdueFollowUps)[number]): WorkItem => ({
    kind: "followUp", id: activity.id, accountId: activity.accountId, accountName: activity.account.name,
    title: activity.followUpNote ?? "", context: activity.summary, due: utcDayString(activity.followUpAt!), daysOverdue: daysBetween(activity.followUpAt!, now), canEdit: false,
  });
  // Each source gave its earliest WORK_LIST_LIMIT items, so the earliest of both together are among them.
  const byDue = (a: WorkItem, b: WorkItem) => (a.due < b.due ? -1 : a.due > b.due ? 1 : a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : a.id < b.id ? -1 : 1);
  const overdue = [...overdueTasks.map(taskItem), ...overdueFollowUps.map(followUpItem)].sort(byDue).slice(0, WORK_LIST_LIMIT);
  const upcoming = [...comingTasks.map(taskItem), ...comingFollowUps.map(followUpItem)].sort(byDue).slice(0, WORK_LIST_LIMIT);
  const items = [...overdue, ...upcoming];
  const editable = await editableAccountIds(db, user, [...new Set(items.map((item) => item.accountId))]);
  for (const item of items) item.canEdit = editable.has(item.accountId);

  return {
    today: utcDayString(today),
    overdue,
    upcoming,
    /** How many overdue and coming items there are, listed or not (snoozed ones left out). */
    counts: { overdue: counts.overdue, upcoming: counts.upcoming },
    snoozed: counts.snoozed,
    stale: stale.map((row) => ({ ...row, ageDays: daysBetween(row.assessedAt, now) })),
    staleDays,
    alerts,
    atRisk: atRisk.map(({ riskScore, riskLevel, churnFlags, ...account }) => ({ ...account, metrics: { riskScore, riskLevel, churnFlags } })),
  };
}

type AtRiskRow = { id: string; name: string; isKeyAccount: boolean; riskScore: number; riskLevel: string; churnFlags: string[] };

export type MyWork = Awaited<ReturnType<typeof loadMyWork>>;
