// No "server-only": the job worker evaluates alerts outside Next.
import type { AccountHistory, AlertDataSet, AlertRuleSet } from "@/lib/alerts";
import type { ChurnComplaint, ComplaintSeverity } from "@/lib/churn";
import type { ContactLevel } from "@/lib/coverage";
import { addDays, dateOfDay, utcDay, utcDayString } from "@/lib/dates";
import type { Tx } from "@/lib/db/prisma";
import { readOrderDays } from "@/lib/orders/order-days";
import { Prisma } from "@/lib/generated/prisma/client";
import type { BuyingRole } from "@/lib/personality";
import type { Stage } from "@/lib/stages";

type ActivityRow = { accountId: string; last: Date; lastThen: Date | null };
type ComplaintRow = { accountId: string; openedAt: Date; closedAt: Date | null; severity: ComplaintSeverity };
type StageRow = { id: string; accountId: string; fromStage: Stage; toStage: Stage; at: Date; reasons: string[] };
type ContactRow = {
  id: string; accountId: string; name: string; level: ContactLevel; function: string; buyingRole: BuyingRole | null;
  createdAt: Date; lastTouchedAt: Date | null;
};

const COVERAGE_STAGES = Prisma.sql`('COOPERATIVE', 'INTERDEPENDENT', 'INTEGRATED')`;
/** A rule's account scope over the Account row aliased `acc`. */
const scope = (keyOnly: boolean) => (keyOnly ? Prisma.sql`acc."isKeyAccount"` : Prisma.sql`TRUE`);

/**
 * The data the enabled rules read, in a handful of set-based queries (never one per account): accounts, order
 * revenue per day, latest activities, open complaints, latest stage moves, contacts with their last touch and
 * coverage, latest assessments, open plan tasks past due. Only non-archived accounts take part; nothing dated after
 * `now` is read.
 */
