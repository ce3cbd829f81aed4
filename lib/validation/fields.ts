import { z } from "zod";

/**
 * Form field pieces shared by several schemas. (lib/validation/contact.ts has its own `blankToNull` and
 * `optionalText`, which trim the value before the schema sees it.)
 */

/** A blank form value (missing, null or only spaces) means "not given": null. */
export const blankToNull = (v: unknown) => (v === undefined || v === null || (typeof v === "string" && v.trim() === "") ? null : v);

/** Required text, trimmed, at most `max` characters. */
export const requiredText = (max: number) => z.string({ error: "validation.required" }).trim().min(1, "validation.required").max(max, "validation.tooLong");

/** Optional text, trimmed, at most `max` characters; blank is null. */
export const optionalText = (max: number) => z.preprocess(blankToNull, z.string().trim().max(max, "validation.tooLong").nullable());

/** A record id in an action's input. */
export const requiredId = z.string().trim().min(1, "validation.required").max(64, "validation.tooLong");
