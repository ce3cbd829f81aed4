"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { AppError, conflict } from "@/lib/actions/errors";
import { assertCanEditAccount } from "@/lib/auth/permissions";
import { writeAudit } from "@/lib/db/audit";
import { engineModel, loadActiveModel, modelThresholds } from "@/lib/db/scoring-models";
import { inferFit } from "@/lib/identification";
import { placeInMatrix } from "@/lib/matrix";
import { scoreAssessment, type FactorScores } from "@/lib/scoring";
import { ZAssessmentInput, ZFitInput, ZSetKeyAccount } from "@/lib/validation/scoring";

/**
 * Saves a NEW assessment (history is never overwritten) against the active matrix model. Totals, completeness and
 * quadrant are recomputed here with the engines from the factor scores alone; the account's quadrant follows its
 * latest assessment. All in one transaction with the audit rows.
 */
export const saveAssessmentAction = defineAction({ schema: ZAssessmentInput }, async (input, { user, db }) => {
  const saved = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, input.accountId);
    const account = await tx.account.findUniqueOrThrow({ where: { id: input.accountId }, select: { quadrant: true, archived: true } });
    if (account.archived) throw new AppError("scoring.errors.archived");
    const model = await loadActiveModel(tx, "MATRIX");
    if (!model) throw new AppError("scoring.errors.noModel");
    if (model.id !== input.modelId) throw new AppError("scoring.errors.modelChanged", "CONFLICT");

    const factorById = new Map(model.factors.map((f) => [f.id, f]));
    const scores: FactorScores = {};
    for (const entry of input.scores) {
      const factor = factorById.get(entry.factorId);
      if (!factor) throw new AppError("scoring.errors.modelChanged", "CONFLICT");
      if (entry.score !== null && (entry.score < model.scale.min || entry.score > model.scale.max)) {
        throw new AppError("scoring.errors.outOfScale", "INVALID", { min: model.scale.min, max: model.scale.max });
      }
      scores[factor.key] = entry.score;
    }
    if (!Object.values(scores).some((s) => s !== null && s !== undefined)) throw new AppError("scoring.errors.nothingScored");

    const totals = scoreAssessment(engineModel(model), scores);
    const attractiveness = totals.attractiveness.score;
    const strength = totals.strength.score;
    const quadrant =
      attractiveness === null || strength === null ? null : placeInMatrix({ attractiveness, strength }, await modelThresholds(tx, model));
    const byFactor = new Map(input.scores.map((s) => [s.factorId, s]));
    const assessment = await tx.assessment.create({
      data: {
        accountId: input.accountId,
        modelId: model.id,
        assessorId: user.id,
        comment: input.comment,
        attractiveness,
        strength,
        attractivenessCompleteness: totals.attractiveness.completeness,
        strengthCompleteness: totals.strength.completeness,
        quadrant,
        scores: {
          create: model.factors.map((f) => ({ factorId: f.id, score: byFactor.get(f.id)?.score ?? null, comment: byFactor.get(f.id)?.comment ?? null })),
        },
      },
      include: { scores: true },
    });
    await tx.account.update({ where: { id: input.accountId }, data: { quadrant, version: { increment: 1 } } });
    await writeAudit(tx, { userId: user.id, entityType: "Assessment", entityId: assessment.id, action: "create", after: { ...assessment, modelVersion: model.version } });
    if (account.quadrant !== quadrant) {
      await writeAudit(tx, { userId: user.id, entityType: "Account", entityId: input.accountId, action: "quadrant", before: { quadrant: account.quadrant }, after: { quadrant } });
    }
    return { id: assessment.id, attractiveness, strength, quadrant };
  });
  revalidatePath("/scoring", "layout");
  revalidatePath(`/accounts/${input.accountId}`);
  return saved;
});

/** A director or admin confirms a proposed key account or removes the flag (optimistic locking, audited). */
export const setKeyAccountAction = defineAction(
  { schema: ZSetKeyAccount, roles: ["DIRECTOR", "ADMIN"] },
  async ({ accountId, version, isKeyAccount }, { user, db }) => {
    const result = await db.$transaction(async (tx) => {
      const before = await tx.account.findUnique({ where: { id: accountId }, select: { isKeyAccount: true, version: true } });
      if (!before) throw new AppError("errors.notFound", "NOT_FOUND");
      const { count } = await tx.account.updateMany({ where: { id: accountId, version }, data: { isKeyAccount, version: { increment: 1 } } });
      if (count === 0) throw conflict();
      await writeAudit(tx, {
        userId: user.id, entityType: "Account", entityId: accountId, action: isKeyAccount ? "keyAccount.confirm" : "keyAccount.remove",
        before, after: { isKeyAccount, version: version + 1 },
      });
      return { id: accountId, version: version + 1, isKeyAccount };
    });
    revalidatePath("/scoring/identification");
    revalidatePath("/accounts");
    revalidatePath(`/accounts/${accountId}`);
    return result;
  },
);

/** Experience inference (经验推算法): the server computes the fit score and recommendation from the answers. */
export const saveFitInferenceAction = defineAction({ schema: ZFitInput }, async (input, { user, db }) => {
  const fit = inferFit({
    industryFit: { need: input.industryNeed, match: input.ourMatch },
    customerFit: { need: input.customerNeed, supplierCriteriaMatch: input.supplierCriteriaMatch },
  });
  const saved = await db.$transaction(async (tx) => {
    await assertCanEditAccount(tx, user, input.accountId);
    const row = await tx.fitInference.create({
      data: { ...input, userId: user.id, fitScore: Math.round(fit.score * 100) / 100, recommendation: fit.recommendation },
    });
    await writeAudit(tx, { userId: user.id, entityType: "FitInference", entityId: row.id, action: "create", after: row });
    return row;
  });
  revalidatePath("/scoring/identification");
  return { id: saved.id, score: fit.score, recommendation: fit.recommendation };
});
