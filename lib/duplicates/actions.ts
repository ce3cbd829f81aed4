"use server";

import { canEditAccount } from "@/lib/auth/account-access";
import { notFound } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { mayMerge, getMergePreview, mergeAccounts } from "./merge";
import { ZMerge, ZMergePreview, ZMergeSearch } from "./schemas";

/** Accounts to merge with, by name (the account itself left out). */
export const searchMergeTargetsAction = defineAction({ schema: ZMergeSearch }, async ({ q, excludeId }, { db }) =>
  q.length === 0
    ? []
    : db.account.findMany({
        where: { OR: [{ name: { contains: q, mode: "insensitive" } }, { localName: { contains: q, mode: "insensitive" } }], id: { not: excludeId } },
        select: { id: true, name: true, localName: true, archived: true, owner: { select: { name: true } } },
        orderBy: [{ archived: "asc" }, { name: "asc" }],
        take: 10,
      }),
);

/**
 * The merge dialog's preview: both accounts, what each holds, the order numbers they share, and whether this user
 * may merge them (edit both; a manager must own both).
 */
export const previewMergeAction = defineAction({ schema: ZMergePreview }, async ({ accountId, otherId }, { db, user }) => {
  const preview = await getMergePreview(db, accountId, otherId);
  if (!preview) throw notFound();
  const [a, b] = preview.accounts;
  const allowed = mayMerge(user, [a.ownerId, b.ownerId]) && (await canEditAccount(db, user, a.id)) && (await canEditAccount(db, user, b.id));
  return { ...preview, allowed };
});

/** Merges `mergedId` into `survivorId` (see mergeAccounts) with both accounts locked and checked in one transaction. */
export const mergeAccountsAction = defineAction(
  {
    schema: ZMerge,
    accounts: (input) => [input.survivorId, input.mergedId],
    revalidate: (input) => ["/accounts", `/accounts/${input.survivorId}`, `/accounts/${input.mergedId}`],
  },
  async (input, { user, tx, accounts: [survivor, merged] }) =>
    mergeAccounts(tx, user, [survivor, merged], { survivor: input.survivorVersion, merged: input.mergedVersion }),
);
