import { z } from "zod";
import { ObjectiveMetric, PlanItemStatus } from "@/lib/generated/prisma/enums";
import { ZSwot, ZTemplateObjective } from "@/lib/plan-templates/schemas";
import { blankable, blankToNull, DECIMAL_18_2, decimalText, isoDay, optionalText, requiredText, ZId } from "@/lib/validation/fields";
import { SWOT_LISTS, type SwotList } from "./swot";

const title = requiredText(300);

/**
 * A new plan. Without `objectives` the server starts from the template of the account's matrix quadrant (the
 * stored one, else the default from the quadrant's strategy): SWOT lines, measured objectives and their tasks. The
 * form sends them pre-filled and edited; an objective may be a bare title (entered by hand, measured later).
 */
export const ZCreatePlan = z.object({
  accountId: ZId,
  title,
  objectives: z.array(z.union([title, ZTemplateObjective])).max(20, "validation.tooBig").optional(),
  swot: ZSwot.optional(),
  templateId: blankable(ZId).optional(),
});
export type TCreatePlan = z.infer<typeof ZCreatePlan>;

/** Due dates are calendar days (YYYY-MM-DD from a date input) within the business years. */
const dueDate = blankable(isoDay().transform((day) => new Date(`${day}T00:00:00Z`)));
const amount = blankable(decimalText(DECIMAL_18_2, { min: 0 }));

/**
 * What makes an objective measurable. Every field may be left out: on an update that keeps the stored value, on
 * a new objective the column's default (metric MANUAL, nothing else set).
 */
const measure = {
  metric: z.enum(ObjectiveMetric, "validation.invalid").optional(),
  target: amount.optional(),
  unit: optionalText(20).optional(),
  dueDate: dueDate.optional(),
  currentValue: blankable(decimalText(DECIMAL_18_2)).optional(),
  offeringId: blankable(ZId).optional(),
  periodStart: dueDate.optional(),
  periodEnd: dueDate.optional(),
};

export const ZObjectiveInput = z
  .object({ title, description: optionalText(2000, { multiline: true }), ...measure })
  .superRefine((o, ctx) => {
    if (o.metric === "OFFERING_REVENUE") {
      if (!o.periodStart) ctx.addIssue({ code: "custom", path: ["periodStart"], message: "validation.required" });
      if (!o.periodEnd) ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "validation.required" });
    }
    if (o.periodStart && o.periodEnd && o.periodEnd < o.periodStart) {
      ctx.addIssue({ code: "custom", path: ["periodEnd"], message: "planDocument.errors.periodOrder" });
    }
  });
export type TObjectiveInput = z.input<typeof ZObjectiveInput>;

export const ZAddObjective = z.object({ accountId: ZId, planId: ZId, objective: ZObjectiveInput });
export const ZUpdateObjective = z.object({
  accountId: ZId,
  objectiveId: ZId,
  objective: z.intersection(ZObjectiveInput, z.object({ status: z.enum(PlanItemStatus, "validation.invalid") })),
});
export const ZRemoveObjective = z.object({ accountId: ZId, objectiveId: ZId });

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

export { SWOT_LISTS, type SwotList };
const list = z.enum(SWOT_LISTS, "validation.invalid");
const line = requiredText(500);
/** The line as the editor saw it: a line changed meanwhile by someone else is not overwritten or moved. */
const at = { index: z.number().int().min(0).max(99), expected: z.string().max(500) };

export const ZAddSwotLine = z.object({ accountId: ZId, planId: ZId, list, text: line });
export const ZUpdateSwotLine = z.object({ accountId: ZId, planId: ZId, list, ...at, text: line });
export const ZRemoveSwotLine = z.object({ accountId: ZId, planId: ZId, list, ...at });
export const ZMoveSwotLine = z.object({ accountId: ZId, planId: ZId, list, ...at, direction: z.union([z.literal(-1), z.literal(1)]) });
