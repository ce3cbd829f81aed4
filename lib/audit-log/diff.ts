/**
 * What an audit entry changed, for people: the fields whose value differs between `before` and `after`, each with
 * its old and new value as text. A creation lists every field of `after`, a deletion every field of `before`.
 */
export type FieldChange = { field: string; before: string | null; after: string | null };

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const isRecord = (value: unknown): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A value as one line of text: null for absent, lists joined with commas, objects as JSON. */
export function valueText(value: Json | undefined): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item !== "object" || item === null)) return value.map((item) => String(item)).join(", ");
  return JSON.stringify(value);
}

/** Stable text of a value for comparing (key order does not matter). */
function canonical(value: Json | undefined): string {
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (isRecord(value)) return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical(value[key])}`).join(",")}}`;
  return JSON.stringify(value);
}

export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const old = isRecord(before) ? before : {};
  const now = isRecord(after) ? after : {};
  const fields = [...new Set([...Object.keys(old), ...Object.keys(now)])];
  const changes: FieldChange[] = [];
  for (const field of fields) {
    if (canonical(old[field]) === canonical(now[field])) continue;
    changes.push({ field, before: valueText(old[field]), after: valueText(now[field]) });
  }
  return changes;
}

/** The changes as one line, e.g. `role: MANAGER → DIRECTOR; active: true → false` (the CSV column). */
export function changesText(changes: readonly FieldChange[]): string {
  return changes.map((c) => `${c.field}: ${c.before ?? "—"} → ${c.after ?? "—"}`).join("; ");
}
