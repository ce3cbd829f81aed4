import "server-only";
import { canEditAccount } from "@/lib/auth/account-access";
import type { SessionUser } from "@/lib/auth/roles";
import type { Db } from "@/lib/db/prisma";

/**
 * The account row with its owner, and whether `user` may change it (the same rule the actions enforce, as a
 * query). Null when the account does not exist; managers may read every account.
 */
export async function getAccountHeader(db: Db, user: SessionUser, id: string) {
  const [account, editable] = await Promise.all([
    db.account.findUnique({
      where: { id },
      include: { owner: { select: { id: true, name: true } }, parent: { select: { id: true, name: true } } },
    }),
    canEditAccount(db, user, id),
  ]);
  if (!account) return null;
  return { ...account, annualRevenue: account.annualRevenue?.toNumber() ?? null, canEdit: editable };
}

export type AccountHeader = NonNullable<Awaited<ReturnType<typeof getAccountHeader>>>;
