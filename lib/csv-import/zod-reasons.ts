import type { z } from "zod";
import type { MessageKey } from "@/lib/i18n/translate";
import { issueValues } from "@/lib/validation/field-errors";
import type { ImportReason } from "./report";

/** Our schemas use message keys ("validation.required"); anything else is a zod default message. */
const isKey = (message: string) => /^[a-zA-Z]+(\.[a-zA-Z0-9]+)+$/.test(message);

/**
 * A failed parse of one import row as reasons naming the file's own column headers, one per field (its first
 * problem), with the min/max values the messages show. A value outside an enumeration lists the allowed values
 * (the schemas' own message would say "required", which is wrong for a cell that is filled in).
 */
export function zodReasons(
  error: z.ZodError,
  headerOf: (field: string) => string | undefined,
  raw: Partial<Record<string, string>> = {},
): ImportReason[] {
  const seen = new Set<string>();
  const reasons: ImportReason[] = [];
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "");
    if (seen.has(field)) continue;
    seen.add(field);
    const column = headerOf(field) ?? field;
    if (issue.code === "invalid_value" && raw[field]) {
      reasons.push({ column, key: "csvImport.reason.invalidValue", values: { value: raw[field], allowed: issue.values.join(", ") } });
      continue;
    }
    const values = issueValues(issue);
    const key: MessageKey = isKey(issue.message)
      ? (issue.message as MessageKey)
      : issue.code === "too_big"
        ? "validation.tooBig"
        : issue.code === "too_small"
          ? "validation.tooSmall"
          : "validation.invalid";
    reasons.push({ column, key, values });
  }
  return reasons;
}
