import "server-only";
import type { ReadDb } from "@/lib/db/read-only";

export const TIMELINE_PAGE_SIZE = 30;

type TimelineKey = { kind: "activity" | "complaint"; id: string };

/**
 * One page of the account's timeline, newest first: activities (by occurredAt) and complaints (by openedAt)
 * merged and paged in one SQL statement, then each side's rows fetched by id — four queries per page.
 */
export async function loadTimeline(db: ReadDb, accountId: string, page = 1) {
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
        followUpAt: true, followUpNote: true, followUpDoneAt: true,
        user: { select: { name: true } }, contact: { select: { id: true, name: true } },
        contacts: { select: { contact: { select: { id: true, name: true } } }, orderBy: { contact: { name: "asc" } } },
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
      if (!a) return [];
      const followUp = a.followUpAt
        ? { at: a.followUpAt.toISOString().slice(0, 10), note: a.followUpNote, doneAt: a.followUpDoneAt?.toISOString() ?? null }
        : null;
      return [{ kind: "activity", id: a.id, at: a.occurredAt.toISOString(), type: a.type, summary: a.summary, participants: a.participants, people: a.contacts.map((p) => p.contact), loggedBy: a.user.name, contact: a.contact, followUp }];
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
      summary: string; participants: string[];
      /** The account's contacts who took part (linked), besides the free-text `participants`. */
      people: { id: string; name: string }[];
      loggedBy: string; contact: { id: string; name: string } | null;
      /** The follow-up: its day (YYYY-MM-DD), what to do, when it was done. */
      followUp: { at: string; note: string | null; doneAt: string | null } | null;
    }
  | { kind: "complaint"; id: string; at: string; closedAt: string | null; severity: "LOW" | "MEDIUM" | "HIGH"; summary: string };

export type TimelinePage = Awaited<ReturnType<typeof loadTimeline>>;

/** The pickers of the quick activity form: the account's current contacts (those who left are not picked). */
export function loadContactOptions(db: ReadDb, accountId: string) {
  return db.contact.findMany({ where: { accountId, leftAt: null }, select: { id: true, name: true }, orderBy: { name: "asc" } });
}
