import { z } from "zod";
import { PlanItemStatus } from "@/lib/generated/prisma/enums";
import { blankable, blankToNull, isoDay, optionalText, requiredText, ZId } from "@/lib/validation/fields";

const title = requiredText(300);

/**
 * A new plan. Without `objectives` the server starts from the recommended actions of the strategy for the
 * account's matrix quadrant; the form sends them pre-filled and edited.
 */
export const ZCreatePlan = z.object({
  accountId: ZId,
  title,
  objectives: z.array(title).max(20, "validation.tooBig").optional(),
});
export type TCreatePlan = z.infer<typeof ZCreatePlan>;

export const ZObjectiveInput = z.object({ title, description: optionalText(2000, { multiline: true }) });

export const ZAddObjective = z.object({ accountId: ZId, planId: ZId, objective: ZObjectiveInput });
export const ZUpdateObjective = z.object({
  accountId: ZId,
  objectiveId: ZId,
  objective: ZObjectiveInput.extend({ status: z.enum(PlanItemStatus, "validation.invalid") }),
});
export const ZRemoveObjective = z.object({ accountId: ZId, objectiveId: ZId });

/** Due dates are calendar days (YYYY-MM-DD from a date input) within the business years. */
const dueDate = blankable(isoDay().transform((day) => new Date(`${day}T00:00:00Z`)));

export const ZPlanTaskInput = z.object({
  title,
  ownerId: blankable(ZId),
  dueDate,
  status: z.preprocess((v) => blankToNull(v) ?? undefined, z.enum(PlanItemStatus, "validation.invalid").default("OPEN")),
});
export type TPlanTaskInput = z.infer<typeof ZPlanTaskInput>;

export const ZAddPlanTask = z.object({ accountId: ZId, objectiveId: ZId, task: ZPlanTaskInput });
export const ZUpdatePlanTask = z.object({ accountId: ZId, taskId: ZId, task: ZPlanTaskInput });
export const ZRemovePlanTask = z.object({ accountId: ZId, taskId: ZId });
export const ZSetTaskStatus = z.object({ accountId: ZId, taskId: ZId, status: z.enum(PlanItemStatus, "validation.invalid") });
