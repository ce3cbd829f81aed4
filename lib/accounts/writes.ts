import "server-only";
import type { Tx } from "@/lib/db/prisma";
import { writeAudit } from "@/lib/db/audit";
import { AppError, conflict } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { MessageKey } from "@/lib/i18n/translate";
import { emitAccountUpdated } from "@/lib/webhooks/account-events";
import { parentProblem } from "./queries";

/**
 * The one optimistic-lock write of an account, used by every change that bumps its version: it only happens
 * while the version is still the one the user saw (`seenVersion`), bumps it, and records the audit row with the
 * state before and after (plus `auditExtra`, e.g. the reasons of a stage move) and the `account.updated` webhook
 * event when a field changed. Of two concurrent changes made
 * from the same version exactly one wins; the other gets CONFLICT and changes nothing.
 */
export async function updateAccountVersioned(
  tx: Tx,
  change: {
    userId: string;
    /** Set when the change came through the REST API. */
    apiKeyId?: string | null;
    accountId: string;
    seenVersion: number;
    action: string;
    data: Prisma.AccountUncheckedUpdateManyInput;
    auditExtra?: Record<string, unknown>;
  },
) {
  const { accountId, seenVersion } = change;
  const before = await tx.account.findUniqueOrThrow({ where: { id: accountId } });
  if (before.version !== seenVersion) throw conflict();
  const { count } = await tx.account.updateMany({
    where: { id: accountId, version: seenVersion },
    data: { ...change.data, version: { increment: 1 } },
  });
  if (count === 0) throw conflict();
  const after = await tx.account.findUniqueOrThrow({ where: { id: accountId } });
  await writeAudit(tx, {
    userId: change.userId,
    apiKeyId: change.apiKeyId,
    entityType: "Account",
    entityId: accountId,
    action: change.action,
    before,
    after: { ...after, ...change.auditExtra },
  });
  await emitAccountUpdated(tx, before, after, { action: change.action, userId: change.userId });
  return after;
}

/** Refuses a parent that does not exist or would make the account its own ancestor. */
export async function assertValidParent(tx: Tx, accountId: string | null, parentId: string | null) {
  if (!parentId) return;
  const problem = await parentProblem(tx, accountId, parentId);
  if (problem === "notFound") throw new AppError("accounts.errors.parentNotFound");
  if (problem === "cycle") throw new AppError("accounts.errors.parentCycle");
}

/** Refuses a user who does not exist or was deactivated (as owner, team member, coverage or plan task owner). */
export async function assertActiveUser(tx: Tx, userId: string, key: MessageKey = "accounts.errors.ownerNotFound") {
  const found = await tx.user.count({ where: { id: userId, active: true } });
  if (!found) throw new AppError(key);
}