export async function loadAlertData(tx: Tx, rules: AlertRuleSet, now: Date): Promise<AlertDataSet> {
  const on = <K extends keyof AlertRuleSet>(kind: K) => (rules[kind]?.enabled ? rules[kind] : undefined);
  const today = utcDay(now);
  const day = utcDayString(now);
  const stages = on("STAGE_REGRESSION");
  const coverage = on("SINGLE_THREADED");
  const keyContacts = on("KEY_CONTACT_UNTOUCHED");
  const assessments = on("STALE_ASSESSMENT");
  const tasks = on("PLAN_TASK_OVERDUE");
  const sponsors = on("SPONSOR_LOST");
  const health = on("HEALTH_DROP");

  const accounts = await tx.account.findMany({
    where: { archived: false },
    select: { id: true, name: true, ownerId: true, stage: true, isKeyAccount: true },
    orderBy: { id: "asc" },
  });
  const data: AlertDataSet = { accounts };
  // The order histories (churn and revenue rules) are loaded per batch of accounts: see loadAlertHistories.

  if (stages) {
    data.stageChanges = await tx.$queryRaw<StageRow[]>`
      SELECT DISTINCT ON (t."accountId") t.id, t."accountId", t."fromStage"::text AS "fromStage", t."toStage"::text AS "toStage",
        t."createdAt" AS at, COALESCE(t.reasons::text[], ARRAY[]::text[]) AS reasons
      FROM "StageTransition" t
      WHERE t."createdAt" >= ${dateOfDay(today - stages.params.lookbackDays)} AND t."createdAt" <= ${now}
      ORDER BY t."accountId", t."createdAt" DESC, t.id DESC`;
  }

  if (coverage || keyContacts) {
    const forCoverage = coverage ? Prisma.sql`(acc.stage::text IN ${COVERAGE_STAGES} AND ${scope(coverage.params.keyAccountsOnly)})` : Prisma.sql`FALSE`;
    const forKeyContacts = keyContacts
      ? Prisma.sql`((c.level::text = ANY(${keyContacts.params.levels}::text[]) OR c."buyingRole"::text = ANY(${keyContacts.params.buyingRoles}::text[]))
          AND ${scope(keyContacts.params.keyAccountsOnly)})`
      : Prisma.sql`FALSE`;
    data.contacts = await tx.$queryRaw<ContactRow[]>`
      SELECT c.id, c."accountId", c.name, c.level::text AS level, c.function::text AS function, c."buyingRole"::text AS "buyingRole",
        c."createdAt", touched.last AS "lastTouchedAt"
      FROM "Contact" c
      JOIN "Account" acc ON acc.id = c."accountId" AND NOT acc.archived
      LEFT JOIN (
        SELECT "contactId", max("occurredAt") AS last FROM (
          SELECT "contactId", "occurredAt" FROM "Activity" WHERE "contactId" IS NOT NULL AND "occurredAt" < ${day}::date + 1
          UNION ALL
          SELECT p."contactId", a."occurredAt" FROM "ActivityParticipant" p JOIN "Activity" a ON a.id = p."activityId"
          WHERE a."occurredAt" < ${day}::date + 1
        ) touches GROUP BY "contactId"
      ) touched ON touched."contactId" = c.id
      WHERE c."leftAt" IS NULL AND (${forCoverage} OR ${forKeyContacts})
      ORDER BY c.id`;
    if (coverage) {
      data.coverage = await tx.$queryRaw<{ contactId: string; userId: string }[]>`
        SELECT cc."contactId", cc."userId" FROM "ContactCoverage" cc
        JOIN "Contact" c ON c.id = cc."contactId" AND c."leftAt" IS NULL
        JOIN "Account" acc ON acc.id = c."accountId" AND NOT acc.archived
        WHERE ${forCoverage}`;
    }
  }

  if (sponsors) {
    data.departures = await tx.$queryRaw<NonNullable<AlertDataSet["departures"]>[number][]>`
      SELECT c.id, c."accountId", c.name, c."buyingRole"::text AS "buyingRole", c.attitude::text AS attitude, c."leftAt", c."newEmployer"
      FROM "Contact" c
      WHERE c."leftAt" BETWEEN ${utcDayString(dateOfDay(today - sponsors.params.lookbackDays))}::date AND ${day}::date
      ORDER BY c.id`;
  }

  if (health) {
    // The current score and the readings of the window; the engine takes the oldest one before today.
    const rows = await tx.$queryRaw<{ accountId: string; score: number | null; days: Date[]; scores: (number | null)[] }[]>`
      SELECT h."accountId", h.score,
        COALESCE(array_agg(s.day ORDER BY s.day) FILTER (WHERE s.day IS NOT NULL), ARRAY[]::date[]) AS days,
        COALESCE(array_agg(s.score ORDER BY s.day) FILTER (WHERE s.day IS NOT NULL), ARRAY[]::int[]) AS scores
      FROM "AccountHealth" h
      LEFT JOIN "HealthSnapshot" s ON s."accountId" = h."accountId"
        AND s.day >= ${utcDayString(dateOfDay(today - health.params.windowDays))}::date AND s.day < ${day}::date
      WHERE h.score IS NOT NULL
      GROUP BY h."accountId", h.score`;
    data.health = rows.map((row) => ({
      accountId: row.accountId,
      score: row.score,
      readings: row.days.map((d, i) => ({ day: d, score: row.scores[i] })),
    }));
  }

  if (assessments) {
    data.assessments = await tx.$queryRaw<{ id: string; accountId: string; assessedAt: Date }[]>`
      SELECT DISTINCT ON ("accountId") id, "accountId", "assessedAt" FROM "Assessment"
      WHERE "assessedAt" <= ${now}
      ORDER BY "accountId", "assessedAt" DESC, id DESC`;
  }

  if (tasks) {
    const rows = await tx.planTask.findMany({
      where: { status: { in: ["OPEN", "IN_PROGRESS"] }, dueDate: { lt: dateOfDay(today - tasks.params.graceDays) } },
      select: { id: true, title: true, ownerId: true, dueDate: true, status: true, snoozedUntil: true, objective: { select: { plan: { select: { accountId: true } } } } },
    });
    data.tasks = rows.map(({ objective, ...task }) => ({ ...task, accountId: objective.plan.accountId }));
  }
  return data;
}

