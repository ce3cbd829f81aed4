import "server-only";
import { editableAccountSql } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import type { ImportReason } from "@/lib/csv-import/report";
import type { Db, Tx } from "../db/prisma";

export type AccountRef = { id: string; name: string; editable: boolean };
export type AccountLookup = { byId: Map<string, AccountRef>; byName: Map<string, AccountRef[]> };

/**
 * Every account the file names, by id or by name, in ONE query, with whether the user may change it
 * (owner or team member for a manager; all for directors and admins).
 */
export async function lookupAccounts(db: Db | Tx, user: SessionUser, ids: Iterable<string>, names: Iterable<string>): Promise<AccountLookup> {
  const idList = [...new Set(ids)].filter(Boolean);
  const nameList = [...new Set(names)].filter(Boolean);
  const lookup: AccountLookup = { byId: new Map(), byName: new Map() };
  if (idList.length === 0 && nameList.length === 0) return lookup;
  const rows = await db.$queryRaw<AccountRef[]>`
    SELECT a.id, a.name,
      ${editableAccountSql(user)} AS editable
    FROM "Account" a
    WHERE a.id = ANY(${idList}::text[]) OR a.name = ANY(${nameList}::text[])`;
  for (const row of rows) {
    lookup.byId.set(row.id, row);
    lookup.byName.set(row.name, [...(lookup.byName.get(row.name) ?? []), row]);
  }
  return lookup;
}

/**
 * The account a row names, or why it cannot be used. An id that exists wins; otherwise the name is used, so a
 * file exported from another installation (other ids, same names) still imports.
 */
export function resolveAccount(
  lookup: AccountLookup,
  accountId: string | undefined,
  name: string | undefined,
  columns: { accountId?: string; account?: string },
): { account: AccountRef } | { reason: ImportReason } {
  const byId = accountId ? lookup.byId.get(accountId) : undefined;
  const useName = !byId && !!name;
  const candidates = byId ? [byId] : useName ? (lookup.byName.get(name) ?? []) : [];
  const column = useName ? columns.account : columns.accountId;
  const value = (useName ? name : accountId) ?? "";
  if (candidates.length === 0) return { reason: { column, key: "csvImport.reason.unknownAccount", values: { value } } };
  if (candidates.length > 1) return { reason: { column, key: "csvImport.reason.ambiguousAccount", values: { value } } };
  const account = candidates[0];
  if (!account.editable) return { reason: { column, key: "csvImport.reason.accountForbidden", values: { value: account.name } } };
  return { account };
}
