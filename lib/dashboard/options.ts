import "server-only";
import { getDb } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { accountFilterOptions, type AccountFilterOptions } from "@/lib/lists/filter-options";

export type FilterOptions = AccountFilterOptions;

/** Choices of the filter bar: owners of non-archived accounts, and the regions and industries in use. */
export function getFilterOptions(db: ReadDb = getDb()): Promise<FilterOptions> {
  return accountFilterOptions(db);
}
