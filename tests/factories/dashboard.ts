import type { Db } from "@/lib/db/prisma";
import type { ContactFunction, ContactLevel, ThresholdMode } from "@/lib/generated/prisma/enums";
import { placeInMatrix } from "@/lib/matrix";

let sequence = 0;

/** The active MATRIX model (replacing any active one) with two factors per dimension on a 0–10 scale. */
export async function createMatrixModel(
  db: Db,
  options: { thresholdMode?: ThresholdMode; attractivenessThreshold?: number; strengthThreshold?: number } = {},
) {
  sequence += 1;
  await db.scoringModel.updateMany({ where: { activePurpose: "MATRIX" }, data: { activePurpose: null, status: "RETIRED" } });
  const factor = (dimension: "ATTRACTIVENESS" | "STRENGTH", key: string, position: number) => ({
    dimension, groupKey: "TEST", key, labelEn: key, labelZh: key, weight: 50, position,
  });
  return db.scoringModel.create({
    data: {
      purpose: "MATRIX",
      version: sequence,
      status: "ACTIVE",
      activePurpose: "MATRIX",
      name: `Test matrix ${sequence}`,
      thresholdMode: options.thresholdMode ?? "MIDPOINT",
      attractivenessThreshold: options.attractivenessThreshold,
      strengthThreshold: options.strengthThreshold,
      factors: {
        create: [factor("ATTRACTIVENESS", "volume", 0), factor("ATTRACTIVENESS", "growth", 1), factor("STRENGTH", "price", 2), factor("STRENGTH", "service", 3)],
      },
    },
  });
}

/** A matrix assessment with given totals; the quadrant is placed at the 0–10 midpoint unless given. */
export async function createAssessment(
  db: Db,
  spec: { accountId: string; modelId: string; assessorId: string; attractiveness: number; strength: number; assessedAt: Date },
) {
  const quadrant = placeInMatrix(spec, { attractiveness: 5, strength: 5 });
  return db.assessment.create({
    data: { ...spec, attractivenessCompleteness: 1, strengthCompleteness: 1, quadrant },
  });
}

/** Contacts of an account, each covered by the given users of ours (ContactCoverage lines). */
export async function createCoverage(
  db: Db,
  accountId: string,
  contacts: readonly { level: ContactLevel; function: ContactFunction; coveredBy: readonly string[] }[],
) {
  for (const spec of contacts) {
    sequence += 1;
    await db.contact.create({
      data: {
        accountId,
        name: `Contact ${sequence}`,
        level: spec.level,
        function: spec.function,
        coverages: { create: spec.coveredBy.map((userId) => ({ userId })) },
      },
    });
  }
}

export function addTeamMember(db: Db, accountId: string, userId: string) {
  return db.accountTeamMember.create({ data: { accountId, userId, teamRole: "REGIONAL_SALES" } });
}
