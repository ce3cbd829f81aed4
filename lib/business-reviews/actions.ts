"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { assertActiveUser } from "@/lib/accounts/writes";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { outcomeLines, ZAddReview, ZOutcomeToTask, ZRemoveReview, ZUpdateReview, type TReviewInput } from "./schemas";

const guarded = <I extends { accountId: string }>() => ({ account: (input: I) => input.accountId, revalidate: accountPagePaths });

type Review = { heldOn: Date; planId: string | null; agenda: string | null; outcomes: string | null; userIds: string[]; contactIds: string[] };

/**
 * Participants from our side are the account's owner and team; from theirs the account's live contacts. The plan,
 * if named, must be one of the account's.
 */
async function checkReview(tx: Tx, accountId: string, review: Review) {
  const userIds = [...new Set(review.userIds)];
  const contactIds = [...new Set(review.contactIds)];
  const [account, team, contacts, plan] = await Promise.all([
    tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { ownerId: true } }),
    tx.accountTeamMember.findMany({ where: { accountId, userId: { in: userIds } }, select: { userId: true } }),
    tx.contact.count({ where: { accountId, id: { in: contactIds }, leftAt: null } }),
    review.planId ? tx.accountPlan.count({ where: { id: review.planId, accountId } }) : Promise.resolve(1),
  ]);
  const ours = new Set([account.ownerId, ...team.map((m) => m.userId)]);
  if (userIds.some((id) => !ours.has(id))) throw new AppError("planDocument.errors.participantNotOnTeam", "INVALID");
  if (contacts !== contactIds.length) throw new AppError("planDocument.errors.participantNotContact", "INVALID");
  if (!plan) throw notFound();
  return { userIds, contactIds };
}

async function reviewOf(tx: Tx, accountId: string, reviewId: string) {
  const review = await tx.businessReview.findFirst({
    where: { id: reviewId, accountId },
    include: { users: { select: { userId: true } }, contacts: { select: { contactId: true } } },
  });
  if (!review) throw notFound();
  return review;
}

const columns = ({ heldOn, planId, agenda, outcomes }: Review) => ({ heldOn, planId, agenda, outcomes });

export const addReviewAction = defineAction(
  { schema: ZAddReview, ...guarded() },
  async ({ accountId, review }, { user, tx }) => {
    const { userIds, contactIds } = await checkReview(tx, accountId, review);
    const row = await tx.businessReview.create({
      data: {
        ...columns(review), accountId, createdById: user.id,
        users: { create: userIds.map((userId) => ({ userId })) },
        contacts: { create: contactIds.map((contactId) => ({ contactId })) },
      },
      include: { users: true, contacts: true },
    });
    await writeAudit(tx, { userId: user.id, entityType: "BusinessReview", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export const updateReviewAction = defineAction(
  { schema: ZUpdateReview, ...guarded() },
  async ({ accountId, reviewId, review }, { user, tx }) => {
    const before = await reviewOf(tx, accountId, reviewId);
    const { userIds, contactIds } = await checkReview(tx, accountId, review);
    await tx.businessReviewUser.deleteMany({ where: { reviewId } });
    await tx.businessReviewContact.deleteMany({ where: { reviewId } });
    const after = await tx.businessReview.update({
      where: { id: reviewId },
      data: {
        ...columns(review),
        users: { create: userIds.map((userId) => ({ userId })) },
        contacts: { create: contactIds.map((contactId) => ({ contactId })) },
      },
      include: { users: { select: { userId: true } }, contacts: { select: { contactId: true } } },
    });
    await writeAudit(tx, { userId: user.id, entityType: "BusinessReview", entityId: reviewId, action: "update", before, after });
  },
);

export const removeReviewAction = defineAction(
  { schema: ZRemoveReview, ...guarded() },
  async ({ accountId, reviewId }, { user, tx }) => {
    const before = await reviewOf(tx, accountId, reviewId);
    // Tasks that came from the review stay in the plan; they only lose the link (reviewId is set null).
    await tx.businessReview.delete({ where: { id: reviewId } });
    await writeAudit(tx, { userId: user.id, entityType: "BusinessReview", entityId: reviewId, action: "delete", before });
  },
);

export const outcomeToTaskAction = defineAction(
  { schema: ZOutcomeToTask, ...guarded() },
  async ({ accountId, reviewId, objectiveId, line, ownerId, dueDate }, { user, tx }) => {
    const review = await reviewOf(tx, accountId, reviewId);
    const title = outcomeLines(review.outcomes)[line];
    if (!title) throw notFound();
    if (!(await tx.planObjective.count({ where: { id: objectiveId, plan: { accountId } } }))) throw notFound();
    if (ownerId) await assertActiveUser(tx, ownerId, "accountPage.errors.unknownUser");
    if (await tx.planTask.count({ where: { reviewId, title: title.slice(0, 300) } })) throw new AppError("planDocument.errors.outcomeTaken", "CONFLICT");
    const last = await tx.planTask.aggregate({ where: { objectiveId }, _max: { position: true } });
    const row = await tx.planTask.create({
      data: { objectiveId, reviewId, title: title.slice(0, 300), ownerId, dueDate, position: (last._max.position ?? -1) + 1 },
    });
    await writeAudit(tx, { userId: user.id, entityType: "PlanTask", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export type { TReviewInput };
