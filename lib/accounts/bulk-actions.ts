"use server";

import { addTeamMember } from "@/lib/team/writes";
import { defineAction } from "@/lib/server/define-action";
import { ZBulkAddTeamMember, ZBulkReassign } from "./bulk-schemas";
import { assertActiveUser, updateAccountVersioned } from "./writes";

/**
 * Bulk actions on the rows selected in the accounts list. They go row by row (the wrapper's `eachAccount`): each
 * account in its own transaction, locked and checked against the edit rule like a change made on its page, so a
 * manager's selection that includes others' accounts changes his own and refuses the rest, each with its reason
 * ("3 updated, 2 refused"). Row by row rather than all or nothing because the selection is a convenience for many
 * independent changes: one account someone else changed meanwhile should not hold back the others.
 */

/** New owner for each selected account (directors and admins, as on the account page); same owner: unchanged. */
export const bulkReassignOwnerAction = defineAction(
  { schema: ZBulkReassign, roles: ["DIRECTOR", "ADMIN"], eachAccount: (input) => input.ids, revalidate: () => ["/accounts"] },
  async ({ ownerId }, { user, tx, account }) => {
    await assertActiveUser(tx, ownerId);
    if (account.ownerId === ownerId) return { changed: false };
    await updateAccountVersioned(tx, { userId: user.id, accountId: account.id, seenVersion: account.version, action: "reassign", data: { ownerId } });
    return { changed: true };
  },
);

/** One person added to each selected account's team, with the rules of the account page's team tab. */
export const bulkAddTeamMemberAction = defineAction(
  { schema: ZBulkAddTeamMember, eachAccount: (input) => input.ids, revalidate: () => ["/accounts"] },
  async ({ userId, teamRole, formal }, { user, tx, account }) => {
    await addTeamMember(tx, user.id, account, { userId, teamRole, formal });
    return { changed: true };
  },
);
