"use server";

import { AppError, notFound } from "@/lib/actions/errors";
import { defineAction } from "@/lib/actions/define-action";
import { assertCanEditAccount } from "@/lib/auth/permissions";
import { strategyObjectives } from "@/lib/db/account-work";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { getI18n } from "@/lib/i18n/server";
import {
  ZAddObjective,
  ZAddPlanAction,
  ZCreatePlan,
  ZRemoveObjective,
  ZRemovePlanAction,
  ZSetActionStatus,
  ZUpdateObjective,
  ZUpdatePlanAction,
} from "@/lib/validation/plan";
import { refresh } from "./refresh";

async function objectiveOf(tx: Tx, accountId: string, objectiveId: string) {
  const objective = await tx.planObjective.findFirst({ where: { id: objectiveId, plan: { accountId } } });
  if (!objective) throw notFound();
  return objective;
}

async function actionOf(tx: Tx, accountId: string, actionId: string) {
  const action = await tx.planAction.findFirst({ where: { id: actionId, objective: { plan: { accountId } } } });
  if (!action) throw notFound();
  return action;
}

async function assertOwner(tx: Tx, ownerId: string | null) {
  if (ownerId && !(await tx.user.count({ where: { id: ownerId, active: true } }))) {
    throw new AppError("accountWork.errors.unknownUser");
  }
}

export const createPlanAction = defineAction({ schema: ZCreatePlan }, async ({ accountId, title, objectives }, { user, db }) => {
  const { locale } = await getI18n();
  const plan = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const account = await tx.account.findUniqueOrThrow({ where: { id: accountId }, select: { quadrant: true } });
    const titles = objectives ?? strategyObjectives(account.quadrant, locale);
    const row = await tx.accountPlan.create({
      data: {
        accountId, title, createdById: user.id,
        objectives: { create: titles.map((objective, position) => ({ title: objective, position })) },
      },
      include: { objectives: true },
    });
    await writeAudit(tx, { userId: user.id, entityType: "AccountPlan", entityId: row.id, action: "create", after: row });
    return row;
  });
  refresh(accountId);
  return { id: plan.id };
});

export const addObjectiveAction = defineAction({ schema: ZAddObjective }, async ({ accountId, planId, objective }, { user, db }) => {
  const created = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    if (!(await tx.accountPlan.count({ where: { id: planId, accountId } }))) throw notFound();
    const last = await tx.planObjective.aggregate({ where: { planId }, _max: { position: true } });
    const row = await tx.planObjective.create({ data: { ...objective, planId, position: (last._max.position ?? -1) + 1 } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanObjective", entityId: row.id, action: "create", after: row });
    return row;
  });
  refresh(accountId);
  return { id: created.id };
});

export const updateObjectiveAction = defineAction({ schema: ZUpdateObjective }, async ({ accountId, objectiveId, objective }, { user, db }) => {
  await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const before = await objectiveOf(tx, accountId, objectiveId);
    const after = await tx.planObjective.update({ where: { id: objectiveId }, data: objective });
    await writeAudit(tx, { userId: user.id, entityType: "PlanObjective", entityId: objectiveId, action: "update", before, after });
  });
  refresh(accountId);
});

export const removeObjectiveAction = defineAction({ schema: ZRemoveObjective }, async ({ accountId, objectiveId }, { user, db }) => {
  await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    await objectiveOf(tx, accountId, objectiveId);
    const before = await tx.planObjective.delete({ where: { id: objectiveId }, include: { actions: true } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanObjective", entityId: objectiveId, action: "delete", before });
  });
  refresh(accountId);
});

export const addPlanActionAction = defineAction({ schema: ZAddPlanAction }, async ({ accountId, objectiveId, action }, { user, db }) => {
  const created = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    await objectiveOf(tx, accountId, objectiveId);
    await assertOwner(tx, action.ownerId);
    const last = await tx.planAction.aggregate({ where: { objectiveId }, _max: { position: true } });
    const row = await tx.planAction.create({ data: { ...action, objectiveId, position: (last._max.position ?? -1) + 1 } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanAction", entityId: row.id, action: "create", after: row });
    return row;
  });
  refresh(accountId);
  return { id: created.id };
});

export const updatePlanActionAction = defineAction({ schema: ZUpdatePlanAction }, async ({ accountId, actionId, action }, { user, db }) => {
  await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const before = await actionOf(tx, accountId, actionId);
    await assertOwner(tx, action.ownerId);
    const after = await tx.planAction.update({ where: { id: actionId }, data: action });
    await writeAudit(tx, { userId: user.id, entityType: "PlanAction", entityId: actionId, action: "update", before, after });
  });
  refresh(accountId);
});

export const removePlanActionAction = defineAction({ schema: ZRemovePlanAction }, async ({ accountId, actionId }, { user, db }) => {
  await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const before = await actionOf(tx, accountId, actionId);
    await tx.planAction.delete({ where: { id: actionId } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanAction", entityId: actionId, action: "delete", before });
  });
  refresh(accountId);
});

export const setActionStatusAction = defineAction({ schema: ZSetActionStatus }, async ({ accountId, actionId, status }, { user, db }) => {
  await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, accountId);
    const before = await actionOf(tx, accountId, actionId);
    const after = await tx.planAction.update({ where: { id: actionId }, data: { status } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanAction", entityId: actionId, action: "status", before, after });
  });
  refresh(accountId);
});
