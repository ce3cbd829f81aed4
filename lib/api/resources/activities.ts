import "server-only";
import { z } from "zod";
import { ZActivityInput, ZComplaintInput } from "@/lib/activities/schemas";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { AppError, conflict, notFound } from "@/lib/errors/app-error";
import type { Activity, Complaint, Prisma } from "@/lib/generated/prisma/client";
import { ActivityType, ComplaintSeverity } from "@/lib/generated/prisma/enums";
import type { ApiActor } from "../define-api-route";
import { afterCursor, boolFilter, dayOrNull, iso, isoOrNull, listQuery, out, pageOf, ZPageMeta } from "../list";

// ───────────── activities ─────────────

export const ZApiActivity = z
  .object({
    id: out.id(),
    accountId: z.string(),
    contactId: z.string().nullable(),
    userId: z.string(),
    type: z.enum(ActivityType),
    occurredAt: out.dateTime(),
    summary: z.string(),
    participants: z.array(z.string()),
    followUpAt: out.day().nullable(),
    followUpNote: z.string().nullable(),
    followUpDoneAt: out.dateTime().nullable(),
    snoozedUntil: out.day().nullable(),
    createdAt: out.dateTime(),
    updatedAt: out.dateTime(),
  })
  .meta({ id: "Activity" });

export const ZApiActivityPage = z.object({ data: z.array(ZApiActivity), ...ZPageMeta }).meta({ id: "ActivityPage" });

export const activityJson = (a: Activity): z.infer<typeof ZApiActivity> => ({
  id: a.id, accountId: a.accountId, contactId: a.contactId, userId: a.userId, type: a.type, occurredAt: iso(a.occurredAt), summary: a.summary,
  participants: a.participants, followUpAt: dayOrNull(a.followUpAt), followUpNote: a.followUpNote, followUpDoneAt: isoOrNull(a.followUpDoneAt),
  snoozedUntil: dayOrNull(a.snoozedUntil), createdAt: iso(a.createdAt), updatedAt: iso(a.updatedAt),
});

export const ZApiActivityListQuery = z.object({
  ...listQuery,
  accountId: z.string().max(64).optional().meta({ description: "Only the activities of this account." }),
  userId: z.string().max(64).optional().meta({ description: "Only the activities logged by this user." }),
  type: z.enum(ActivityType).optional(),
});

export async function listActivities(db: ReadDb, q: z.infer<typeof ZApiActivityListQuery>) {
  const where: Prisma.ActivityWhereInput = {
    AND: [
      afterCursor("updatedAt", q.cursor),
      q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
      { accountId: q.accountId, userId: q.userId, type: q.type },
    ],
  };
  const rows = await db.activity.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (a) => ({ at: a.updatedAt, id: a.id }));
  return { data: page.data.map(activityJson), nextCursor: page.nextCursor };
}

export async function getActivity(db: ReadDb, id: string) {
  const row = await db.activity.findUnique({ where: { id } });
  if (!row) throw notFound();
  return activityJson(row);
}

/** The account page's activity form schema: the same rules, the key's user as the one who logged it. */
export const ZApiActivityCreate = ZActivityInput.meta({ id: "ActivityCreate" });

export async function createActivity(tx: Tx, actor: ApiActor, input: z.infer<typeof ZApiActivityCreate>) {
  const { accountId, contactId, occurredAt, ...rest } = input;
  if (contactId && !(await tx.contact.count({ where: { id: contactId, accountId } }))) throw new AppError("accountPage.errors.unknownContact");
  const row = await tx.activity.create({ data: { ...rest, accountId, contactId, userId: actor.userId, occurredAt: occurredAt ?? new Date() } });
  await writeAudit(tx, { ...actor, entityType: "Activity", entityId: row.id, action: "create", after: row });
  return activityJson(row);
}

// ───────────── complaints ─────────────

export const ZApiComplaint = z
  .object({
    id: out.id(),
    accountId: z.string(),
    openedAt: out.dateTime(),
    closedAt: out.dateTime().nullable(),
    severity: z.enum(ComplaintSeverity),
    summary: z.string(),
    createdAt: out.dateTime(),
    updatedAt: out.dateTime(),
  })
  .meta({ id: "Complaint" });

export const ZApiComplaintPage = z.object({ data: z.array(ZApiComplaint), ...ZPageMeta }).meta({ id: "ComplaintPage" });

export const complaintJson = (c: Complaint): z.infer<typeof ZApiComplaint> => ({
  id: c.id, accountId: c.accountId, openedAt: iso(c.openedAt), closedAt: isoOrNull(c.closedAt), severity: c.severity, summary: c.summary,
  createdAt: iso(c.createdAt), updatedAt: iso(c.updatedAt),
});

export const ZApiComplaintListQuery = z.object({
  ...listQuery,
  accountId: z.string().max(64).optional().meta({ description: "Only the complaints of this account." }),
  severity: z.enum(ComplaintSeverity).optional(),
  open: boolFilter("Only open (true) or only closed (false) complaints."),
});

export async function listComplaints(db: ReadDb, q: z.infer<typeof ZApiComplaintListQuery>) {
  const where: Prisma.ComplaintWhereInput = {
    AND: [
      afterCursor("updatedAt", q.cursor),
      q.updatedSince ? { updatedAt: { gte: q.updatedSince } } : {},
      { accountId: q.accountId, severity: q.severity },
      q.open === undefined ? {} : q.open ? { closedAt: null } : { closedAt: { not: null } },
    ],
  };
  const rows = await db.complaint.findMany({ where, orderBy: [{ updatedAt: "asc" }, { id: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (c) => ({ at: c.updatedAt, id: c.id }));
  return { data: page.data.map(complaintJson), nextCursor: page.nextCursor };
}

export async function findComplaint(db: ReadDb, id: string) {
  const row = await db.complaint.findUnique({ where: { id } });
  if (!row) throw notFound();
  return row;
}

export const ZApiComplaintCreate = ZComplaintInput.meta({ id: "ComplaintCreate" });

export async function createComplaint(tx: Tx, actor: ApiActor, input: z.infer<typeof ZApiComplaintCreate>) {
  const { accountId, openedAt, ...rest } = input;
  const row = await tx.complaint.create({ data: { ...rest, accountId, openedAt: openedAt ?? new Date() } });
  await writeAudit(tx, { ...actor, entityType: "Complaint", entityId: row.id, action: "create", after: row });
  return complaintJson(row);
}

/** The app lets a complaint be closed, nothing else: `{ "closed": true }`. */
export const ZApiComplaintPatch = z.object({ closed: z.literal(true, "validation.invalid") }).meta({ id: "ComplaintPatch" });

export async function closeComplaint(tx: Tx, actor: ApiActor, accountId: string, complaintId: string) {
  const before = await tx.complaint.findFirst({ where: { id: complaintId, accountId } });
  if (!before) throw notFound();
  if (before.closedAt) throw conflict();
  const after = await tx.complaint.update({ where: { id: complaintId }, data: { closedAt: new Date() } });
  await writeAudit(tx, { ...actor, entityType: "Complaint", entityId: complaintId, action: "close", before, after });
  return complaintJson(after);
}
