import { RELATIONSHIP_LEVELS, type RelationshipLevel } from "./types";

const dayOf = (date: Date) => Math.floor(date.getTime() / 86_400_000);

/** Why `leftAt` cannot be a contact's leaving day: after today, or before the contact was recorded. */
export function departureProblem(leftAt: Date, createdAt: Date, now: Date): "future" | "beforeCreated" | null {
  if (dayOf(leftAt) > dayOf(now)) return "future";
  if (dayOf(leftAt) < dayOf(createdAt)) return "beforeCreated";
  return null;
}

/** The higher of two relationship levels (null counts as none). */
export function higherLevel(a: RelationshipLevel | null, b: RelationshipLevel | null): RelationshipLevel | null {
  if (a === null) return b;
  if (b === null) return a;
  return RELATIONSHIP_LEVELS.indexOf(a) >= RELATIONSHIP_LEVELS.indexOf(b) ? a : b;
}

/** The fields of `kept` that are empty (null or blank) and that `other` has: what a merge fills in. */
export function filledFields<T extends Record<string, unknown>>(kept: T, other: T, keys: readonly (keyof T)[]): Partial<T> {
  const empty = (value: unknown) => value === null || value === undefined || (typeof value === "string" && value.trim() === "");
  const result: Partial<T> = {};
  for (const key of keys) if (empty(kept[key]) && !empty(other[key])) result[key] = other[key];
  return result;
}
