import "server-only";
import { analyseCoverage } from "@/lib/coverage";
import type { Db } from "@/lib/db/prisma";
import type { Quadrant } from "@/lib/generated/prisma/enums";
import type { Locale } from "@/lib/i18n/config";
import { QUADRANTS, STRATEGIES } from "@/lib/matrix";

/** Our people who can be picked as covering users, plan action owners: active users, by name. */
function activeUsers(db: Db) {
  return db.user.findMany({ where: { active: true }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** The contacts tab: contacts with who covers them, the coverage analysis and the users to pick from. */
export async function loadContactsTab(db: Db, accountId: string) {
  const [account, contacts, users] = await Promise.all([
    db.account.findUnique({ where: { id: accountId }, select: { id: true, stage: true } }),
    db.contact.findMany({
      where: { accountId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      include: { coverages: { select: { userId: true, user: { select: { id: true, name: true } } }, orderBy: { createdAt: "asc" } } },
    }),
    activeUsers(db),
  ]);
  if (!account) return null;
  const analysis = analyseCoverage(
    contacts,
    contacts.flatMap((contact) => contact.coverages.map(({ userId }) => ({ contactId: contact.id, userId }))),
    { stage: account.stage },
  );
  return { account, contacts, users, analysis };
}

export type ContactsTabData = NonNullable<Awaited<ReturnType<typeof loadContactsTab>>>;
export type ContactRow = ContactsTabData["contacts"][number];

export const TIMELINE_PAGE_SIZE = 30;

type TimelineKey = { kind: "activity" | "complaint"; id: string };

/**
 * One page of the account's timeline, newest first: activities (by occurredAt) and complaints (by openedAt)
 * merged and paged in one SQL statement, then each side's rows fetched by id — four queries per page.
 */
export async function loadTimeline(db: Db, accountId: string, page = 1) {
  const offset = (page - 1) * TIMELINE_PAGE_SIZE;
  const [keys, [{ total }]] = await Promise.all([
    db.$queryRaw<TimelineKey[]>`
      SELECT kind, id FROM (
        SELECT 'activity' AS kind, id, "occurredAt" AS at FROM "Activity" WHERE "accountId" = ${accountId}
        UNION ALL
        SELECT 'complaint' AS kind, id, "openedAt" AS at FROM "Complaint" WHERE "accountId" = ${accountId}
      ) AS entries
      ORDER BY at DESC, id DESC
      LIMIT ${TIMELINE_PAGE_SIZE} OFFSET ${offset}`,
    db.$queryRaw<{ total: number }[]>`
      SELECT ((SELECT count(*) FROM "Activity" WHERE "accountId" = ${accountId})
            + (SELECT count(*) FROM "Complaint" WHERE "accountId" = ${accountId}))::int AS total`,
  ]);
  const idsOf = (kind: TimelineKey["kind"]) => keys.filter((key) => key.kind === kind).map((key) => key.id);
  const [activities, complaints] = await Promise.all([
    db.activity.findMany({
      where: { id: { in: idsOf("activity") } },
      select: {
        id: true, type: true, occurredAt: true, summary: true, participants: true,
        user: { select: { name: true } }, contact: { select: { id: true, name: true } },
      },
    }),
    db.complaint.findMany({
      where: { id: { in: idsOf("complaint") } },
      select: { id: true, openedAt: true, closedAt: true, severity: true, summary: true },
    }),
  ]);
  const activityById = new Map(activities.map((a) => [a.id, a]));
  const complaintById = new Map(complaints.map((c) => [c.id, c]));
  const entries = keys.flatMap((key): TimelineEntry[] => {
    if (key.kind === "activity") {
      const a = activityById.get(key.id);
      return a ? [{ kind: "activity", id: a.id, at: a.occurredAt.toISOString(), type: a.type, summary: a.summary, participants: a.participants, loggedBy: a.user.name, contact: a.contact }] : [];
    }
    const c = complaintById.get(key.id);
    return c ? [{ kind: "complaint", id: c.id, at: c.openedAt.toISOString(), closedAt: c.closedAt?.toISOString() ?? null, severity: c.severity, summary: c.summary }] : [];
  });
  return { entries, total, page, pageSize: TIMELINE_PAGE_SIZE };
}

/** Plain, serialisable timeline rows, so client components can append further pages. */
export type TimelineEntry =
  | {
      kind: "activity"; id: string; at: string; type: "CALL" | "MEETING" | "VISIT" | "EMAIL" | "OTHER";
      summary: string; participants: string[]; loggedBy: string; contact: { id: string; name: string } | null;
    }
  | { kind: "complaint"; id: string; at: string; closedAt: string | null; severity: "LOW" | "MEDIUM" | "HIGH"; summary: string };

export type TimelinePage = Awaited<ReturnType<typeof loadTimeline>>;

/** The pickers of the quick activity form: the account's contacts. */
export function loadContactOptions(db: Db, accountId: string) {
  return db.contact.findMany({ where: { accountId }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}

/** The plan tab: every plan with objectives and actions (and owners), the quadrant, and the users to pick. */
export async function loadPlans(db: Db, accountId: string) {
  const [account, plans, users] = await Promise.all([
    db.account.findUnique({ where: { id: accountId }, select: { id: true, quadrant: true, name: true } }),
    db.accountPlan.findMany({
      where: { accountId },
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      include: {
        createdBy: { select: { name: true } },
        objectives: {
          orderBy: [{ position: "asc" }, { id: "asc" }],
          include: { actions: { orderBy: [{ position: "asc" }, { id: "asc" }], include: { owner: { select: { id: true, name: true } } } } },
        },
      },
    }),
    activeUsers(db),
  ]);
  if (!account) return null;
  return { account, plans, users };
}

export type PlansData = NonNullable<Awaited<ReturnType<typeof loadPlans>>>;
export type PlanRow = PlansData["plans"][number];

/** Share of the plan's non-cancelled actions that are done; null when it has none. */
export function planCompletion(plan: { objectives: { actions: { status: string }[] }[] }): number | null {
  const actions = plan.objectives.flatMap((o) => o.actions).filter((a) => a.status !== "CANCELLED");
  if (actions.length === 0) return null;
  return actions.filter((a) => a.status === "DONE").length / actions.length;
}

/** The objectives a new plan starts from: the recommended actions of the quadrant's strategy (seed 002 fig. 2). */
export function strategyObjectives(quadrant: Quadrant | null, locale: Locale): string[] {
  if (!quadrant) return [];
  return STRATEGIES[QUADRANTS[quadrant].strategy].actions.map((action) => action[locale]);
}
