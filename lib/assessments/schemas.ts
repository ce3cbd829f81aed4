import { z } from "zod";
import { blankToNull, INT4_MAX, optionalText, ZId } from "@/lib/validation/fields";

const id = ZId;

/**
 * A factor score as typed: blank = not scored; two decimals at most so what is stored is what was scored. The
 * model's scale is checked by the action; the bounds here are the Decimal(5, 2) column's.
 */
const score = z.preprocess(
  blankToNull,
  z.coerce
    .number({ error: "validation.notANumber" })
    .finite("validation.notANumber")
    .min(-999.99, "validation.tooSmall")
    .max(999.99, "validation.tooBig")
    .transform((n) => Math.round(n * 100) / 100)
    .nullable(),
);

/**
 * One assessment as the form sends it. Totals, completeness and quadrant are deliberately absent: the server
 * recomputes them with the engines (anything else the client adds is stripped). The scale depends on the model,
 * so the action checks the range.
 */
export const ZAssessmentInput = z.object({
  accountId: id,
  /** The account's version when the form was shown: a save over someone else's change is refused. */
  version: z.number().int().min(0).max(INT4_MAX),
  modelId: id,
  comment: optionalText(2000, { multiline: true }),
  scores: z
    .array(z.object({ factorId: id, score, comment: optionalText(1000, { multiline: true }) }))
    .min(1, "validation.required")
    .max(200),
});
export type TAssessmentInput = z.infer<typeof ZAssessmentInput>;
