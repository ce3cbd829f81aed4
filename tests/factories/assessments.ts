import type { Db } from "@/lib/db/prisma";
import type { Quadrant } from "@/lib/generated/prisma/enums";

let sequence = 0;

/** An active-looking matrix model without factors: enough for assessments to reference a version. */
export async function createMatrixModel(db: Db, version = 1) {
  sequence += 1;
  return db.scoringModel.create({
    data: { purpose: "MATRIX", version: 1000 + sequence * 10 + version, status: "RETIRED", name: `Test matrix ${sequence}` },
  });
}

/** A stored assessment result (totals as the scoring action would have written them). */
export async function createAssessment(
  db: Db,
  data: { accountId: string; modelId: string; assessorId: string; assessedAt: Date; attractiveness: number; strength: number; quadrant: Quadrant; completeness?: number },
) {
  return db.assessment.create({
    data: {
      accountId: data.accountId,
      modelId: data.modelId,
      assessorId: data.assessorId,
      assessedAt: data.assessedAt,
      attractiveness: data.attractiveness,
      strength: data.strength,
      attractivenessCompleteness: data.completeness ?? 1,
      strengthCompleteness: data.completeness ?? 1,
      quadrant: data.quadrant,
    },
  });
}
