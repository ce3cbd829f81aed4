/** Progress of an account plan: the statuses of its objectives and tasks, and how much of it is done. */

/** Statuses of plan objectives and tasks; same keys as the Prisma `PlanItemStatus` enum. */
export const PLAN_ITEM_STATUSES = ["OPEN", "IN_PROGRESS", "DONE", "CANCELLED"] as const;
export type PlanItemStatus = (typeof PLAN_ITEM_STATUSES)[number];

/** A plan as far as its progress goes: the status of every task of every objective. */
export type PlanProgressInput = { objectives: readonly { tasks: readonly { status: string }[] }[] };

/**
 * Share (0–1) of the plan's tasks that are DONE, counting every task that is not CANCELLED (a cancelled
 * task is neither done nor left to do); null when no such task exists.
 */
export function planCompletion(plan: PlanProgressInput): number | null {
  const tasks = plan.objectives.flatMap((o) => o.tasks).filter((t) => t.status !== "CANCELLED");
  if (tasks.length === 0) return null;
  return tasks.filter((t) => t.status === "DONE").length / tasks.length;
}
