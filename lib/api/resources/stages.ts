import "server-only";
import { z } from "zod";
import { ZMoveAccountStage } from "@/lib/board/schemas";
import { moveAccountStage } from "@/lib/board/writes";
import type { GuardedAccount } from "@/lib/auth/account-access";
import type { Tx } from "@/lib/db/prisma";
import type { ReadDb } from "@/lib/db/read-only";
import type { Prisma, StageTransition } from "@/lib/generated/prisma/client";
import { RelationshipStage, UncouplingReason } from "@/lib/generated/prisma/enums";
import type { ApiActor } from "../define-api-route";
import { afterCursor, iso, listQuery, out, pageOf, ZPageMeta } from "../list";

export const ZApiStageTransition = z
  .object({
    id: out.id(),
    accountId: z.string(),
    fromStage: z.enum(RelationshipStage),
    toStage: z.enum(RelationshipStage),
    reasons: z.array(z.enum(UncouplingReason)),
    note: z.string().nullable(),
    userId: z.string(),
    createdAt: out.dateTime(),
  })
  .meta({ id: "StageTransition" });

export const ZApiStageTransitionPage = z.object({ data: z.array(ZApiStageTransition), ...ZPageMeta }).meta({ id: "StageTransitionPage" });

export const transitionJson = (s: StageTransition): z.infer<typeof ZApiStageTransition> => ({
  id: s.id, accountId: s.accountId, fromStage: s.fromStage, toStage: s.toStage, reasons: s.reasons, note: s.note, userId: s.userId, createdAt: iso(s.createdAt),
});

/** Transitions are never changed once made: the list is in (createdAt, id) order and `updatedSince` reads createdAt. */
export const ZApiStageTransitionListQuery = z.object({
  ...listQuery,
  accountId: z.string().max(64).optional().meta({ description: "Only the transitions of this account." }),
  toStage: z.enum(RelationshipStage).optional(),
});

export async function listStageTransitions(db: ReadDb, q: z.infer<typeof ZApiStageTransitionListQuery>) {
  const where: Prisma.StageTransitionWhereInput = {
    AND: [
      afterCursor("createdAt", q.cursor),
      q.updatedSince ? { createdAt: { gte: q.updatedSince } } : {},
      { accountId: q.accountId, toStage: q.toStage },
    ],
  };
  const rows = await db.stageTransition.findMany({ where, orderBy: [{ createdAt: "asc" }, { id: "asc" }], take: q.limit + 1 });
  const page = pageOf(rows, q.limit, (s) => ({ at: s.createdAt, id: s.id }));
  return { data: page.data.map(transitionJson), nextCursor: page.nextCursor };
}

/** The board's move: the account's version as the client saw it, the target stage, and for uncoupling reasons and a note. */
export const ZApiStageMove = ZMoveAccountStage.meta({ id: "StageMove" });

export const ZApiStageMoveResult = z
  .object({ transition: ZApiStageTransition, stage: z.enum(RelationshipStage), version: z.number().int() })
  .meta({ id: "StageMoveResult" });

/** Exactly the board's write: stage engine rules, version check (409 when stale), transition, version bump, audit. */
export async function applyStageMove(tx: Tx, actor: ApiActor, account: GuardedAccount, input: z.infer<typeof ZApiStageMove>) {
  const { transition, account: after } = await moveAccountStage(tx, actor, account, input);
  return { transition: transitionJson(transition), stage: after.stage, version: after.version };
}
