"use server";

import { defineAction } from "@/lib/server/define-action";
import { ZMatrixDraft, ZModelPurposeInput, ZModelRef, ZSelectionDraft } from "./schemas";
import { discardDraft, publishDraft, saveMatrixDraft, saveSelectionDraft, startDraft } from "./writes";

/**
 * Only admins change scoring models, and a model applies to the whole portfolio: the wrapper refuses everyone
 * else before any input is read and runs each change in one transaction.
 */
const adminChange = { roles: ["ADMIN"] as const, portfolio: true as const, revalidate: () => ["/admin/scoring"] };
const published = { ...adminChange, revalidate: () => ["/admin/scoring", ["/scoring", "layout"] as const] };

export const startDraftAction = defineAction({ schema: ZModelPurposeInput, ...adminChange }, async ({ purpose }, { user, tx }) => {
  const draft = await startDraft(tx, user, purpose);
  return { id: draft.id, version: draft.version };
});

export const saveMatrixDraftAction = defineAction({ schema: ZMatrixDraft, ...adminChange }, async (input, { user, tx }) => {
  const draft = await saveMatrixDraft(tx, user, input);
  return { id: draft.id, version: draft.version };
});

export const saveSelectionDraftAction = defineAction({ schema: ZSelectionDraft, ...adminChange }, async (input, { user, tx }) => {
  const draft = await saveSelectionDraft(tx, user, input);
  return { id: draft.id, version: draft.version };
});

export const publishDraftAction = defineAction({ schema: ZModelRef, ...published }, async ({ modelId }, { user, tx }) => {
  const model = await publishDraft(tx, user, modelId);
  return { id: model.id, version: model.version };
});

export const discardDraftAction = defineAction({ schema: ZModelRef, ...adminChange }, async ({ modelId }, { user, tx }) => {
  await discardDraft(tx, user, modelId);
});
