import { z } from "zod";
import { INT4_MAX, requiredText, ZId } from "@/lib/validation/fields";

const position = z.coerce.number("validation.notANumber").int("validation.invalid").min(0, "validation.tooSmall").max(INT4_MAX, "validation.invalid").default(0);

/** A product line of the offerings catalogue: its names in English and Chinese and its place in the list. */
export const ZProductLineInput = z.object({ nameEn: requiredText(100), nameZh: requiredText(100), position });
export type TProductLineInput = z.input<typeof ZProductLineInput>;
export const ZProductLineUpdate = ZProductLineInput.extend({ productLineId: ZId });
export const ZProductLineRef = z.object({ productLineId: ZId });

/**
 * An offering: bilingual names, its product line, the order product categories it covers (each covered by at
 * most one active offering), active or not, and its place within the line.
 */
export const ZOfferingInput = z.object({
  productLineId: ZId,
  nameEn: requiredText(100),
  nameZh: requiredText(100),
  productCategories: z
    .array(requiredText(200))
    .max(100, "validation.invalid")
    .default([])
    .transform((categories) => [...new Set(categories)].sort()),
  active: z.boolean().default(true),
  position,
});
export type TOfferingInput = z.input<typeof ZOfferingInput>;
export const ZOfferingUpdate = ZOfferingInput.extend({ offeringId: ZId });
export type TOfferingUpdate = z.input<typeof ZOfferingUpdate>;
export const ZOfferingRef = z.object({ offeringId: ZId });
