import { afterApiWrite } from "@/lib/api/after-commit";
import { apiJson, defineApiRoute } from "@/lib/api/define-api-route";
import { applyStageMove, listStageTransitions, ZApiStageMove, ZApiStageTransitionListQuery } from "@/lib/api/resources/stages";

export const GET = defineApiRoute({ scope: "stages:read", query: ZApiStageTransitionListQuery }, async ({ db, query }) =>
  apiJson(await listStageTransitions(db, query)),
);

export const POST = defineApiRoute({ scope: "stages:write", body: ZApiStageMove }, async ({ body, actor, writeAccount }) => {
  const moved = await writeAccount(body.accountId, (tx, account) => applyStageMove(tx, actor, account, body));
  const { transition } = moved;
  await afterApiWrite({
    actor,
    accountsUpdated: [transition.accountId],
    stageChanges: [{ accountId: transition.accountId, transitionId: transition.id, fromStage: transition.fromStage, toStage: transition.toStage }],
  });
  return apiJson(moved, 201);
});
