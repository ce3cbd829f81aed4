import "server-only";
import { getDb } from "@/lib/db/prisma";

export type FilterOptions = { owners: { id: string; name: string }[]; regions: string[]; industries: string[] };

/** Choices of the filter bar: owners of non-archived accounts, and the regions and industries in use. */
export async function getFilterOptions(): Promise<FilterOptions> {
  const db = getDb();
  const [owners, regions, industries] = await Promise.all([
    db.$queryRaw<{ id: string; name: string }[]>`
      SELECT u.id, u.name FROM "User" u
      WHERE EXISTS (SELECT 1 FROM "Account" a WHERE a."ownerId" = u.id AND NOT a.archived)
      ORDER BY u.name`,
    db.$queryRaw<{ value: string }[]>`SELECT DISTINCT region AS value FROM "Account" WHERE NOT archived ORDER BY 1`,
    db.$queryRaw<{ value: string }[]>`SELECT DISTINCT industry AS value FROM "Account" WHERE NOT archived ORDER BY 1`,
  ]);
  return { owners, regions: regions.map((r) => r.value), industries: industries.map((r) => r.value) };
}
