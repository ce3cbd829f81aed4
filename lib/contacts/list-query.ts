import { z } from "zod";
import { Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType } from "@/lib/generated/prisma/enums";
import { urlEnum, urlText } from "@/lib/validation/search-params";

export const CONTACT_SORT_KEYS = ["name", "account", "level", "function", "role", "personality", "attitude", "strength", "coverage"] as const;
export type ContactSortKey = (typeof CONTACT_SORT_KEYS)[number];
export const CONTACT_PAGE_SIZE = 50;

/** An optional param that must be one of a Prisma enum's values; anything else is dropped instead of failing the page. */
const oneOf = <T extends Record<string, string>>(values: T) => urlEnum(Object.values(values) as [T[keyof T], ...T[keyof T][]]);

/**
 * The contacts list's search params (/contacts): `q` searches name, title, department and account name; filters
 * by level, function, buying role (`role`), personality type, attitude and account owner (`me` or a user id).
 * Unknown values are ignored, so an outdated link still opens the list.
 */
export const ZContactListQuery = z.object({
  q: urlText,
  level: oneOf(ContactLevel),
  function: oneOf(ContactFunction),
  role: oneOf(BuyingRole),
  personality: oneOf(PersonalityType),
  attitude: oneOf(Attitude),
  owner: urlText,
  sort: urlEnum(CONTACT_SORT_KEYS),
  dir: urlEnum(["asc", "desc"]),
  // Number coercion (not urlInt): "1e2" or " 7 " still count here.
  page: z.preprocess((v) => (Array.isArray(v) ? v[0] : v), z.coerce.number().int().min(1).max(100_000).optional()).catch(undefined),
});
export type TContactListQuery = z.infer<typeof ZContactListQuery>;

/** The query as URL params (only what is set), for links that keep the current view. */
export function contactQueryParams(query: TContactListQuery): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "").map(([k, v]) => [k, String(v)]));
}
