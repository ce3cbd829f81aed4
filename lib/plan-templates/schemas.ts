import { z } from "zod";
import { ObjectiveMetric, Quadrant } from "@/lib/generated/prisma/enums";
import { optionalText, requiredText } from "@/lib/validation/fields";

const line = requiredText(500);
const lines = z.array(line).max(20, "validation.tooBig");

/** A target as a number for a Decimal(18, 2) column: not negative, at most two decimals. */
export const ZTarget = z
  .number("validation.notANumber")
  .min(0, "validation.tooSmall")
  .max(1e15, "validation.tooBig")
  .refine((n) => Math.round(n * 100) === n * 100, "validation.twoDecimals");

export const ZSwot = z.object({ strengths: lines, weaknesses: lines, opportunities: lines, threats: lines });
export type TSwot = z.infer<typeof ZSwot>;

/** One objective a template (or a new plan) starts with: a measure, its unit, perhaps a target, the task titles. */
export const ZTemplateObjective = z.object({
  title: requiredText(300),
  metric: z.enum(ObjectiveMetric, "validation.invalid"),
  unit: optionalText(20),
  target: ZTarget.nullish().transform((v) => v ?? null),
  tasks: z.array(requiredText(300)).max(10, "validation.tooBig"),
});
export type TTemplateObjective = z.infer<typeof ZTemplateObjective>;

/** The content Json of a PlanTemplate. */
export const ZTemplateContent = z.object({
  title: requiredText(300),
  swot: ZSwot,
  objectives: z.array(ZTemplateObjective).max(20, "validation.tooBig"),
});
export type TTemplateContent = z.infer<typeof ZTemplateContent>;

export const ZSavePlanTemplate = z.object({ quadrant: z.enum(Quadrant, "validation.invalid"), content: ZTemplateContent });
export const ZResetPlanTemplate = z.object({ quadrant: z.enum(Quadrant, "validation.invalid") });
