import "server-only";
import { updateAccountVersioned } from "@/lib/accounts/writes";
import type { GuardedAccount } from "@/lib/auth/account-access";
import type { Tx } from "@/lib/db/prisma";
import { AppError, conflict } from "@/lib/errors/app-error";
import { canTransition } from "@/lib/stages";
import { emitStageChanged } from "@/lib/webhooks/account-events";
import type { ZMoveAccountStage } from "./schemas";
import type { z } from "zod";

export type StageMove = z.infer<typeof ZMoveAccountStage>;

/**
 * Moves an account (locked and permission-checked by the caller, in `tx`) to another relationship stage: the
 * stage engine's rules, the version the caller saw (a stale one is a conflict), the transition row, the version
 * bump, the audit row and the webhook events, together. The board's action and the REST API both write through here.
 */
export async function moveAccountStage(
  tx: Tx,
  actor: { userId: string; apiKeyId?: string | null },
  account: GuardedAccount,
  input: StageMove,
) {
  if (account.version !== input.version) throw conflict();
  const check = canTransition(account.stage, input.toStage, { reasons: input.reasons });
  if (!check.ok) throw new AppError(`board.refusal.${check.code}`, "INVALID");
  const now = new Date();
  const reasons = input.toStage === "DISINTEGRATING" ? [...new Set(input.reasons)] : [];
  const note = input.note === "" ? null : input.note;
  const transition = await tx.stageTransition.create({
    data: { accountId: account.id, fromStage: account.stage, toStage: input.toStage, reasons, note, userId: actor.userId, createdAt: now },
  });
  const after = await updateAccountVersioned(tx, {
    userId: actor.userId,
    apiKeyId: actor.apiKeyId,
    accountId: account.id,
    seenVersion: input.version,
    action: "stage.move",
    data: { stage: input.toStage, stageChangedAt: now },
    auditExtra: { reasons, note, transitionId: transition.id },
  });
  await emitStageChanged(tx, after, transition);
  return { transition, account: after };
}
