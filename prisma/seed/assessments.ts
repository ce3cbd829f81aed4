/**
 * Matrix assessments for every key account and a sample of the others. Factor scores scatter around a
 * latent attractiveness (from the account's size and trend) and strength (from its stage); the totals and
 * quadrant come from the real engines, exactly as the app computes them.
 */
import type { Prisma, RelationshipStage } from "@/lib/generated/prisma/client";
import { matrixThresholds, placeInMatrix } from "@/lib/matrix";
import { DEFAULT_MATRIX_MODEL, scoreAssessment, type FactorScores } from "@/lib/scoring";
import type { DemoAccount } from "./accounts";
import { DEMO_COUNTS } from "./counts";
import { CHINA_REGIONS } from "./names";
import { clamp, createRng, seedId, type Rng } from "./random";
import { MATRIX_ENGINE_MODEL, MATRIX_MODEL_ID, matrixFactorId } from "./scoring";
import { atHour, daysBefore, daysBetween } from "./time";
import { DEMO_USERS } from "./users";

const STAGE_STRENGTH: Record<RelationshipStage, number> = {
  EXPLORATORY: 3.4, BASIC: 4.3, COOPERATIVE: 5.3, INTERDEPENDENT: 6.6, INTEGRATED: 7.4, DISINTEGRATING: 4,
};
const TREND_ATTRACTIVENESS = { STEADY: 0, GROWING: 0.8, DECLINING: -1.3, QUIET: -1.8, NEW: 1.2 };
const COMMENTS = ["Annual review", "Reassessed after the quarterly business review", "Updated after plant visit", null, null];

const scale = DEFAULT_MATRIX_MODEL.scale;
const thresholds = matrixThresholds([], DEFAULT_MATRIX_MODEL.thresholdMode, scale);
const directors = DEMO_USERS.filter((u) => u.role === "DIRECTOR");

type Latent = { attractiveness: number; strength: number };

/** One score per factor around the latent value; social factors follow the country, some stay blank. */
function factorScores(rng: Rng, account: DemoAccount, latent: Latent, incomplete: boolean): FactorScores {
  const domestic = CHINA_REGIONS.has(account.region);
  const skipSocial = domestic && rng.chance(0.3);
  const blanks = new Set(incomplete ? rng.sample(DEFAULT_MATRIX_MODEL.factors.map((f) => f.key), rng.int(1, 3)) : []);
  const scores: FactorScores = {};
  for (const factor of DEFAULT_MATRIX_MODEL.factors) {
    if (blanks.has(factor.key) || (factor.group === "SOCIAL" && skipSocial)) {
      scores[factor.key] = null;
      continue;
    }
    const center = factor.group === "SOCIAL"
      ? (account.region === "Southeast Asia" ? 6 : 8)
      : factor.dimension === "ATTRACTIVENESS" ? latent.attractiveness : latent.strength;
    const value = clamp(Math.round(rng.normal(center, 1.3)), scale.min, scale.max);
    // Inverted factors are entered as "how much of it", so a good account has little of it.
    scores[factor.key] = factor.inverted ? scale.max + scale.min - value : value;
  }
  return scores;
}

export function buildAssessments(accounts: DemoAccount[], asOf: Date) {
  const rng = createRng("assessments");
  const assessments: Prisma.AssessmentCreateManyInput[] = [];
  const scores: Prisma.AssessmentScoreCreateManyInput[] = [];
  const others = rng.sample(accounts.filter((a) => !a.isKeyAccount), DEMO_COUNTS.assessedOthers);
  for (const account of [...accounts.filter((a) => a.isKeyAccount), ...others]) {
    const latest: Latent = {
      attractiveness: clamp(4.5 + 0.6 * Math.log(account.weight) + TREND_ATTRACTIVENESS[account.trend] + rng.normal(0, 1.4), 1, 9.5),
      strength: clamp(STAGE_STRENGTH[account.stage] + 0.25 * Math.log(account.weight) + rng.normal(0, 1.1), 1, 9.5),
    };
    // A fifth are stale (older than 90 days); about 30 % have 1–3 earlier assessments months apart.
    const age = daysBetween(account.createdAt, asOf);
    let ago = Math.min(age - 1, rng.chance(0.2) ? rng.int(95, 300) : rng.int(3, 85));
    const history = rng.chance(0.3) ? rng.int(1, 3) : 0;
    const progressed = ["INTERDEPENDENT", "INTEGRATED"].includes(account.stage);
    const fading = account.trend === "DECLINING" || account.trend === "QUIET";
    // New accounts cannot have been assessed before they existed.
    for (let step = 0; step <= history && ago < age; step++) {
      // Walking back in time: strength was lower before the relationship deepened, attractiveness higher before decline.
      const latent: Latent = {
        attractiveness: clamp(latest.attractiveness + step * (fading ? rng.between(0.5, 1.2) : rng.normal(0, 0.5)), 0.5, 9.5),
        strength: clamp(latest.strength - step * (progressed ? rng.between(0.6, 1.3) : rng.normal(0, 0.5)), 0.5, 9.5),
      };
      const factorValues = factorScores(rng, account, latent, rng.chance(0.1));
      const result = scoreAssessment(MATRIX_ENGINE_MODEL, factorValues);
      const attractiveness = result.attractiveness.score!;
      const strength = result.strength.score!;
      const quadrant = placeInMatrix({ attractiveness, strength }, thresholds);
      if (step === 0) account.quadrant = quadrant;
      const id = seedId("asm", assessments.length + 1);
      assessments.push({
        id, accountId: account.id, modelId: MATRIX_MODEL_ID,
        assessorId: rng.chance(0.85) ? account.ownerId : rng.pick(directors).id,
        assessedAt: atHour(daysBefore(asOf, ago), rng.int(9, 17)),
        comment: rng.pick(COMMENTS),
        attractiveness: attractiveness.toFixed(3), strength: strength.toFixed(3),
        attractivenessCompleteness: result.attractiveness.completeness.toFixed(4),
        strengthCompleteness: result.strength.completeness.toFixed(4),
        quadrant,
      });
      DEFAULT_MATRIX_MODEL.factors.forEach((factor, position) => {
        scores.push({ id: seedId("asc", scores.length + 1), assessmentId: id, factorId: matrixFactorId(position), score: factorValues[factor.key] ?? null });
      });
      ago += rng.int(120, 240);
    }
  }
  return { assessments, scores };
}
