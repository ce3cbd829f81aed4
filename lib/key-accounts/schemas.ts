import { z } from "zod";
import { ZId, ZVersion } from "@/lib/validation/fields";

const id = ZId;

export const ZSetKeyAccount = z.object({ accountId: id, version: ZVersion, isKeyAccount: z.boolean() });
export type TSetKeyAccount = z.infer<typeof ZSetKeyAccount>;

const fitAnswer = z.coerce.number({ error: "validation.required" }).int("validation.required").min(1, "validation.required").max(5, "validation.tooBig");

/** Experience inference (经验推算法): four answers on 1–5. */
export const ZFitInput = z.object({
  accountId: id,
  industryNeed: fitAnswer,
  ourMatch: fitAnswer,
  customerNeed: fitAnswer,
  supplierCriteriaMatch: fitAnswer,
});
export type TFitInput = z.infer<typeof ZFitInput>;
