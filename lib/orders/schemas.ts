import { z } from "zod";
import { requiredText } from "@/lib/validation/fields";

/** Order.amount and Order.margin are Decimal(14, 2): at most 12 digits before the point. */
const MAX_MONEY = 999_999_999_999.99;

const optionalText = (max: number) => z.string().trim().max(max, "validation.tooLong").optional().default("");

/** A plain decimal string ("1234.5", as lib/csv/values normalises it); kept as text so no cent is lost. */
const decimal = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .regex(/^-?\d+(\.\d{1,2})?$/, "validation.notANumber")
  .refine((v) => Math.abs(Number(v)) <= MAX_MONEY, "csvImport.reason.tooLarge");

/** A calendar date YYYY-MM-DD that exists (no 2024-02-30). */
export const ZIsoDate = z
  .string({ error: "validation.required" })
  .trim()
  .min(1, "validation.required")
  .regex(/^\d{4}-\d{2}-\d{2}$/, "csvImport.reason.badDate")
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().startsWith(v);
  }, "csvImport.reason.badDate");

/**
 * One order as an import row or a form gives it. The account is named by id (`accountId`) or by name
 * (`account`); an existing id wins, else the name is used. Margin may be negative (a loss-making order), the amount not.
 */
export const ZOrderInput = z
  .object({
    accountId: optionalText(40),
    account: optionalText(200),
    orderDate: ZIsoDate,
    amount: decimal.refine((v) => !v.startsWith("-"), "csvImport.reason.negativeAmount"),
    margin: decimal,
    productCategory: requiredText(100),
    externalRef: requiredText(100),
  })
  .refine((o) => o.accountId !== "" || o.account !== "", { path: ["account"], message: "validation.required" });
export type TOrderInput = z.infer<typeof ZOrderInput>;
