"use server";

import { refreshHealth } from "@/lib/account-health";
import { getDb } from "@/lib/db/prisma";
import { enqueueFullRefresh } from "@/lib/jobs/queue";
import { defineAction } from "@/lib/server/define-action";
import { ZHealthDraft, ZHealthModelRef, ZHealthStart } from "./schemas";
import { discardHealthDraft, publishHealthDraft, saveHealthDraft, startHealthDraft } from "./writes";

/**
 * Only admins change the health model, and it applies to the whole portfolio: the wrapper refuses everyone else
 * before any input is read and runs each change in one transaction, audit row included.
 */
const adminChange = { roles: ["ADMIN"] as const, portfolio: true as const, revalidate: () => ["/admin/health"] };

export const startHealthDraftAction = defineAction({ schema: ZHealthStart, ...adminChange }, async (_input, { user, tx }) => {
  const draft = await startHealthDraft(tx, user);
  return { id: draft.id, version: draft.version };
});

export const saveHealthDraftAction = defineAction({ schema: ZHealthDraft, ...adminChange }, async (input, { user, tx }) => {
  const draft = await saveHealthDraft(tx, user, input);
  return { id: draft.id, version: draft.version };
});

export const discardHealthDraftAction = defineAction({ schema: ZHealthModelRef, ...adminChange }, async ({ modelId }, { user, tx }) => {
  await discardHealthDraft(tx, user, modelId);
});

const publishInTransaction = defineAction(
  { schema: ZHealthModelRef, ...adminChange, revalidate: () => ["/admin/health", ["/accounts", "layout"] as const, "/dashboard"] },
  async ({ modelId }, { user, tx }) => {
    const model = await publishHealthDraft(tx, user, modelId);
    return { id: model.id, version: model.version };
  },
);

/**
 * Publishes the draft, then (once committed) asks for the full refresh, which recomputes every account's health
 * with the new version. Without a job queue in this database the health is recomputed here instead, so the
 * pages never keep showing the retired version's bands.
 */
export async function publishHealthDraftAction(raw: { modelId: string }) {
  const result = await publishInTransaction(raw);
  if (result.ok && !(await enqueueFullRefresh())) {
    try {
      await refreshHealth(getDb(), { now: new Date() });
    } catch (error) {
      console.error("Could not refresh account health after publishing a health model", error);
    }
  }
  return result;
}
