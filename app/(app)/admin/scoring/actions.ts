"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { discardDraft, publishDraft, saveMatrixDraft, saveSelectionDraft, startDraft } from "@/lib/db/scoring-model-writes";
import { ZMatrixDraft, ZModelPurposeInput, ZModelRef, ZSelectionDraft } from "@/lib/validation/scoring";

/** Only admins change scoring models (DESIGN §1); the wrapper refuses everyone else before any input is read. */
const ADMIN = ["ADMIN"] as const;

function revalidateModels() {
  revalidatePath("/admin/scoring");
  revalidatePath("/scoring", "layout");
}

export const startDraftAction = defineAction({ schema: ZModelPurposeInput, roles: ADMIN }, async ({ purpose }, { user, db }) => {
  const draft = await db.$transaction((tx) => startDraft(tx, user, purpose));
  revalidatePath("/admin/scoring");
  return { id: draft.id, version: draft.version };
});

export const saveMatrixDraftAction = defineAction({ schema: ZMatrixDraft, roles: ADMIN }, async (input, { user, db }) => {
  const draft = await db.$transaction((tx) => saveMatrixDraft(tx, user, input));
  revalidatePath("/admin/scoring");
  return { id: draft.id, version: draft.version };
});

export const saveSelectionDraftAction = defineAction({ schema: ZSelectionDraft, roles: ADMIN }, async (input, { user, db }) => {
  const draft = await db.$transaction((tx) => saveSelectionDraft(tx, user, input));
  revalidatePath("/admin/scoring");
  return { id: draft.id, version: draft.version };
});

export const publishDraftAction = defineAction({ schema: ZModelRef, roles: ADMIN }, async ({ modelId }, { user, db }) => {
  const model = await db.$transaction((tx) => publishDraft(tx, user, modelId));
  revalidateModels();
  return { id: model.id, version: model.version };
});

export const discardDraftAction = defineAction({ schema: ZModelRef, roles: ADMIN }, async ({ modelId }, { user, db }) => {
  await db.$transaction((tx) => discardDraft(tx, user, modelId));
  revalidatePath("/admin/scoring");
});
