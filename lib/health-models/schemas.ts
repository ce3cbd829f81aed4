import { z } from "zod";
import { HEALTH_COMPONENTS, HEALTH_MODEL_LIMITS, validateHealthModel, type HealthComponent, type HealthModelSpec } from "@/lib/health";
import { requiredText, ZId } from "@/lib/validation/fields";

/** A whole number typed in a form field (blank and decimals refused). */
const wholeNumber = (min: number, max: number) =>
  z.coerce
    .number({ error: "validation.notANumber" })
    .finite("validation.notANumber")
    .int("health.errors.wholeNumber")
    .min(min, "validation.tooSmall")
    .max(max, "validation.tooBig");

const weights = z.object(
  Object.fromEntries(HEALTH_COMPONENTS.map((c) => [c, wholeNumber(0, HEALTH_MODEL_LIMITS.weightMax)])) as Record<HealthComponent, ReturnType<typeof wholeNumber>>,
);

/** The engine's problem keys (`healthEvidence.problem.<name>`) as this module's field messages. */
const PROBLEM_MESSAGES: Record<string, string> = {
  weightRange: "validation.invalid",
  unknownComponent: "validation.invalid",
  weightTotal: "health.errors.weightsTotal",
  thresholdRange: "health.errors.thresholdRange",
  thresholdOrder: "health.errors.thresholdOrder",
  freshnessRange: "health.errors.freshnessRange",
};

/**
 * A health model draft as the editor sends it. The rules across fields (weights totalling 100, watch below
 * healthy) are the engine's `validateHealthModel`, so the form, the save and the publish check the same thing.
 */
export const ZHealthDraft = z
  .object({
    modelId: ZId,
    name: requiredText(200),
    weights,
    healthyFrom: wholeNumber(0, 100),
    watchFrom: wholeNumber(0, 100),
    freshnessDays: wholeNumber(HEALTH_MODEL_LIMITS.freshnessDaysMin, HEALTH_MODEL_LIMITS.freshnessDaysMax),
  })
  .superRefine((draft, ctx) => {
    for (const problem of validateHealthModel(draft)) {
      const name = problem.key.split(".").pop() ?? "";
      ctx.addIssue({ code: "custom", path: problem.field.split("."), message: PROBLEM_MESSAGES[name] ?? "validation.invalid", params: problem.values });
    }
  });
export type THealthDraft = z.infer<typeof ZHealthDraft>;

export const ZHealthModelRef = z.object({ modelId: ZId });
export const ZHealthStart = z.object({});

export const specOf = (draft: Pick<THealthDraft, "weights" | "healthyFrom" | "watchFrom" | "freshnessDays">): HealthModelSpec => ({
  weights: { ...draft.weights },
  healthyFrom: draft.healthyFrom,
  watchFrom: draft.watchFrom,
  freshnessDays: draft.freshnessDays,
});

export { weightTotal } from "./weights";