/** The rules that read order histories: their accounts are evaluated a batch at a time. */
export const HISTORY_ALERT_KINDS = ["CHURN_RISK_HIGH", "CHURN_RISK_RISE", "REVENUE_DROP"] as const;

/**
 * The order histories the enabled history rules read, for the given accounts only: a whole portfolio's order days
 * (1.5 million at 20,000 accounts) held at once took the worker past a gigabyte, so the caller goes batch by batch.
 * Null when no history rule is enabled.
 */
export async function loadAlertHistories(tx: Tx, rules: AlertRuleSet, now: Date, accountIds: readonly string[]) {
  const on = <K extends keyof AlertRuleSet>(kind: K) => (rules[kind]?.enabled ? rules[kind] : undefined);
  const churnHigh = on("CHURN_RISK_HIGH");
  const churnRise = on("CHURN_RISK_RISE");
  const revenue = on("REVENUE_DROP");
  if (!churnHigh && !churnRise && !revenue) return null;
  return loadHistories(tx, now, accountIds, {
    // The churn engine reads the whole order history (the buying rhythm); the revenue rule only its two windows.
    fromDay: churnHigh || churnRise ? null : utcDay(now) - 365 - revenue!.params.windowDays,
    then: churnRise ? addDays(now, -churnRise.params.windowDays) : null,
    withChurn: Boolean(churnHigh || churnRise),
  });
}

/** Order revenue per day, the latest activity (now and at `then`) and the complaints open at either date. */
async function loadHistories(
  tx: Tx,
  now: Date,
  accountIds: readonly string[],
  { fromDay, then, withChurn }: { fromDay: number | null; then: Date | null; withChurn: boolean },
) {
  const day = utcDayString(now);
  const ids = Prisma.sql`"accountId" = ANY(${accountIds}::text[])`;
  const orders = readOrderDays(tx, { accountIds, upTo: now, from: fromDay === null ? undefined : dateOfDay(fromDay) });
  const thenDay = utcDayString(then ?? now);
  const activities = withChurn
    ? tx.$queryRaw<ActivityRow[]>`
        SELECT "accountId", max("occurredAt") AS last, max("occurredAt") FILTER (WHERE "occurredAt" < ${thenDay}::date + 1) AS "lastThen"
        FROM "Activity" WHERE ${ids} AND "occurredAt" < ${day}::date + 1 GROUP BY "accountId"`
    : Promise.resolve([]);
  // A superset of the complaints open at `now` or at `then`; the churn engine applies the exact instants.
  const complaints = withChurn
    ? tx.$queryRaw<ComplaintRow[]>`
        SELECT "accountId", "openedAt", "closedAt", severity::text AS severity FROM "Complaint"
        WHERE ${ids} AND "openedAt" < ${day}::date + 1 AND ("closedAt" IS NULL OR "closedAt" >= ${thenDay}::date)`
    : Promise.resolve([]);
  const [orderRows, activityRows, complaintRows] = await Promise.all([orders, activities, complaints]);

  const histories = new Map<string, { orders: { date: Date; amount: number }[]; activityDates: Date[]; complaints: ChurnComplaint[] }>();
  const of = (accountId: string) => {
    let history = histories.get(accountId);
    if (!history) histories.set(accountId, (history = { orders: [], activityDates: [], complaints: [] }));
    return history;
  };
  for (const row of orderRows) of(row.accountId).orders.push(...row.days.map((d, i) => ({ date: dateOfDay(d), amount: row.values[i] })));
  for (const row of activityRows) of(row.accountId).activityDates.push(...(row.lastThen && row.lastThen.getTime() !== row.last.getTime() ? [row.last, row.lastThen] : [row.last]));
  for (const row of complaintRows) of(row.accountId).complaints.push({ openedAt: row.openedAt, closedAt: row.closedAt, severity: row.severity });
  return histories as Map<string, AccountHistory>;
}
