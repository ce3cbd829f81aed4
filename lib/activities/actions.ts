"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { writeAudit } from "@/lib/db/audit";
import { utcDay } from "@/lib/dates";
import { AppError, conflict, notFound } from "@/lib/errors/app-error";
import type { Tx } from "@/lib/db/prisma";
import { defineAction } from "@/lib/server/define-action";
import { loadTimeline } from "./queries";
import { ZCloseComplaint, ZComplaintInput, ZFollowUpRef, ZLogActivity, ZSnoozeFollowUp, ZTimelinePage } from "./schemas";

export const logActivityAction = defineAction(
  { schema: ZLogActivity, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ accountId, contactId, occurredAt, participantIds, ...rest }, { user, tx }) => {
    if (contactId && !(await tx.contact.count({ where: { id: contactId, accountId } }))) {
      throw new AppError("accountPage.errors.unknownContact");
    }
    // Participants must be current contacts of this account (someone who left is not picked for new activities).
    if (participantIds.length && (await tx.contact.count({ where: { id: { in: participantIds }, accountId, leftAt: null } })) !== participantIds.length) {
      throw new AppError("accountPage.errors.unknownContact");
    }
    const row = await tx.activity.create({
      data: {
        ...rest, accountId, contactId, userId: user.id, occurredAt: occurredAt ?? new Date(),
        contacts: { createMany: { data: participantIds.map((id) => ({ contactId: id })) } },
      },
    });
    await writeAudit(tx, { userId: user.id, entityType: "Activity", entityId: row.id, action: "create", after: { ...row, participantIds } });
    return { id: row.id };
  },
);

export const logComplaintAction = defineAction(
  { schema: ZComplaintInput, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ accountId, openedAt, ...rest }, { user, tx }) => {
    const row = await tx.complaint.create({ data: { ...rest, accountId, openedAt: openedAt ?? new Date() } });
    await writeAudit(tx, { userId: user.id, entityType: "Complaint", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export const closeComplaintAction = defineAction(
  { schema: ZCloseComplaint, account: (input) => input.accountId, revalidate: accountPagePaths },
  async ({ accountId, complaintId }, { user, tx }) => {
    const before = await tx.complaint.findFirst({ where: { id: complaintId, accountId } });
    if (!before) throw notFound();
    if (before.closedAt) throw conflict();
    const after = await tx.complaint.update({ where: { id: complaintId }, data: { closedAt: new Date() } });
    await writeAudit(tx, { userId: user.id, entityType: "Complaint", entityId: complaintId, action: "close", before, after });
  },
);

/** Follow-ups are done or snoozed from the account page and from "My work". */
const followUpPaths = (input: { accountId: string }) => [...accountPagePaths(input), "/my-work"];

async function openFollowUp(tx: Tx, accountId: string, activityId: string) {
  const activity = await tx.activity.findFirst({ where: { id: activityId, accountId } });
  if (!activity || !activity.followUpAt) throw notFound();
  if (activity.followUpDoneAt) throw new AppError("myWork.followUp.alreadyDone", "CONFLICT");
  return activity;
}

export const completeFollowUpAction = defineAction(
  { schema: ZFollowUpRef, account: (input) => input.accountId, revalidate: followUpPaths },
  async ({ accountId, activityId }, { user, tx }) => {
    const before = await openFollowUp(tx, accountId, activityId);
    const after = await tx.activity.update({ where: { id: activityId }, data: { followUpDoneAt: new Date(), snoozedUntil: null } });
    await writeAudit(tx, { userId: user.id, entityType: "Activity", entityId: activityId, action: "followUpDone", before, after });
  },
);

/** Hides an open follow-up until the day `until` (after today), when it comes back. */
export const snoozeFollowUpAction = defineAction(
  { schema: ZSnoozeFollowUp, account: (input) => input.accountId, revalidate: followUpPaths },
  async ({ accountId, activityId, until }, { user, tx }) => {
    const day = new Date(`${until}T00:00:00Z`);
    if (utcDay(day) <= utcDay(new Date())) throw new AppError("myWork.followUp.snoozeNotFuture");
    const before = await openFollowUp(tx, accountId, activityId);
    const after = await tx.activity.update({ where: { id: activityId }, data: { snoozedUntil: day } });
    await writeAudit(tx, { userId: user.id, entityType: "Activity", entityId: activityId, action: "followUpSnooze", before, after });
    return { until };
  },
);

/** Older timeline entries for "show more"; every signed-in user may read an account's timeline. */
export const loadTimelinePageAction = defineAction({ schema: ZTimelinePage }, async ({ accountId, page }, { db }) => {
  if (!(await db.account.count({ where: { id: accountId } }))) throw notFound();
  return loadTimeline(db, accountId, page);
});
