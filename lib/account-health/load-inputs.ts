// No "server-only" here: the seed, the worker and the bench load health inputs too.
import { analyseCoverage, type ContactLevel, type CoverageContact, type CoverageLine } from "@/lib/coverage";
import type { Db, Tx } from "@/lib/db/prisma";
import { Prisma } from "@/lib/generated/prisma/client";
import type { HealthContact, HealthInput } from "@/lib/health";
import type { RiskLevel } from "@/lib/churn";
import type { Quadrant } from "@/lib/matrix";
import { objectiveProgress, timeElapsed } from "@/lib/objectives";
import type { Stage } from "@/lib/stages";
import { startOfUtcDay, utcDayString } from "@/lib/dates";

export type LoadHealthOptions = {
  /** Only these accounts; without it every non-archived account. Archived accounts are never loaded. */
  accountIds?: readonly string[];
  now: Date;
};

type AccountRow = {
  id: string;
  stage: Stage;
  quadrant: Quadrant | null;
  isKeyAccount: boolean;
  riskScore: number | null;
  riskLevel: RiskLevel | null;
  hasPlan: boolean;
};
type ContactRow = {
  id: string;
  accountId: string;
  level: ContactLevel;
  function: string;
  buyingRole: string | null;
  attitude: HealthContact["attitude"];
  influence: string | null;
  leftAt: Date | null;
  users: string[] | null;
};
/** An account's latest assessment as of instant number `day` (1-based). */
type LatestRow = { key: string; day: number; last: Date };
type TaskRow = { accountId: string; dueDate: Date | null; done: boolean };
type ObjectiveRow = {
  accountId: string;
  metric: string;
  status: string;
  target: number | null;
  currentValue: number | null;
  start: Date;
  dueDate: Date | null;
};
type ComplaintRow = { accountId: string; severity: "LOW" | "MEDIUM" | "HIGH"; openedAt: Date; closedAt: Date | null };

/** A key contact: a decision maker, at board or director level, or of high or decisive influence. */
export function isKeyContact(row: { buyingRole: string | null; level: string; influence: string | null }): boolean {
  return row.buyingRole === "DECISION_MAKER" || row.level === "BOARD" || row.level === "DIRECTOR" || row.influence === "HIGH" || row.influence === "DECISIVE";
}

/**
 * Everything the health engine needs, for every requested non-archived account, in seven set-based queries run
 * concurrently (never one per account). As of `now`: activities, assessments and complaints after it are
 * ignored, so earlier days can be recomputed; churn comes from the stored metrics (their last refresh).
 * Only live contacts count (not departed by `now`'s day): their coverage, their exact last touch — the latest
 * activity with the contact as its subject or as a participant.
 */
export async function loadHealthInputs(db: Db | Tx, { accountIds, now }: LoadHealthOptions): Promise<Map<string, HealthInput>> {
  const [inputs] = await loadHealthInputsAt(db, { accountIds, instants: [now] });
  return inputs;
}

/**
 * `loadHealthInputs` at several instants at once (e.g. a backfill of past days), still in seven queries: the
 * latest assessment per instant is taken in SQL, the touches since the earliest instant and everything else are
 * read once and cut per instant here.
 * Returns one map per instant, in the order given.
 */
