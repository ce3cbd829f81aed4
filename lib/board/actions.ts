"use server";

import { updateAccountVersioned } from "@/lib/accounts/writes";
import { AppError, conflict } from "@/lib/errors/app-error";
import { defineAction } from "@/lib/server/define-action";
import { canTransition } from "@/lib/stages";
import { getColumnPage } from "./queries";
import { ZColumnPage, ZMoveAccountStage } from "./schemas";

/**
 * Moves an account to another relationship stage. The stage rules are the engine's; a stale `version` (someone
 * else changed the account since it was shown) is refused. Stage, version, the transition row and the audit row
 * change together or not at all.
 */
export const moveAccountStageAction = defineAction(
  { schema: ZMoveAccountStage, account: (input) => input.accountId, revalidate: (input) => ["/board", `/accounts/${input.accountId}`] },
  async (input, { user, tx, account }) => {
    if (account.version !== input.version) throw conflict();
    const check = canTransition(account.stage, input.toStage, { reasons: input.reasons });
    if (!check.ok) throw new AppError(`board.refusal.${check.code}`, "INVALID");
    const now = new Date();
    const reasons = input.toStage === "DISINTEGRATING" ? [...new Set(input.reasons)] : [];
    const note = input.note === "" ? null : input.note;
    const transition = await tx.stageTransition.create({
      data: { accountId: account.id, fromStage: account.stage, toStage: input.toStage, reasons, note, userId: user.id, createdAt: now },
    });
    const after = await updateAccountVersioned(tx, {
      userId: user.id,
      accountId: account.id,
      seenVersion: input.version,
      action: "stage.move",
      data: { stage: input.toStage, stageChangedAt: now },
      auditExtra: { reasons, note, transitionId: transition.id },
    });
    return { stage: after.stage, version: after.version };
  },
);

/** The next page of one column ("show more"), with the same filters as the board. */
export const loadColumnPageAction = defineAction({ schema: ZColumnPage }, async (input, { user, db }) =>
  getColumnPage(db, user, input.filters, input.stage, input.offset),
);
