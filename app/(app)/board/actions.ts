"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { AppError, conflict } from "@/lib/actions/errors";
import { assertCanEditAccount } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/db/audit";
import { getColumnPage } from "@/lib/db/board";
import { canTransition } from "@/lib/stages";
import { ZColumnPage, ZMoveAccountStage } from "@/lib/validation/board";

/**
 * Moves an account to another relationship stage. Checks permission and the stage rules, and refuses a stale
 * `version` (someone else changed the account since it was shown): the update matches `{ id, version }`,
 * so of two concurrent moves exactly one wins. Stage, version, the transition row and the audit row change
 * together or not at all.
 */
export const moveAccountStageAction = defineAction({ schema: ZMoveAccountStage }, async (input, { user, db }) => {
  const result = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, input.accountId);
    const account = await tx.account.findUniqueOrThrow({
      where: { id: input.accountId },
      select: { stage: true, version: true, stageChangedAt: true },
    });
    if (account.version !== input.version) throw conflict();
    const uncoupling = input.toStage === "DISINTEGRATING";
    const check = canTransition(account.stage, input.toStage, { reasons: input.reasons });
    if (!check.ok) throw new AppError(`board.refusal.${check.code}`, "INVALID");

    const now = new Date();
    const { count } = await tx.account.updateMany({
      where: { id: input.accountId, version: input.version },
      data: { stage: input.toStage, stageChangedAt: now, version: { increment: 1 } },
    });
    if (count === 0) throw conflict();
    const reasons = uncoupling ? [...new Set(input.reasons)] : [];
    const note = input.note === "" ? null : input.note;
    const transition = await tx.stageTransition.create({
      data: { accountId: input.accountId, fromStage: account.stage, toStage: input.toStage, reasons, note, userId: user.id, createdAt: now },
    });
    const version = input.version + 1;
    await writeAudit(tx, {
      userId: user.id,
      entityType: "Account",
      entityId: input.accountId,
      action: "stage.move",
      before: { stage: account.stage, stageChangedAt: account.stageChangedAt, version: account.version },
      after: { stage: input.toStage, stageChangedAt: now, version, reasons, note, transitionId: transition.id },
    });
    return { stage: input.toStage, version };
  });
  revalidatePath("/board");
  revalidatePath(`/accounts/${input.accountId}`);
  return result;
});

/** The next page of one column ("show more"), with the same filters as the board. */
export const loadColumnPageAction = defineAction({ schema: ZColumnPage }, async (input, { user, db }) =>
  getColumnPage(db, user, input.filters, input.stage, input.offset),
);
