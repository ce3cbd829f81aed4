"use server";

import { updateAccountVersioned } from "@/lib/accounts/writes";
import { writeAudit } from "@/lib/db/audit";
import { AppError, conflict } from "@/lib/errors/app-error";
import { placeInMatrix } from "@/lib/matrix";
import { scoreAssessment, toScoringModel, type FactorScores } from "@/lib/scoring";
import { loadActiveModel, modelThresholds } from "@/lib/scoring-models/queries";
import { defineAction } from "@/lib/server/define-action";
import { emitQuadrantChanged } from "@/lib/webhooks/account-events";
import { ZAssessmentInput } from "./schemas";

/**
 * Saves a NEW assessment (history is never overwritten) against the active matrix model. Totals, completeness and
 * quadrant are recomputed here with the engines from the factor scores alone; the account's quadrant follows its
 * latest assessment, written with the version the user saw, so a save over someone else's change is refused.
 */
export const saveAssessmentAction = defineAction(
  {
    schema: ZAssessmentInput,
    account: (input) => input.accountId,
    revalidate: (input) => [["/scoring", "layout"], `/accounts/${input.accountId}`],
  },
  async (input, { user, tx, account }) => {
    if (account.archived) throw new AppError("scoring.errors.archived");
    if (account.version !== input.version) throw conflict();
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

    const totals = scoreAssessment(toScoringModel(model), scores);
    const attractiveness = totals.attractiveness.score;
    const strength = totals.strength.score;
    const quadrant =
      attractiveness === null || strength === null
        ? null
        : // In MEDIAN mode the new score is part of the portfolio it is placed in, as the dashboard will see it.
          placeInMatrix({ attractiveness, strength }, await modelThresholds(tx, model, { accountId: account.id, attractiveness, strength }));
    const byFactor = new Map(input.scores.map((s) => [s.factorId, s]));
    const assessment = await tx.assessment.create({
      data: {
        accountId: account.id,
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
    await writeAudit(tx, { userId: user.id, entityType: "Assessment", entityId: assessment.id, action: "create", after: { ...assessment, modelVersion: model.version } });
    const after = await updateAccountVersioned(tx, {
      userId: user.id,
      accountId: account.id,
      seenVersion: input.version,
      action: "assessment",
      data: { quadrant },
      auditExtra: { assessmentId: assessment.id },
    });
    await emitQuadrantChanged(tx, account.quadrant, after, { id: assessment.id, attractiveness, strength, assessorId: user.id });
    return { id: assessment.id, attractiveness, strength, quadrant, version: after.version };
  },
);
