import { z } from "zod";
import type { MessageKey, Translate } from "@/lib/i18n/translate";

/**
 * Zod schemas carry message keys ("validation.required"); this turns a failed parse into one translated
 * message per field (the first problem of each), for forms on the client and actions on the server alike.
 */
export function fieldErrors(error: z.ZodError, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = issue.path.join(".") || "_form";
    if (field in out) continue;
    out[field] = translateIssue(issue, t);
  }
  return out;
}

function translateIssue(issue: z.core.$ZodIssue, t: Translate): string {
  if (issue.message.includes(".") && !issue.message.includes(" ")) {
    const text = t(issue.message as MessageKey, issueValues(issue));
    if (text !== issue.message) return text;
  }
  if (issue.code === "too_big" && issue.origin === "string") return t("validation.tooLong", { max: Number(issue.maximum) });
  if (issue.code === "too_big") return t("validation.tooBig", { max: Number(issue.maximum) });
  if (issue.code === "too_small") return t("validation.tooSmall", { min: Number(issue.minimum) });
  return t("validation.invalid");
}

/**
 * The values a message shows: zod's own bounds (`maximum`, `minimum`) or, for our custom issues, their `params`
 * (e.g. the years of validation.dateRange).
 */
export function issueValues(issue: z.core.$ZodIssue): Record<string, string | number> {
  const values: Record<string, string | number> = {};
  if (issue.code === "custom" && issue.params) {
    for (const [key, value] of Object.entries(issue.params)) if (typeof value === "string" || typeof value === "number") values[key] = value;
  }
  if ("maximum" in issue) values.max = Number(issue.maximum);
  if ("minimum" in issue) values.min = Number(issue.minimum);
  return values;
}

/** One field's problem found outside its schema (e.g. against stored data), as a ZodError like the schema's own. */
export const fieldIssue = (field: string, message: MessageKey) =>
  new z.ZodError([{ code: "custom", path: [field], message, input: undefined }]);
