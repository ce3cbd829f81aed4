/** The four quadrants' plan templates: the defaults derived from the matrix strategies, in English. */
import type { Prisma } from "@/lib/generated/prisma/client";
import { Quadrant } from "@/lib/generated/prisma/enums";
import { defaultTemplateContent } from "@/lib/plan-templates/defaults";
import { seedId } from "./random";

export function buildPlanTemplates(asOf: Date): Prisma.PlanTemplateCreateManyInput[] {
  return Object.values(Quadrant).map((quadrant, i) => ({
    id: seedId("ptm", i + 1),
    quadrant,
    content: defaultTemplateContent(quadrant, "en") as unknown as Prisma.InputJsonValue,
    updatedAt: asOf,
  }));
}

/** The template id of a quadrant, as buildPlanTemplates numbers them. */
export const planTemplateId = (quadrant: Quadrant) => seedId("ptm", Object.values(Quadrant).indexOf(quadrant) + 1);
