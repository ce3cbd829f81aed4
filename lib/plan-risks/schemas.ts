import { z } from "zod";
import { RiskLevel, RiskStatus } from "@/lib/generated/prisma/enums";
import { blankable, optionalText, requiredText, ZId } from "@/lib/validation/fields";

export const ZRiskInput = z.object({
  title: requiredText(300),
  severity: z.enum(RiskLevel, "validation.required"),
  likelihood: z.enum(RiskLevel, "validation.required"),
  ownerId: blankable(ZId),
  mitigation: optionalText(2000, { multiline: true }),
  status: z.enum(RiskStatus, "validation.invalid").default("OPEN"),
});
export type TRiskInput = z.input<typeof ZRiskInput>;

export const ZAddRisk = z.object({ accountId: ZId, planId: ZId, risk: ZRiskInput });
export const ZUpdateRisk = z.object({ accountId: ZId, riskId: ZId, risk: ZRiskInput });
export const ZRemoveRisk = z.object({ accountId: ZId, riskId: ZId });
