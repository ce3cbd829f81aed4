import { z } from "zod";
import { OpportunityStage } from "@/lib/generated/prisma/enums";
import { blankable, DECIMAL_18_2, decimalText, isoDay, requiredText, ZId } from "@/lib/validation/fields";

const probability = z.coerce.number("validation.notANumber").int("validation.invalid").min(0, "validation.tooSmall").max(100, "validation.tooBig");
const stage = z.enum(OpportunityStage, "validation.invalid");

/** An opportunity of an account: value, probability (0–100 %), stage, expected close day and owner. */
const fields = {
  accountId: ZId,
  name: requiredText(200),
  value: decimalText(DECIMAL_18_2, { min: 0 }),
  probability,
  stage: stage.default("QUALIFY"),
  expectedClose: isoDay(),
  ownerId: ZId,
};

/** Created from a whitespace cell when `whitespaceCellId` is given: the cell's status becomes OPPORTUNITY. */
export const ZCreateOpportunity = z.object({ ...fields, whitespaceCellId: blankable(ZId) });
export type TCreateOpportunity = z.input<typeof ZCreateOpportunity>;
export const ZUpdateOpportunity = z.object({ ...fields, opportunityId: ZId });
export type TUpdateOpportunity = z.input<typeof ZUpdateOpportunity>;
export const ZSetOpportunityStage = z.object({ accountId: ZId, opportunityId: ZId, stage });
export const ZDeleteOpportunity = z.object({ accountId: ZId, opportunityId: ZId });
