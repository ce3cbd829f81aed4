"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { ZCreateOpportunity, ZDeleteOpportunity, ZSetOpportunityStage, ZUpdateOpportunity } from "./schemas";

/** Opportunities of one account, under the account edit rule; audited as "Opportunity". */
const guarded = <I extends { accountId: string }>() => ({
  account: (input: I) => input.accountId,
  revalidate: (input: I) => [...accountPagePaths(input), "/whitespace"],
});

/** Closing an opportunity settles its probability: won is certain, lost is nothing. */
const settledProbability = (stage: string, probability: number) => (stage === "WON" ? 100 : stage === "LOST" ? 0 : probability);

/** The owner must be the account's owner or a member of its team, and active. */
async function assertOwner(tx: Tx, account: { id: string; ownerId: string }, ownerId: string) {
  const user = await tx.user.findFirst({
    where: { id: ownerId, active: true, OR: [{ id: account.ownerId }, { teamMemberships: { some: { accountId: account.id } } }] },
    select: { id: true },
  });
  if (!user) throw new AppError("whitespace.opportunities.errors.owner", "INVALID");
}

async function opportunityOf(tx: Tx, accountId: string, opportunityId: string) {
  const opportunity = await tx.opportunity.findFirst({ where: { id: opportunityId, accountId } });
  if (!opportunity) throw notFound();
  return opportunity;
}

const state = (o: { name: string; value: unknown; probability: number; stage: string; expectedClose: Date; ownerId: string; whitespaceCellId: string | null }) => ({
  name: o.name, value: String(o.value), probability: o.probability, stage: o.stage, expectedClose: o.expectedClose.toISOString().slice(0, 10), ownerId: o.ownerId, whitespaceCellId: o.whitespaceCellId,
});

export const createOpportunityAction = defineAction({ schema: ZCreateOpportunity, ...guarded() }, async ({ accountId, whitespaceCellId, ...input }, { user, tx, account }) => {
  await assertOwner(tx, account, input.ownerId);
  if (whitespaceCellId) {
    const cell = await tx.whitespaceCell.findFirst({ where: { id: whitespaceCellId, accountId }, select: { id: true, status: true } });
    if (!cell) throw notFound();
    if (cell.status !== "OPPORTUNITY") {
      await tx.whitespaceCell.update({ where: { id: cell.id }, data: { status: "OPPORTUNITY" } });
      await writeAudit(tx, { userId: user.id, entityType: "WhitespaceCell", entityId: cell.id, action: "update", before: { status: cell.status }, after: { status: "OPPORTUNITY" } });
    }
  }
  const opportunity = await tx.opportunity.create({
    data: { ...input, accountId, whitespaceCellId, probability: settledProbability(input.stage, input.probability), expectedClose: new Date(`${input.expectedClose}T00:00:00Z`) },
  });
  await writeAudit(tx, { userId: user.id, entityType: "Opportunity", entityId: opportunity.id, action: "create", after: { accountId, ...state(opportunity) } });
  return { opportunityId: opportunity.id };
});

export const updateOpportunityAction = defineAction({ schema: ZUpdateOpportunity, ...guarded() }, async ({ accountId, opportunityId, ...input }, { user, tx, account }) => {
  const before = await opportunityOf(tx, accountId, opportunityId);
  if (input.ownerId !== before.ownerId) await assertOwner(tx, account, input.ownerId);
  const after = await tx.opportunity.update({
    where: { id: opportunityId },
    data: { ...input, probability: settledProbability(input.stage, input.probability), expectedClose: new Date(`${input.expectedClose}T00:00:00Z`) },
  });
  if (JSON.stringify(state(before)) !== JSON.stringify(state(after))) {
    await writeAudit(tx, { userId: user.id, entityType: "Opportunity", entityId: opportunityId, action: "update", before: state(before), after: state(after) });
  }
  return { opportunityId };
});

/** Moves the opportunity to another stage; won sets the probability to 100 %, lost to 0 %. */
export const setOpportunityStageAction = defineAction({ schema: ZSetOpportunityStage, ...guarded() }, async ({ accountId, opportunityId, stage }, { user, tx }) => {
  const before = await opportunityOf(tx, accountId, opportunityId);
  if (before.stage === stage) return { opportunityId };
  const after = await tx.opportunity.update({ where: { id: opportunityId }, data: { stage, probability: settledProbability(stage, before.probability) } });
  await writeAudit(tx, { userId: user.id, entityType: "Opportunity", entityId: opportunityId, action: "stage", before: { stage: before.stage, probability: before.probability }, after: { stage: after.stage, probability: after.probability } });
  return { opportunityId };
});

export const deleteOpportunityAction = defineAction({ schema: ZDeleteOpportunity, ...guarded() }, async ({ accountId, opportunityId }, { user, tx }) => {
  const before = await opportunityOf(tx, accountId, opportunityId);
  await tx.opportunity.delete({ where: { id: opportunityId } });
  await writeAudit(tx, { userId: user.id, entityType: "Opportunity", entityId: opportunityId, action: "delete", before: { accountId, ...state(before) } });
  return { opportunityId };
});
