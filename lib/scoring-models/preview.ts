import "server-only";
import type { Db } from "@/lib/db/prisma";
import type { Quadrant } from "@/lib/generated/prisma/enums";
import { placeInMatrix, resolveThresholds } from "@/lib/matrix";
import { rescale, scoreAssessment, toScoringModel, type FactorScores } from "@/lib/scoring";
import type { ModelView } from "./queries";

export type QuadrantChange = { accountId: string; name: string; from: Quadrant | null; to: Quadrant | null };
export type QuadrantPreview = { assessed: number; changed: number; sample: QuadrantChange[] };

type ScoreRow = {
  assessmentId: string;
  accountId: string;
  name: string;
  quadrant: Quadrant | null;
  scaleMin: number;
  scaleMax: number;
  key: string | null;
  score: string | null;
};

const SAMPLE_SIZE = 10;

/**
 * What publishing a matrix draft would do to the portfolio: every active account's latest matrix assessment is
 * re-scored under the draft by factor key (scores of another scale mapped linearly onto the draft's; factors the
 * draft lacks are ignored, new ones count as unscored) and placed with the draft's thresholds, resolved by
 * `resolveThresholds` over the whole re-scored portfolio (the portfolio `latestPortfolioPoints` reads). A few
 * hundred assessments, so this runs in memory with the same engines as the save action.
 */
export async function previewQuadrantChanges(db: Db, draft: ModelView): Promise<QuadrantPreview> {
  const rows = await db.$queryRaw<ScoreRow[]>`
    WITH latest AS (
      SELECT DISTINCT ON (s."accountId") s.id, s."accountId", s.quadrant, s."modelId"
      FROM "Assessment" s
      JOIN "Account" a ON a.id = s."accountId" AND NOT a.archived
      JOIN "ScoringModel" sm ON sm.id = s."modelId" AND sm.purpose = 'MATRIX'
      ORDER BY s."accountId", s."assessedAt" DESC, s.id DESC
    )
    SELECT l.id AS "assessmentId", l."accountId", a.name, l.quadrant, m."scaleMin", m."scaleMax", f.key, sc.score::text AS score
    FROM latest l
    JOIN "Account" a ON a.id = l."accountId"
    JOIN "ScoringModel" m ON m.id = l."modelId"
    LEFT JOIN "AssessmentScore" sc ON sc."assessmentId" = l.id
    LEFT JOIN "ScoringFactor" f ON f.id = sc."factorId"
    ORDER BY a.name, l."accountId"`;

  const { scale } = draft;
  const byAssessment = new Map<string, { accountId: string; name: string; quadrant: Quadrant | null; scores: FactorScores }>();
  for (const row of rows) {
    let entry = byAssessment.get(row.assessmentId);
    if (!entry) {
      entry = { accountId: row.accountId, name: row.name, quadrant: row.quadrant, scores: {} };
      byAssessment.set(row.assessmentId, entry);
    }
    if (row.key === null || row.score === null) continue;
    entry.scores[row.key] = rescale(Number(row.score), { min: row.scaleMin, max: row.scaleMax }, scale);
  }

  const model = toScoringModel(draft);
  const rescored = [...byAssessment.values()].map((entry) => {
    const result = scoreAssessment(model, entry.scores);
    return { ...entry, attractiveness: result.attractiveness.score, strength: result.strength.score };
  });
  const thresholds = resolveThresholds(draft, rescored);

  const changes: QuadrantChange[] = [];
  for (const entry of rescored) {
    const to =
      entry.attractiveness === null || entry.strength === null
        ? null
        : placeInMatrix({ attractiveness: entry.attractiveness, strength: entry.strength }, thresholds);
    if (to !== entry.quadrant) changes.push({ accountId: entry.accountId, name: entry.name, from: entry.quadrant, to });
  }
  return { assessed: rescored.length, changed: changes.length, sample: changes.slice(0, SAMPLE_SIZE) };
}