export async function loadHealthInputsAt(
  db: Db | Tx,
  { accountIds, instants }: { accountIds?: readonly string[]; instants: readonly Date[] },
): Promise<Map<string, HealthInput>[]> {
  if (accountIds?.length === 0 || instants.length === 0) return instants.map(() => new Map());
  const ids = accountIds ? [...new Set(accountIds)] : undefined;
  const only = (column: Prisma.Sql) => (ids ? Prisma.sql`AND ${column} = ANY(${ids}::text[])` : Prisma.empty);
  // Timestamps are stored without a zone, in UTC: the ISO text cast to `timestamp` drops the Z and keeps UTC.
  const at = instants.map((instant) => instant.toISOString());
  const latest = new Date(Math.max(...instants.map((instant) => instant.getTime())));
  const earliest = new Date(Math.min(...instants.map((instant) => instant.getTime())));
  const days = Prisma.sql`unnest(${at}::timestamp[]) WITH ORDINALITY AS d(at, i)`;

  const accounts = db.$queryRaw<AccountRow[]>`
    SELECT a.id, a.stage::text AS stage, a.quadrant::text AS quadrant, a."isKeyAccount",
      m."riskScore", m."riskLevel",
      EXISTS (SELECT 1 FROM "AccountPlan" p WHERE p."accountId" = a.id) AS "hasPlan"
    FROM "Account" a
    LEFT JOIN "AccountMetrics" m ON m."accountId" = a.id
    WHERE NOT a.archived ${only(Prisma.sql`a.id`)}`;

  const assessments = db.$queryRaw<LatestRow[]>`
    SELECT s."accountId" AS key, d.i::int AS day, max(s."assessedAt") AS last
    FROM ${days} JOIN "Assessment" s ON s."assessedAt" <= d.at
    WHERE TRUE ${only(Prisma.sql`s."accountId"`)}
    GROUP BY 1, 2`;

  const contacts = db.$queryRaw<ContactRow[]>`
    SELECT c.id, c."accountId", c.level::text AS level, c.function::text AS function, c."buyingRole"::text AS "buyingRole",
      c.attitude::text AS attitude, c.influence::text AS influence, c."leftAt",
      (SELECT array_agg(cc."userId" ORDER BY cc."userId") FROM "ContactCoverage" cc WHERE cc."contactId" = c.id) AS users
    FROM "Contact" c
    WHERE (c."leftAt" IS NULL OR c."leftAt" > ${utcDayString(earliest)}::date) ${only(Prisma.sql`c."accountId"`)}
    ORDER BY c.id COLLATE "C"`;

  // Touches: subject and participant rows of the activities. Per contact the latest up to the earliest instant,
  // plus every touch between the earliest and the latest (none for a single instant): enough to find the latest
  // touch at each instant here without one aggregate per instant.
  const touches = db.$queryRaw<{ key: string; last: Date }[]>`
    WITH t AS (
      SELECT act."contactId", act."occurredAt" FROM "Activity" act
      WHERE act."contactId" IS NOT NULL AND act."occurredAt" <= ${latest} ${only(Prisma.sql`act."accountId"`)}
      UNION ALL
      SELECT ap."contactId", act."occurredAt" FROM "ActivityParticipant" ap
      JOIN "Activity" act ON act.id = ap."activityId"
      JOIN "Contact" pc ON pc.id = ap."contactId"
      WHERE act."occurredAt" <= ${latest} ${only(Prisma.sql`pc."accountId"`)}
    )
    SELECT "contactId" AS key, max("occurredAt") AS last FROM t WHERE "occurredAt" <= ${earliest} GROUP BY 1
    UNION ALL
    SELECT "contactId", "occurredAt" FROM t WHERE "occurredAt" > ${earliest}`;

  const tasks = db.$queryRaw<TaskRow[]>`
    SELECT p."accountId", t."dueDate", t.status = 'DONE' AS done
    FROM "PlanAction" t
    JOIN "PlanObjective" o ON o.id = t."objectiveId"
    JOIN "AccountPlan" p ON p.id = o."planId"
    WHERE t.status <> 'CANCELLED' AND o.status <> 'CANCELLED' ${only(Prisma.sql`p."accountId"`)}`;

  // Measurable without other data: MANUAL (entered current value) and DECISION_MAKERS_COVERED (from the contacts).
  const objectives = db.$queryRaw<ObjectiveRow[]>`
    SELECT p."accountId", o.metric::text AS metric, o.status::text AS status, o.target::float8 AS target,
      o."currentValue"::float8 AS "currentValue", COALESCE(o."periodStart", p."createdAt") AS start,
      COALESCE(o."dueDate", o."periodEnd") AS "dueDate"
    FROM "PlanObjective" o
    JOIN "AccountPlan" p ON p.id = o."planId"
    WHERE o.status <> 'CANCELLED' AND o.target IS NOT NULL AND o.metric IN ('MANUAL', 'DECISION_MAKERS_COVERED')
      ${only(Prisma.sql`p."accountId"`)}`;

  const complaints = db.$queryRaw<ComplaintRow[]>`
    SELECT "accountId", severity::text AS severity, "openedAt", "closedAt" FROM "Complaint"
    WHERE "openedAt" <= ${latest} AND ("closedAt" IS NULL OR "closedAt" > ${earliest}) ${only(Prisma.sql`"accountId"`)}`;

  const [accountRows, assessmentRows, contactRows, touchRows, taskRows, objectiveRows, complaintRows] = await Promise.all([
    accounts, assessments, contacts, touches, tasks, objectives, complaints,
  ]);

  const contactsOf = groupBy(contactRows);
  const tasksOf = groupBy(taskRows);
  const objectivesOf = groupBy(objectiveRows);
  const complaintsOf = groupBy(complaintRows);
  const lastOf = (rows: readonly LatestRow[]) => new Map(rows.map((row) => [`${row.day}:${row.key}`, row.last]));
  const touchesOf = new Map<string, number[]>();
  for (const row of touchRows) {
    const list = touchesOf.get(row.key);
    if (list) list.push(row.last.getTime());
    else touchesOf.set(row.key, [row.last.getTime()]);
  }
  const lastTouch = (contactId: string, now: Date): Date | null => {
    let last = -Infinity;
    for (const time of touchesOf.get(contactId) ?? []) if (time <= now.getTime() && time > last) last = time;
    return last === -Infinity ? null : new Date(last);
  };
  const lastAssessment = lastOf(assessmentRows);

  return instants.map((now, index) => {
    const day = index + 1;
    const today = startOfUtcDay(now).getTime();
    const result = new Map<string, HealthInput>();
    for (const account of accountRows) {
      const own = (contactsOf.get(account.id) ?? []).filter((c) => c.leftAt === null || c.leftAt.getTime() > today);
      const coverageContacts: CoverageContact[] = own.map((c) => ({ id: c.id, level: c.level, function: c.function }));
      const lines: CoverageLine[] = own.flatMap((c) => (c.users ?? []).map((userId) => ({ contactId: c.id, userId })));
      const decisionMakersCovered = own.filter((c) => c.buyingRole === "DECISION_MAKER" && (c.users?.length ?? 0) > 0).length;
      result.set(account.id, {
        stage: account.stage,
        quadrant: account.quadrant,
        isKeyAccount: account.isKeyAccount,
        coveragePattern: analyseCoverage(coverageContacts, lines).pattern,
        contacts: own.map((c) => ({
          id: c.id,
          buyingRole: c.buyingRole,
          attitude: c.attitude,
          key: isKeyContact(c),
          coveredBy: c.users?.length ?? 0,
          lastTouchedAt: lastTouch(c.id, now),
        })),
        planItems: (tasksOf.get(account.id) ?? []).map((t) => ({ dueDate: t.dueDate, done: t.done })),
        hasPlan: account.hasPlan,
        objectives: (objectivesOf.get(account.id) ?? []).flatMap((o) => {
          const current = o.metric === "DECISION_MAKERS_COVERED" ? decisionMakersCovered : o.currentValue;
          // A done objective counts as reached whatever its last entered value.
          const progress = o.status === "DONE" ? 1 : objectiveProgress(current, o.target);
          const elapsed = timeElapsed(o.start, o.dueDate, now);
          return progress === null || elapsed === null ? [] : [{ progress, elapsed }];
        }),
        churn: account.riskScore === null || account.riskLevel === null ? null : { score: account.riskScore, level: account.riskLevel },
        lastAssessedAt: lastAssessment.get(`${day}:${account.id}`) ?? null,
        openComplaints: (complaintsOf.get(account.id) ?? [])
          .filter((c) => c.openedAt.getTime() <= now.getTime() && (c.closedAt === null || c.closedAt.getTime() > now.getTime()))
          .map((c) => ({ severity: c.severity, openedAt: c.openedAt })),
      });
    }
    return result;
  });
}

function groupBy<T extends { accountId: string }>(rows: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const list = map.get(row.accountId);
    if (list) list.push(row);
    else map.set(row.accountId, [row]);
  }
  return map;
}
