import { AppError, forbidden } from "@/lib/actions/errors";
import type { Db, Tx } from "@/lib/db/prisma";
import type { Prisma } from "@/lib/generated/prisma/client";
import { canManagePortfolio, type SessionUser } from "./roles";

/**
 * Accounts a user may change (DESIGN §1): directors and admins all; a manager those he owns or is a team member
 * of. Used inside queries, so a forbidden account is simply not found and no check can be forgotten.
 */
export function editableAccountWhere(user: SessionUser): Prisma.AccountWhereInput {
  if (canManagePortfolio(user)) return {};
  return { OR: [{ ownerId: user.id }, { team: { some: { userId: user.id } } }] };
}

/** Throws a clear error unless the account exists and the user may change it; returns its id and version. */
export async function assertCanEditAccount(db: Db | Tx, user: SessionUser, accountId: string) {
  const account = await db.account.findFirst({
    where: { id: accountId, ...editableAccountWhere(user) },
    select: { id: true, version: true },
  });
  if (account) return account;
  const exists = await db.account.count({ where: { id: accountId } });
  throw exists ? forbidden("errors.accountForbidden") : new AppError("errors.notFound", "NOT_FOUND");
}
