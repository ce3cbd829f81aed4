import "server-only";
import { lockEditableAccount, type EditRuleUser, type GuardedAccount } from "@/lib/auth/account-access";
import type { Db, Tx } from "@/lib/db/prisma";
import { enqueueAccountRefresh } from "@/lib/jobs/queue";

/**
 * A write to one account, as the server actions and the REST API make it: in one transaction the account row is
 * locked (FOR NO KEY UPDATE) and the user's edit rule checked, then `write` runs; a concurrent change of owner or
 * team cannot let it through. After the commit a refresh of the account's cached metrics is queued (debounced per
 * account), so lists, board and dashboard catch up whichever feature wrote.
 */
export async function writeGuardedAccount<R>(
  db: Db,
  user: EditRuleUser,
  accountId: string,
  write: (tx: Tx, account: GuardedAccount) => Promise<R>,
  transaction?: { timeout: number; maxWait?: number },
): Promise<R> {
  const result = await db.$transaction(async (tx) => write(tx, await lockEditableAccount(tx, user, accountId)), transaction);
  await enqueueAccountRefresh(accountId);
  return result;
}
