"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { assertActiveUser } from "@/lib/accounts/writes";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import { templateForQuadrant } from "@/lib/plan-templates/queries";
import type { TTemplateObjective } from "@/lib/plan-templates/schemas";
import { defineAction } from "@/lib/server/define-action";
import {
  SWOT_LISTS,
  ZAddObjective,
  ZAddSwotLine,
  ZMoveSwotLine,
  ZRemoveSwotLine,
  ZUpdateSwotLine,
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

const DAY_MS = 86_400_000;
const utcToday = () => new Date(Math.floor(Date.now() / DAY_MS) * DAY_MS);

/**
 * An objective of a new plan as rows: a measured one runs for a year from today (its period and due date), so
 * revenue from the orders counts from the day the plan starts.
 */
function objectiveRow(objective: string | TTemplateObjective, position: number, today: Date) {
  if (typeof objective === "string") return { title: objective, position };
  const end = new Date(Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), today.getUTCDate()) - DAY_MS);
  return {
    title: objective.title, position, metric: objective.metric, unit: objective.unit, target: objective.target, dueDate: end,
    ...(objective.metric === "OFFERING_REVENUE" ? { periodStart: today, periodEnd: end } : {}),
    tasks: { create: objective.tasks.map((task, i) => ({ title: task, position: i })) },
  };
}

export const createPlanAction = defineAction(
  { schema: ZCreatePlan, ...guarded() },
  async ({ accountId, title, objectives, swot, templateId }, { user, tx, account, locale }) => {
    // Without objectives from the form the plan starts from the quadrant's template (blank without a quadrant).
    const template = objectives ? null : await templateForQuadrant(tx, account.quadrant, locale);
    const lists = swot ?? template?.content.swot;
    let fromTemplate = template?.id ?? null;
    if (templateId && !template) fromTemplate = (await tx.planTemplate.count({ where: { id: templateId } })) ? templateId : null;
    const today = utcToday();
    const row = await tx.accountPlan.create({
      data: {
        accountId, title, createdById: user.id, templateId: fromTemplate,
        ...(lists ?? {}),
        objectives: { create: (objectives ?? template?.content.objectives ?? []).map((objective, position) => objectiveRow(objective, position, today)) },
      },
      include: { objectives: { include: { tasks: true } } },
    });
    await writeAudit(tx, { userId: user.id, entityType: "AccountPlan", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

/**
 * Keeps an objective's columns consistent with its metric: an entered current value only for MANUAL, offering and
 * period only for OFFERING_REVENUE. Fields left out (undefined) are not touched.
 */
async function measuredData<O extends { metric?: string; offeringId?: string | null }>(tx: Tx, objective: O) {
  if (objective.offeringId && !(await tx.offering.count({ where: { id: objective.offeringId } }))) {
    throw new AppError("planDocument.errors.unknownOffering", "INVALID");
  }
  if (!objective.metric) return objective;
  return {
    ...objective,
    ...(objective.metric !== "MANUAL" ? { currentValue: null } : {}),
    ...(objective.metric !== "OFFERING_REVENUE" ? { offeringId: null, periodStart: null, periodEnd: null } : {}),
  };
}

export const addObjectiveAction = defineAction(
  { schema: ZAddObjective, ...guarded() },
  async ({ accountId, planId, objective }, { user, tx }) => {
    if (!(await tx.accountPlan.count({ where: { id: planId, accountId } }))) throw notFound();
    const last = await tx.planObjective.aggregate({ where: { planId }, _max: { position: true } });
    const data = await measuredData(tx, objective);
    const row = await tx.planObjective.create({ data: { ...data, planId, position: (last._max.position ?? -1) + 1 } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanObjective", entityId: row.id, action: "create", after: row });
    return { id: row.id };
  },
);

export const updateObjectiveAction = defineAction(
  { schema: ZUpdateObjective, ...guarded() },
  async ({ accountId, objectiveId, objective }, { user, tx }) => {
    const before = await objectiveOf(tx, accountId, objectiveId);
    const after = await tx.planObjective.update({ where: { id: objectiveId }, data: await measuredData(tx, objective) });
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

// ───────────── SWOT: four lists of lines on the plan row ─────────────

async function planOf(tx: Tx, accountId: string, planId: string) {
  const plan = await tx.accountPlan.findFirst({ where: { id: planId, accountId } });
  if (!plan) throw notFound();
  return plan;
}

type Plan = Awaited<ReturnType<typeof planOf>>;

/** The line at `index` must still read as the editor saw it; otherwise someone changed the list meanwhile. */
function checkLine(lines: string[], index: number, expected: string) {
  if (lines[index] !== expected) throw new AppError("planDocument.errors.swotChanged", "CONFLICT");
}

async function writeSwot(tx: Tx, userId: string, before: Plan, list: (typeof SWOT_LISTS)[number], lines: string[], action: string) {
  const after = await tx.accountPlan.update({ where: { id: before.id }, data: { [list]: lines } satisfies Prisma.AccountPlanUpdateInput });
  await writeAudit(tx, {
    userId, entityType: "AccountPlan", entityId: before.id, action,
    before: { [list]: before[list] }, after: { [list]: after[list] },
  });
}

export const addSwotLineAction = defineAction(
  { schema: ZAddSwotLine, ...guarded() },
  async ({ accountId, planId, list, text }, { user, tx }) => {
    const plan = await planOf(tx, accountId, planId);
    if (plan[list].length >= 50) throw new AppError("planDocument.errors.swotFull", "INVALID");
    await writeSwot(tx, user.id, plan, list, [...plan[list], text], "swot.add");
  },
);

export const updateSwotLineAction = defineAction(
  { schema: ZUpdateSwotLine, ...guarded() },
  async ({ accountId, planId, list, index, expected, text }, { user, tx }) => {
    const plan = await planOf(tx, accountId, planId);
    checkLine(plan[list], index, expected);
    await writeSwot(tx, user.id, plan, list, plan[list].map((line, i) => (i === index ? text : line)), "swot.update");
  },
);

export const removeSwotLineAction = defineAction(
  { schema: ZRemoveSwotLine, ...guarded() },
  async ({ accountId, planId, list, index, expected }, { user, tx }) => {
    const plan = await planOf(tx, accountId, planId);
    checkLine(plan[list], index, expected);
    await writeSwot(tx, user.id, plan, list, plan[list].filter((_, i) => i !== index), "swot.remove");
  },
);

export const moveSwotLineAction = defineAction(
  { schema: ZMoveSwotLine, ...guarded() },
  async ({ accountId, planId, list, index, expected, direction }, { user, tx }) => {
    const plan = await planOf(tx, accountId, planId);
    checkLine(plan[list], index, expected);
    const target = index + direction;
    if (target < 0 || target >= plan[list].length) return;
    const lines = [...plan[list]];
    [lines[index], lines[target]] = [lines[target], lines[index]];
    await writeSwot(tx, user.id, plan, list, lines, "swot.move");
  },
);
