import "server-only";
import type { ReadDb } from "@/lib/db/read-only";
import { Prisma } from "@/lib/generated/prisma/client";

/**
 * The choices of the list pages' filter dropdowns, one function per filter: the values that occur in the
 * accounts, so no dropdown offers a choice that can only come up empty (the owner pickers follow the same rule,
 * lib/users/choices.ts). Lists that never show archived accounts (board, dashboard, scoring) leave them out; the
 * accounts list, which can show them, passes `includeArchived`.
 */

export type OptionScope = { includeArchived?: boolean };

const accountScope = ({ includeArchived = false }: OptionScope) => (includeArchived ? Prisma.empty : Prisma.sql`AND NOT a.archived`);

/**
 * The distinct values of a column, A→Z, by a loose index scan: one index probe per value (a portfolio has a few
 * dozen regions and industries) instead of reading every account.
 */
async function distinctValues(db: ReadDb, column: "industry" | "region", scope: OptionScope): Promise<string[]> {
  const c = Prisma.raw(`a."${column}"`);
  const rows = await db.$queryRaw<{ value: string | null }[]>`
    WITH RECURSIVE v(value) AS (
      (SELECT ${c} FROM "Account" a WHERE TRUE ${accountScope(scope)} ORDER BY ${c} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${c} FROM "Account" a WHERE ${c} > v.value ${accountScope(scope)} ORDER BY ${c} LIMIT 1) FROM v WHERE v.value IS NOT NULL
    )
    SELECT value FROM v WHERE value IS NOT NULL`;
  return rows.map((row) => row.value as string);
}

/** The industries of the accounts, A→Z. */
export const industriesInUse = (db: ReadDb, scope: OptionScope = {}) => distinctValues(db, "industry", scope);

/** The regions of the accounts, A→Z. */
export const regionsInUse = (db: ReadDb, scope: OptionScope = {}) => distinctValues(db, "region", scope);

export type SalesTeamOption = { id: string; name: string };

/** Sales teams with at least one member who owns an account (the `team` filter keeps their accounts), by name. */
export function salesTeams(db: ReadDb, scope: OptionScope = {}): Promise<SalesTeamOption[]> {
  return db.$queryRaw<SalesTeamOption[]>`
    SELECT t.id, t.name FROM "SalesTeam" t
    WHERE EXISTS (
      SELECT 1 FROM "SalesTeamMember" m JOIN "Account" a ON a."ownerId" = m."userId"
      WHERE m."teamId" = t.id ${accountScope(scope)})
    ORDER BY t.name, t.id`;
}

export type AccountFilterOptions = { industries: string[]; regions: string[]; teams: SalesTeamOption[] };

/**
 * Industries, regions and sales teams together, for the lists that filter by all of them (accounts, dashboard).
 * Owners are too many to list: the owner filter finds them by name (lib/users/choices.ts).
 */
export async function accountFilterOptions(db: ReadDb, scope: OptionScope = {}): Promise<AccountFilterOptions> {
  const [industries, regions, teams] = await Promise.all([industriesInUse(db, scope), regionsInUse(db, scope), salesTeams(db, scope)]);
  return { industries, regions, teams };
}
