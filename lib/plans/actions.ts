"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { assertActiveUser } from "@/lib/accounts/writes";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { notFound } from "@/lib/errors/app-error";
import { strategyObjectives } from "@/lib/matrix";
import { defineAction } from "@/lib/server/define-action";
import {
  ZAddObjective,
  ZAddPlanTask,
  ZCreatePlan,
  ZRemoveObjective,
  ZRemovePlanTask,
  ZSetTaskStatus,
  ZUpdateObjective,
  ZUpdatePlanTask,
} from "./schemas";

async function objectiveOf(tx: Tx, accountId: string, objectiveId: string) {
  const objective = await tx.planObjective.findFirst({ where: { id: objectiveId, plan: { accountId } } });
  if (!objective) throw notFound();
  return objective;
}

async function taskOf(tx: Tx, accountId: string, taskId: string) {
  const task = await tx.planTask.findFirst({ where: { id: taskId, objective: { plan: { accountId } } } });
  if (!task) throw notFound();
  return task;
}

async function assertOwner(tx: Tx, ownerId: string | null) {
  if (ownerId) await assertActiveUser(tx, ownerId, "accountPage.errors.unknownUser");
}

const guarded = <I extends { accountId: string }>() => ({ account: (input: I) => input.accountId, revalidate: accountPagePaths });

export const createPlanAction = defineAction(
  { schema: ZCreatePlan, ...guarded() },
  async ({ accountId, title, objectives }, { user, tx, account, locale }) => {
    const titles = objectives ?? strategyObjectives(account.quadrant, locale);
    const row = await tx.accountPlan.create({
      data: {
        accountId, title, createdById: user.id,
        objectives: { create: titles.map((objective, position) => ({ title: objective, position })) },
      },
      include: { objectives: true },
    });
    await writeAudit(tx, { userId: user.id, entityType: "AccountPlan", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export const addObjectiveAction = defineAction(
  { schema: ZAddObjective, ...guarded() },
  async ({ accountId, planId, objective }, { user, tx }) => {
    if (!(await tx.accountPlan.count({ where: { id: planId, accountId } }))) throw notFound();
    const last = await tx.planObjective.aggregate({ where: { planId }, _max: { position: true } });
    const row = await tx.planObjective.create({ data: { ...objective, planId, position: (last._max.position ?? -1) + 1 } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanObjective", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export const updateObjectiveAction = defineAction(
  { schema: ZUpdateObjective, ...guarded() },
  async ({ accountId, objectiveId, objective }, { user, tx }) => {
    const before = await objectiveOf(tx, accountId, objectiveId);
    const after = await tx.planObjective.update({ where: { id: objectiveId }, data: objective });
    await writeAudit(tx, { userId: user.id, entityType: "PlanObjective", entityId: objectiveId, action: "update", before, after });
  },
);

export const removeObjectiveAction = defineAction(
  { schema: ZRemoveObjective, ...guarded() },
  async ({ accountId, objectiveId }, { user, tx }) => {
    await objectiveOf(tx, accountId, objectiveId);
    const before = await tx.planObjective.delete({ where: { id: objectiveId }, include: { tasks: true } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanObjective", entityId: objectiveId, action: "delete", before });
  },
);

export const addPlanTaskAction = defineAction(
  { schema: ZAddPlanTask, ...guarded() },
  async ({ accountId, objectiveId, task }, { user, tx }) => {
    await objectiveOf(tx, accountId, objectiveId);
    await assertOwner(tx, task.ownerId);
    const last = await tx.planTask.aggregate({ where: { objectiveId }, _max: { position: true } });
    const row = await tx.planTask.create({ data: { ...task, objectiveId, position: (last._max.position ?? -1) + 1 } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanTask", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export const updatePlanTaskAction = defineAction(
  { schema: ZUpdatePlanTask, ...guarded() },
  async ({ accountId, taskId, task }, { user, tx }) => {
    const before = await taskOf(tx, accountId, taskId);
    await assertOwner(tx, task.ownerId);
    const after = await tx.planTask.update({ where: { id: taskId }, data: task });
    await writeAudit(tx, { userId: user.id, entityType: "PlanTask", entityId: taskId, action: "update", before, after });
  },
);

export const removePlanTaskAction = defineAction(
  { schema: ZRemovePlanTask, ...guarded() },
  async ({ accountId, taskId }, { user, tx }) => {
    const before = await taskOf(tx, accountId, taskId);
    await tx.planTask.delete({ where: { id: taskId } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanTask", entityId: taskId, action: "delete", before });
  },
);

export const setTaskStatusAction = defineAction(
  { schema: ZSetTaskStatus, ...guarded() },
  async ({ accountId, taskId, status }, { user, tx }) => {
    const before = await taskOf(tx, accountId, taskId);
    const after = await tx.planTask.update({ where: { id: taskId }, data: { status } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanTask", entityId: taskId, action: "status", before, after });
  },
);
