"use server";

import { writeAudit } from "@/lib/db/audit";
import type { Prisma } from "@/lib/generated/prisma/client";
import { defineAction } from "@/lib/server/define-action";
import { ZResetPlanTemplate, ZSavePlanTemplate } from "./schemas";

const paths = () => ["/admin/plan-templates"];

/** Writes a quadrant's template (created on first save). */
export const savePlanTemplateAction = defineAction(
  { schema: ZSavePlanTemplate, portfolio: true, roles: ["ADMIN"], revalidate: paths },
  async ({ quadrant, content }, { user, tx }) => {
    const before = await tx.planTemplate.findUnique({ where: { quadrant } });
    const json = content as unknown as Prisma.InputJsonValue;
    const after = await tx.planTemplate.upsert({ where: { quadrant }, create: { quadrant, content: json }, update: { content: json } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanTemplate", entityId: after.id, action: before ? "update" : "create", before, after });
    return { id: after.id };
  },
);

/** Drops a quadrant's stored template, so new plans start from the strategy's default again. Plans keep their content. */
export const resetPlanTemplateAction = defineAction(
  { schema: ZResetPlanTemplate, portfolio: true, roles: ["ADMIN"], revalidate: paths },
  async ({ quadrant }, { user, tx }) => {
    const before = await tx.planTemplate.findUnique({ where: { quadrant } });
    if (!before) return;
    await tx.planTemplate.delete({ where: { quadrant } });
    await writeAudit(tx, { userId: user.id, entityType: "PlanTemplate", entityId: before.id, action: "delete", before });
  },
);
