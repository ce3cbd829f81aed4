import "server-only";
import { getDb } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { accountFilterOptions, type AccountFilterOptions } from "@/lib/lists/filter-options";
import { personChoice, type PersonChoice } from "@/lib/users/choices";

/** `owner`: the person the owner filter names (null for all owners); the picker finds the others by name. */
export type FilterOptions = AccountFilterOptions & { owner: PersonChoice | null };

/** Choices of the filter bar: the regions, industries and sales teams of non-archived accounts, and the filtered owner. */
export async function getFilterOptions(ownerId: string | undefined, db: ReadDb = getDb()): Promise<FilterOptions> {
  const [options, owner] = await Promise.all([accountFilterOptions(db), personChoice(db, ownerId)]);
  return { ...options, owner };
}
