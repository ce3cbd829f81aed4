import { z } from "zod";
import { DECIMAL_14_2, decimalText, isoDay, plainText, requiredText } from "@/lib/validation/fields";

const optionalText = (max: number) => plainText(max).optional().default("");

/** Order.amount and Order.margin are Decimal(14, 2): at most 12 digits before the point; kept as text so no cent is lost. */
const decimal = decimalText(DECIMAL_14_2);

/** A calendar date YYYY-MM-DD that exists (no 2024-02-30), within the business years. */
export const ZIsoDate = isoDay();

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
