import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import { AppError, conflict, notFound } from "@/lib/errors/app-error";
import { activeHealthModel } from "@/lib/account-health";
import { HEALTH_COMPONENTS, validateHealthModel } from "@/lib/health";
import { loadActiveHealthModel, loadHealthDraft, loadHealthModel, type HealthModelView } from "./queries";
import type { THealthDraft } from "./schemas";

const audit = (tx: Tx, user: SessionUser, modelId: string, action: string, before: unknown, after: unknown) =>
  writeAudit(tx, { userId: user.id, entityType: "HealthModel", entityId: modelId, action, before, after });

/**
 * Opens the draft: the existing one, or a copy of the active version as the next version number (before any was
 * published, the built-in default is made the active version 1 first, as the refresh would). A draft scores
 * nothing until it is published.
 */
export async function startHealthDraft(tx: Tx, user: SessionUser): Promise<HealthModelView> {
  const existing = await loadHealthDraft(tx);
  if (existing) return existing;
  const source = (await loadHealthModel(tx, (await activeHealthModel(tx)).id))!;
  const last = await tx.healthModel.aggregate({ _max: { version: true } });
  const created = await tx.healthModel.create({
    data: {
      version: (last._max.version ?? 0) + 1,
      status: "DRAFT",
      name: source.name,
      weights: { ...source.weights },
      healthyFrom: source.healthyFrom,
      watchFrom: source.watchFrom,
      freshnessDays: source.freshnessDays,
      createdById: user.id,
    },
  });
  const draft = (await loadHealthModel(tx, created.id))!;
  await audit(tx, user, draft.id, "draft.start", { copiedFrom: { id: source.id, version: source.version } }, draft);
  return draft;
}

async function editableDraft(tx: Tx, modelId: string): Promise<HealthModelView> {
  const draft = await loadHealthModel(tx, modelId);
  if (!draft) throw notFound();
  if (draft.status !== "DRAFT") throw conflict();
  return draft;
}

export async function saveHealthDraft(tx: Tx, user: SessionUser, input: THealthDraft): Promise<HealthModelView> {
  const before = await editableDraft(tx, input.modelId);
  // Stored in component order so the Json reads the same whatever order the form sent.
  const weights = Object.fromEntries(HEALTH_COMPONENTS.map((c) => [c, input.weights[c]]));
  await tx.healthModel.update({
    where: { id: before.id },
    data: { name: input.name, weights, healthyFrom: input.healthyFrom, watchFrom: input.watchFrom, freshnessDays: input.freshnessDays },
  });
  const after = (await loadHealthModel(tx, before.id))!;
  await audit(tx, user, before.id, "draft.update", before, after);
  return after;
}

const sameContent = (a: HealthModelView, b: HealthModelView) =>
  a.healthyFrom === b.healthyFrom &&
  a.watchFrom === b.watchFrom &&
  a.freshnessDays === b.freshnessDays &&
  HEALTH_COMPONENTS.every((c) => a.weights[c] === b.weights[c]);

/**
 * Makes the draft the ACTIVE version. The previous one is retired and gives up the unique `active` flag first;
 * current health rows keep pointing at the version that computed them until the refresh recomputes them.
 */
export async function publishHealthDraft(tx: Tx, user: SessionUser, modelId: string): Promise<HealthModelView> {
  const draft = await editableDraft(tx, modelId);
  // The stored draft is checked again: it may predate a rule, and a model that breaks one never goes live.
  if (validateHealthModel(draft).length > 0) throw new AppError("health.errors.invalidModel");
  const previous = await loadActiveHealthModel(tx);
  if (previous && sameContent(draft, previous)) throw new AppError("health.errors.identicalToActive", "CONFLICT");
  if (previous) await tx.healthModel.update({ where: { id: previous.id }, data: { status: "RETIRED", active: null } });
  await tx.healthModel.update({ where: { id: draft.id }, data: { status: "ACTIVE", active: true, publishedAt: new Date() } });
  const published = (await loadHealthModel(tx, draft.id))!;
  await audit(tx, user, draft.id, "publish", { draft, retired: previous && { id: previous.id, version: previous.version } }, published);
  return published;
}

export async function discardHealthDraft(tx: Tx, user: SessionUser, modelId: string) {
  const draft = await editableDraft(tx, modelId);
  await tx.healthModel.delete({ where: { id: draft.id } });
  await audit(tx, user, draft.id, "draft.discard", draft, null);
}
