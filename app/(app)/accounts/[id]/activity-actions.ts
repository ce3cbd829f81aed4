"use server";

import { AppError, conflict, notFound } from "@/lib/actions/errors";
import { defineAction } from "@/lib/actions/define-action";
import { assertCanEditAccount } from "@/lib/auth/permissions";
import { loadTimeline } from "@/lib/db/account-work";
import { writeAudit } from "@/lib/db/audit";
import { ZActivityInput, ZCloseComplaint, ZComplaintInput, ZTimelinePage } from "@/lib/validation/activity";
import { refresh } from "./refresh";

export const logActivityAction = defineAction({ schema: ZActivityInput }, async (input, { user, db }) => {
  const { accountId, contactId, occurredAt, ...rest } = input;
  const created = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    if (contactId && !(await tx.contact.count({ where: { id: contactId, accountId } }))) {
      throw new AppError("accountWork.errors.unknownContact");
    }
    const row = await tx.activity.create({
      data: { ...rest, accountId, contactId, userId: user.id, occurredAt: occurredAt ?? new Date() },
    });
    await writeAudit(tx, { userId: user.id, entityType: "Activity", entityId: row.id, action: "create", after: row });
    return row;
  });
  refresh(accountId);
  return { id: created.id };
});

export const logComplaintAction = defineAction({ schema: ZComplaintInput }, async ({ accountId, openedAt, ...rest }, { user, db }) => {
  const created = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const row = await tx.complaint.create({ data: { ...rest, accountId, openedAt: openedAt ?? new Date() } });
    await writeAudit(tx, { userId: user.id, entityType: "Complaint", entityId: row.id, action: "create", after: row });
    return row;
  });
  refresh(accountId);
  return { id: created.id };
});

export const closeComplaintAction = defineAction({ schema: ZCloseComplaint }, async ({ accountId, complaintId }, { user, db }) => {
  await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const before = await tx.complaint.findFirst({ where: { id: complaintId, accountId } });
    if (!before) throw notFound();
    if (before.closedAt) throw conflict();
    const after = await tx.complaint.update({ where: { id: complaintId }, data: { closedAt: new Date() } });
    await writeAudit(tx, { userId: user.id, entityType: "Complaint", entityId: complaintId, action: "close", before, after });
  });
  refresh(accountId);
});

/** Older timeline entries for "show more"; every signed-in user may read an account's timeline (DESIGN §1). */
export const loadTimelinePageAction = defineAction({ schema: ZTimelinePage }, async ({ accountId, page }, { db }) => {
  if (!(await db.account.count({ where: { id: accountId } }))) throw notFound();
  return loadTimeline(db, accountId, page);
});
