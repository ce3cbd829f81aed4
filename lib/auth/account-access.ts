import type { Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { forbidden, notFound } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { canManagePortfolio, type SessionUser } from "./roles";

/**
 * Who may change an account: directors and admins every account; a manager those he owns or is a team member of.
 * Everyone may read every account. The rule is stated once, here, and rendered two ways from that statement — a
 * Prisma `where` for queries through the client and an SQL condition for raw queries — so the list, board, CSV
 * import, dashboard and the action wrapper cannot drift apart.
 */
export type AccountEditRule = { kind: "everyAccount" } | { kind: "ownedOrOnTeam"; userId: string };

export function accountEditRule(user: Pick<SessionUser, "id" | "role">): AccountEditRule {
  return canManagePortfolio(user) ? { kind: "everyAccount" } : { kind: "ownedOrOnTeam", userId: user.id };
}

/** The rule as a Prisma filter on Account: a forbidden account is simply not found. */
export function editableAccountWhere(user: Pick<SessionUser, "id" | "role">): Prisma.AccountWhereInput {
  const rule = accountEditRule(user);
  return rule.kind === "everyAccount" ? {} : ownedOrOnTeamWhere(rule.userId);
}

/** A user's own accounts (owner or team member): what a manager may change, and every user's "mine". */
export function ownedOrOnTeamWhere(userId: string): Prisma.AccountWhereInput {
  return { OR: [{ ownerId: userId }, { team: { some: { userId } } }] };
}

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;

/** The rule as an SQL boolean over the Account row aliased `alias` (a condition, or a column such as "canEdit"). */
export function editableAccountSql(user: Pick<SessionUser, "id" | "role">, alias = "a"): Prisma.Sql {
  const rule = accountEditRule(user);
  return rule.kind === "everyAccount" ? Prisma.sql`TRUE` : ownedOrOnTeamSql(rule.userId, alias);
}

/** `ownedOrOnTeamWhere` as an SQL boolean over the Account row aliased `alias`. */
export function ownedOrOnTeamSql(userId: string, alias = "a"): Prisma.Sql {
  if (!SQL_ALIAS.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  const a = Prisma.raw(alias);
  return Prisma.sql`(${a}."ownerId" = ${userId} OR EXISTS (
    SELECT 1 FROM "AccountTeamMember" own_tm WHERE own_tm."accountId" = ${a}.id AND own_tm."userId" = ${userId}))`;
}

/** Which of `ids` the user may change: pages offer only the controls that can succeed. */
export async function editableAccountIds(db: ReadDb, user: Pick<SessionUser, "id" | "role">, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.account.findMany({ where: { id: { in: [...ids] }, ...editableAccountWhere(user) }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** Whether the user may change the account; false when it does not exist. */
export async function canEditAccount(db: ReadDb, user: Pick<SessionUser, "id" | "role">, accountId: string): Promise<boolean> {
  return (await editableAccountIds(db, user, [accountId])).has(accountId);
}

/** The account a guarded write acts on, as the action wrapper hands it to the handler. */
const GUARDED_ACCOUNT = {
  id: true, version: true, ownerId: true, archived: true, stage: true, stageChangedAt: true, quadrant: true, isKeyAccount: true,
} as const;
export type GuardedAccount = Awaited<ReturnType<typeof lockEditableAccount>>;

/**
 * Locks the account row first, then checks the edit rule in a new statement: under READ COMMITTED that statement
 * sees any owner or team change committed while we waited for the lock. Not found and forbidden are told apart.
 */
export async function lockEditableAccount(tx: Tx, user: Pick<SessionUser, "id" | "role">, accountId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Account" WHERE id = ${accountId} FOR NO KEY UPDATE`;
  if (locked.length === 0) throw notFound();
  const account = await tx.account.findFirst({ where: { id: accountId, ...editableAccountWhere(user) }, select: GUARDED_ACCOUNT });
  if (!account) throw forbidden("errors.accountForbidden");
  return account;
}
