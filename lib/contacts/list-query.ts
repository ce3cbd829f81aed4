import { z } from "zod";
import { Attitude, BuyingRole, ContactFunction, ContactLevel, PersonalityType } from "@/lib/generated/prisma/enums";
import { enumFilter, ownerParam, pageParam, searchParam, sortParams, viewParams } from "@/lib/lists/query";

export const CONTACT_SORT_KEYS = ["name", "account", "level", "function", "role", "personality", "attitude", "strength", "coverage"] as const;
export type ContactSortKey = (typeof CONTACT_SORT_KEYS)[number];
export const CONTACT_PAGE_SIZE = 50;

/**
 * The contacts list's search params (/contacts): `q` searches name, title, department and account name; filters
 * by level, function, buying role (`role`), personality type, attitude and account owner (`me` or a user id).
 * Unlike the account lists it opens on everyone's contacts for every role (no owner default). Unknown values are
 * ignored, so an outdated link still opens the list.
 */
export const ZContactListQuery = z.object({
  q: searchParam,
  level: enumFilter(ContactLevel),
  function: enumFilter(ContactFunction),
  role: enumFilter(BuyingRole),
  personality: enumFilter(PersonalityType),
  attitude: enumFilter(Attitude),
  owner: ownerParam,
  ...sortParams(CONTACT_SORT_KEYS),
  page: pageParam,
  ...viewParams,
});
export type TContactListQuery = z.infer<typeof ZContactListQuery>;
