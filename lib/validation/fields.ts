import { z } from "zod";

/** Form field pieces shared by every feature's schemas. */

/** A blank form value (missing, null or only spaces) means "not given": null; other text is trimmed. */
export const blankToNull = (value: unknown) => (typeof value === "string" ? value.trim() || null : (value ?? null));

/** A field that may be left out or blank in the input and is null in the output then. */
export const blankable = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToNull, schema.nullish()).transform((value): z.output<T> | null => value ?? null);

/** Required text, trimmed, at most `max` characters. */
export const requiredText = (max: number) => z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");

/** Optional text, trimmed, at most `max` characters; blank is null. */
export const optionalText = (max: number) => blankable(z.string().trim().max(max, "validation.tooLong"));

/** A record id in an action's input. */
export const ZId = z.string().trim().min(1, "validation.required").max(64, "validation.invalid");
