"use server";

import { accountPagePaths } from "@/lib/account-page/revalidate";
import { utcDay } from "@/lib/dates";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, notFound } from "@/lib/errors/app-error";
import { clearSubjectAlerts } from "@/lib/notifications/writes";
import { defineAction } from "@/lib/server/define-action";
import { ZPlanTaskRef, ZSnoozePlanTask } from "./schemas";

const paths = (input: { accountId: string }) => [...accountPagePaths(input), "/my-work", ["/", "layout"] as const];

async function openTask(tx: Tx, accountId: string, taskId: string) {
  const task = await tx.planTask.findFirst({ where: { id: taskId, objective: { plan: { accountId } } } });
  if (!task) throw notFound();
  if (task.status === "DONE" || task.status === "CANCELLED") throw new AppError("myWork.followUp.alreadyDone", "CONFLICT");
  return task;
}

/** Marks a plan task done from "My work"; its overdue alert clears at once. */
export const completePlanTaskAction = defineAction(
  { schema: ZPlanTaskRef, account: (input) => input.accountId, revalidate: paths },
  async ({ accountId, taskId }, { user, tx }) => {
    const before = await openTask(tx, accountId, taskId);
    const after = await tx.planTask.update({ where: { id: taskId }, data: { status: "DONE", snoozedUntil: null } });
    await clearSubjectAlerts(tx, { kind: "PLAN_TASK_OVERDUE", accountId, subjectId: taskId }, new Date());
    await writeAudit(tx, { userId: user.id, entityType: "PlanTask", entityId: taskId, action: "status", before, after });
  },
);

/**
 * Hides an open task until `until` (after today): it leaves "My work" and its overdue alert clears; from that day
 * on it is back, and an overdue task raises its alert again at the next evaluation.
 */
export const snoozePlanTaskAction = defineAction(
  { schema: ZSnoozePlanTask, account: (input) => input.accountId, revalidate: paths },
  async ({ accountId, taskId, until }, { user, tx }) => {
    const day = new Date(`${until}T00:00:00Z`);
    if (utcDay(day) <= utcDay(new Date())) throw new AppError("myWork.followUp.snoozeNotFuture");
    const before = await openTask(tx, accountId, taskId);
    const after = await tx.planTask.update({ where: { id: taskId }, data: { snoozedUntil: day } });
    await clearSubjectAlerts(tx, { kind: "PLAN_TASK_OVERDUE", accountId, subjectId: taskId }, new Date());
    await writeAudit(tx, { userId: user.id, entityType: "PlanTask", entityId: taskId, action: "snooze", before, after });
    return { until };
  },
);
