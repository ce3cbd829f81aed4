import type { Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import { forbidden, notFound } from "@/lib/errors/app-error";
import { Prisma } from "@/lib/generated/prisma/client";
import { canManagePortfolio, type SessionUser } from "./roles";

/**
 * Who may change an account: admins and directors of the whole portfolio every account; a director limited to
 * his sales teams (directorScope TEAMS) the accounts owned by members of the teams he leads or belongs to, and
 * his own; a manager those he owns or is a team member of. Everyone may read every account. The rule is stated
 * once, here, and rendered two ways from that statement — a Prisma `where` for queries through the client and an
 * SQL condition for raw queries — so the list, board, CSV import, dashboard and the action wrapper cannot drift
 * apart.
 */
export type AccountEditRule =
  | { kind: "everyAccount" }
  | { kind: "ownedOrOnTeam"; userId: string }
  | { kind: "ownedOrSalesTeams"; userId: string };

export type EditRuleUser = Pick<SessionUser, "id" | "role" | "directorScope">;

export function accountEditRule(user: EditRuleUser): AccountEditRule {
  if (!canManagePortfolio(user)) return { kind: "ownedOrOnTeam", userId: user.id };
  return user.role === "DIRECTOR" && user.directorScope === "TEAMS" ? { kind: "ownedOrSalesTeams", userId: user.id } : { kind: "everyAccount" };
}

/** The rule as a Prisma filter on Account: a forbidden account is simply not found. */
export function editableAccountWhere(user: EditRuleUser): Prisma.AccountWhereInput {
  const rule = accountEditRule(user);
  switch (rule.kind) {
    case "everyAccount":
      return {};
    case "ownedOrOnTeam":
      return ownedOrOnTeamWhere(rule.userId);
    case "ownedOrSalesTeams":
      return { OR: [ownedOrOnTeamWhere(rule.userId), { owner: { salesTeams: { some: { team: salesTeamOfWhere(rule.userId) } } } }] };
  }
}

/** A user's own accounts (owner or team member): what a manager may change, and every user's "mine". */
export function ownedOrOnTeamWhere(userId: string): Prisma.AccountWhereInput {
  return { OR: [{ ownerId: userId }, { team: { some: { userId } } }] };
}

/** The sales teams a director answers for: those he leads and those he is a member of. */
const salesTeamOfWhere = (userId: string): Prisma.SalesTeamWhereInput => ({ OR: [{ leaderId: userId }, { members: { some: { userId } } }] });

const SQL_ALIAS = /^[a-z_][a-z0-9_]*$/;

function aliasSql(alias: string) {
  if (!SQL_ALIAS.test(alias)) throw new Error(`not an SQL alias: ${alias}`);
  return Prisma.raw(alias);
}

/** The rule as an SQL boolean over the Account row aliased `alias` (a condition, or a column such as "canEdit"). */
export function editableAccountSql(user: EditRuleUser, alias = "a"): Prisma.Sql {
  const rule = accountEditRule(user);
  switch (rule.kind) {
    case "everyAccount":
      return Prisma.sql`TRUE`;
    case "ownedOrOnTeam":
      return ownedOrOnTeamSql(rule.userId, alias);
    case "ownedOrSalesTeams": {
      const a = aliasSql(alias);
      return Prisma.sql`(${ownedOrOnTeamSql(rule.userId, alias)} OR EXISTS (
        SELECT 1 FROM "SalesTeamMember" scope_m WHERE scope_m."userId" = ${a}."ownerId" AND scope_m."teamId" IN (
          SELECT scope_t.id FROM "SalesTeam" scope_t WHERE scope_t."leaderId" = ${rule.userId}
          UNION SELECT scope_me."teamId" FROM "SalesTeamMember" scope_me WHERE scope_me."userId" = ${rule.userId})))`;
    }
  }
}

/**
 * `ownedOrOnTeamWhere` as an SQL boolean over the Account row aliased `alias`. Written as membership in the
 * user's few hundred account ids rather than `ownerId = … OR EXISTS (…)`: the planner estimates that set well
 * and joins it, where the OR made it probe the team table once per account of the portfolio.
 */
export function ownedOrOnTeamSql(userId: string, alias = "a"): Prisma.Sql {
  const a = aliasSql(alias);
  return Prisma.sql`${a}.id IN (SELECT own_a.id FROM "Account" own_a WHERE own_a."ownerId" = ${userId}
    UNION ALL SELECT own_tm."accountId" FROM "AccountTeamMember" own_tm WHERE own_tm."userId" = ${userId})`;
}

/**
 * A sales team's accounts — those owned by its members — as an SQL boolean over the Account row aliased `alias`:
 * the `team` filter of the accounts list, the board and the dashboard.
 */
export function ownedBySalesTeamSql(teamId: string, alias = "a"): Prisma.Sql {
  const a = aliasSql(alias);
  return Prisma.sql`EXISTS (SELECT 1 FROM "SalesTeamMember" team_m WHERE team_m."teamId" = ${teamId} AND team_m."userId" = ${a}."ownerId")`;
}

/** Which of `ids` the user may change: pages offer only the controls that can succeed. */
export async function editableAccountIds(db: ReadDb, user: EditRuleUser, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const rows = await db.account.findMany({ where: { id: { in: [...ids] }, ...editableAccountWhere(user) }, select: { id: true } });
  return new Set(rows.map((row) => row.id));
}

/** Whether the user may change the account; false when it does not exist. */
export async function canEditAccount(db: ReadDb, user: EditRuleUser, accountId: string): Promise<boolean> {
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
export async function lockEditableAccount(tx: Tx, user: EditRuleUser, accountId: string) {
  const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Account" WHERE id = ${accountId} FOR NO KEY UPDATE`;
  if (locked.length === 0) throw notFound();
  const account = await tx.account.findFirst({ where: { id: accountId, ...editableAccountWhere(user) }, select: GUARDED_ACCOUNT });
  if (!account) throw forbidden(accountEditRule(user).kind === "ownedOrSalesTeams" ? "users.scope.accountForbidden" : "errors.accountForbidden");
  return account;
}

/**
 * Several accounts for one write (a merge): every row locked in id order — two writes over the same accounts then
 * wait for each other instead of deadlocking — and then each checked against the edit rule, all or nothing.
 * Returned in the order of `accountIds`.
 */
export async function lockEditableAccounts(tx: Tx, user: EditRuleUser, accountIds: readonly string[]) {
  const ids = [...new Set(accountIds)].sort();
  for (const id of ids) {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Account" WHERE id = ${id} FOR NO KEY UPDATE`;
    if (locked.length === 0) throw notFound();
  }
  const rows = await tx.account.findMany({ where: { id: { in: ids }, ...editableAccountWhere(user) }, select: GUARDED_ACCOUNT });
  if (rows.length !== ids.length) {
    throw forbidden(accountEditRule(user).kind === "ownedOrSalesTeams" ? "users.scope.accountForbidden" : "errors.accountForbidden");
  }
  const byId = new Map(rows.map((row) => [row.id, row]));
  return accountIds.map((id) => byId.get(id)!);
}
