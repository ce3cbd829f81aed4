import "server-only";
import { AppError, conflict, notFound } from "@/lib/errors/app-error";
import type { SessionUser } from "@/lib/auth/roles";
import { writeAudit } from "@/lib/db/audit";
import type { Tx } from "@/lib/db/prisma";
import type { ModelPurpose } from "@/lib/generated/prisma/enums";
import { totalsHundred, type TMatrixDraft, type TSelectionDraft } from "@/lib/scoring-models/schemas";
import { loadActiveModel, loadDraftModel, loadModel, type ModelView } from "./queries";
import { sameModelContent } from "./compare";

const SELECTION_GROUP_KEY = "SELECTION";

const audit = (tx: Tx, user: SessionUser, modelId: string, action: string, before: unknown, after: unknown) =>
  writeAudit(tx, { userId: user.id, entityType: "ScoringModel", entityId: modelId, action, before, after });

/**
 * Opens the purpose's draft: the existing one, or a copy of the active model (factors included) as the next
 * version. Drafts never score anything until they are published.
 */
export async function startDraft(tx: Tx, user: SessionUser, purpose: ModelPurpose): Promise<ModelView> {
  const existing = await loadDraftModel(tx, purpose);
  if (existing) return existing;
  const active = await loadActiveModel(tx, purpose);
  if (!active) throw new AppError("admin.errors.noActiveModel");
  const last = await tx.scoringModel.aggregate({ where: { purpose }, _max: { version: true } });
  const created = await tx.scoringModel.create({
    data: {
      purpose,
      version: (last._max.version ?? 0) + 1,
      status: "DRAFT",
      name: active.name,
      scaleMin: active.scale.min,
      scaleMax: active.scale.max,
      thresholdMode: active.thresholdMode,
      attractivenessThreshold: active.fixedThresholds.attractiveness,
      strengthThreshold: active.fixedThresholds.strength,
      topPercent: active.topPercent,
      potentialFromClv: active.potentialFromClv,
      createdById: user.id,
      factors: {
        create: active.factors.map((f) => ({
          dimension: f.dimension, groupKey: f.groupKey, key: f.key, labelEn: f.labelEn, labelZh: f.labelZh,
          helpEn: f.helpEn, helpZh: f.helpZh, weight: f.weight, inverted: f.inverted, position: f.position,
        })),
      },
    },
  });
  const draft = (await loadModel(tx, created.id))!;
  await audit(tx, user, draft.id, "draft.start", { copiedFrom: { id: active.id, version: active.version } }, draft);
  return draft;
}

async function editableDraft(tx: Tx, modelId: string, purpose: ModelPurpose): Promise<ModelView> {
  const draft = await loadModel(tx, modelId);
  if (!draft || draft.purpose !== purpose) throw notFound();
  if (draft.status !== "DRAFT") throw conflict();
  return draft;
}

export async function saveMatrixDraft(tx: Tx, user: SessionUser, input: TMatrixDraft): Promise<ModelView> {
  const before = await editableDraft(tx, input.modelId, "MATRIX");
  const fixed = input.thresholdMode === "FIXED";
  await tx.scoringModel.update({
    where: { id: before.id },
    data: {
      name: input.name,
      scaleMin: input.scaleMin,
      scaleMax: input.scaleMax,
      thresholdMode: input.thresholdMode,
      attractivenessThreshold: fixed ? input.attractivenessThreshold : null,
      strengthThreshold: fixed ? input.strengthThreshold : null,
    },
  });
  await tx.scoringFactor.deleteMany({ where: { modelId: before.id } });
  await tx.scoringFactor.createMany({ data: input.factors.map((f, position) => ({ ...f, modelId: before.id, position })) });
  const after = (await loadModel(tx, before.id))!;
  await audit(tx, user, before.id, "draft.update", before, after);
  return after;
}

export async function saveSelectionDraft(tx: Tx, user: SessionUser, input: TSelectionDraft): Promise<ModelView> {
  const before = await editableDraft(tx, input.modelId, "KEY_ACCOUNT_SELECTION");
  await tx.scoringModel.update({ where: { id: before.id }, data: { name: input.name, topPercent: input.topPercent, potentialFromClv: input.potentialFromClv } });
  await tx.scoringFactor.deleteMany({ where: { modelId: before.id } });
  await tx.scoringFactor.createMany({
    data: input.criteria.map((c, position) => ({ ...c, modelId: before.id, dimension: "SELECTION" as const, groupKey: SELECTION_GROUP_KEY, inverted: false, position })),
  });
  const after = (await loadModel(tx, before.id))!;
  await audit(tx, user, before.id, "draft.update", before, after);
  return after;
}

/** Weights are checked again at publish time: a model whose dimensions do not total 100 % never goes live. */
function assertPublishable(model: ModelView) {
  const dimensions = model.purpose === "MATRIX" ? (["ATTRACTIVENESS", "STRENGTH"] as const) : (["SELECTION"] as const);
  for (const dimension of dimensions) {
    if (!totalsHundred(model.factors.filter((f) => f.dimension === dimension).map((f) => f.weight))) {
      throw new AppError("admin.errors.weightsTotal");
    }
  }
}

/**
 * Makes the draft the active version: the previous active one is retired and gives up `activePurpose` first (the
 * unique index allows one active model per purpose). Assessments keep pointing at the version they used.
 */
export async function publishDraft(tx: Tx, user: SessionUser, modelId: string): Promise<ModelView> {
  const draft = await loadModel(tx, modelId);
  if (!draft) throw notFound();
  if (draft.status !== "DRAFT") throw conflict();
  assertPublishable(draft);
  const previous = await loadActiveModel(tx, draft.purpose);
  if (previous && sameModelContent(draft, previous)) throw new AppError("ux.scoring.identicalToActive", "CONFLICT");
  if (previous) await tx.scoringModel.update({ where: { id: previous.id }, data: { status: "RETIRED", activePurpose: null } });
  await tx.scoringModel.update({ where: { id: draft.id }, data: { status: "ACTIVE", activePurpose: draft.purpose, publishedAt: new Date() } });
  const published = (await loadModel(tx, draft.id))!;
  await audit(tx, user, draft.id, "publish", { draft, retired: previous && { id: previous.id, version: previous.version } }, published);
  return published;
}

export async function discardDraft(tx: Tx, user: SessionUser, modelId: string) {
  const draft = await loadModel(tx, modelId);
  if (!draft) throw notFound();
  if (draft.status !== "DRAFT") throw conflict();
  await tx.scoringModel.delete({ where: { id: draft.id } });
  await audit(tx, user, draft.id, "draft.discard", draft, null);
}
