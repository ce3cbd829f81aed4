import "server-only";
import { perQuery } from "./per-query";
import { addDays } from "@/lib/dates";
import { getDb } from "@/lib/db/prisma";
import {
  midpointThresholds,
  movement,
  placeInNineBox,
  type Band,
  type MatrixThresholds,
  type Quadrant,
} from "@/lib/matrix";
import { clampToScale, DEFAULT_SCALE, type Scale, type ThresholdMode } from "@/lib/scoring";
import { modelThresholds } from "@/lib/scoring-models/queries";
import type { Stage } from "@/lib/stages";
import { scopeSql, STALE_AFTER_DAYS, type DashboardQuery } from "./query";

type Point = { attractiveness: number; strength: number };

/** The account a bubble stands for. */
type BubbleAccount = Point & {
  id: string;
  name: string;
  ownerName: string;
  stage: Stage;
  isKeyAccount: boolean;
  revenue12m: number;
};

export type MatrixBubble = BubbleAccount & {
  /**
   * Placed with the thresholds the chart draws, so the bubble and its quadrant always agree; those are the whole
   * portfolio's, so an account is in the same quadrant under every filter and on every other page.
   */
  quadrant: Quadrant;
  assessedAt: string;
  stale: boolean;
  /** The account's previous matrix assessment, for the movement arrows. */
  previous: (Point & { quadrant: Quadrant }) | null;
  nineBox: { attractiveness: Band; strength: Band };
};

export type MatrixData = {
  model: { name: string; version: number; thresholdMode: ThresholdMode } | null;
  scale: Scale;
  /** The active model's thresholds over the whole active portfolio, not over the accounts in scope. */
  thresholds: MatrixThresholds;
  /** Sorted by revenue descending, so small bubbles are drawn last, on top of large ones. */
  bubbles: MatrixBubble[];
};

type Row = BubbleAccount & {
  assessedAt: Date;
  prevAttractiveness: number | null;
  prevStrength: number | null;
};

/** The latest and the previous complete matrix assessment of each account in scope, in one query. */
function assessmentRows(query: DashboardQuery) {
  return getDb().$queryRaw<Row[]>`
    WITH ranked AS (
      SELECT s."accountId", s.attractiveness::float8 AS attractiveness, s.strength::float8 AS strength, s."assessedAt",
        row_number() OVER (PARTITION BY s."accountId" ORDER BY s."assessedAt" DESC, s.id DESC) AS rn
      FROM "Assessment" s
      JOIN "ScoringModel" sm ON sm.id = s."modelId" AND sm.purpose = 'MATRIX'
      JOIN "Account" a ON a.id = s."accountId"
      WHERE s.attractiveness IS NOT NULL AND s.strength IS NOT NULL AND ${scopeSql(query)}
    )
    SELECT a.id, a.name, u.name AS "ownerName", a.stage::text AS stage, a."isKeyAccount",
      COALESCE(mt."revenue12m", 0)::float8 AS "revenue12m",
      cur.attractiveness, cur.strength, cur."assessedAt",
      prev.attractiveness AS "prevAttractiveness", prev.strength AS "prevStrength"
    FROM ranked cur
    JOIN "Account" a ON a.id = cur."accountId"
    JOIN "User" u ON u.id = a."ownerId"
    LEFT JOIN "AccountMetrics" mt ON mt."accountId" = a.id
    LEFT JOIN ranked prev ON prev."accountId" = cur."accountId" AND prev.rn = 2
    WHERE cur.rn = 1
    ORDER BY "revenue12m" DESC, a.id`;
}

function activeModel() {
  return getDb().scoringModel.findFirst({
    where: { activePurpose: "MATRIX" },
    select: { name: true, version: true, scaleMin: true, scaleMax: true, thresholdMode: true, attractivenessThreshold: true, strengthThreshold: true },
  });
}

/**
 * Thresholds of the ACTIVE matrix model (the default scale's midpoint without one), resolved over the whole active
 * portfolio like everywhere else: a MEDIAN split never depends on the dashboard's scope or filters.
 */
async function thresholdsFor(model: Awaited<ReturnType<typeof activeModel>>, scale: Scale): Promise<MatrixThresholds> {
  if (!model) return midpointThresholds(scale);
  const fixed = (value: { toString(): string } | null) => (value === null ? null : Number(value.toString()));
  return modelThresholds(getDb(), {
    thresholdMode: model.thresholdMode,
    scale,
    fixedThresholds: { attractiveness: fixed(model.attractivenessThreshold), strength: fixed(model.strengthThreshold) },
  });
}

/** Portfolio matrix: one bubble per assessed account in scope, with its previous position and nine-box cell. */
export const getMatrixData = perQuery(async (query: DashboardQuery): Promise<MatrixData> => {
  const split = activeModel().then(async (model) => {
    const scale: Scale = model ? { min: model.scaleMin, max: model.scaleMax } : DEFAULT_SCALE;
    return { model, scale, thresholds: await thresholdsFor(model, scale) };
  });
  const [rows, { model, scale, thresholds }] = await Promise.all([assessmentRows(query), split]);
  const staleBefore = addDays(query.asOf, -STALE_AFTER_DAYS).getTime();
  const bubbles = rows.map((row): MatrixBubble => {
    const current = { attractiveness: row.attractiveness, strength: row.strength };
    const previous =
      row.prevAttractiveness === null || row.prevStrength === null
        ? null
        : { attractiveness: row.prevAttractiveness, strength: row.prevStrength };
    const moved = movement(previous, current, thresholds);
    return {
      id: row.id,
      name: row.name,
      ownerName: row.ownerName,
      stage: row.stage,
      isKeyAccount: row.isKeyAccount,
      revenue12m: row.revenue12m,
      ...current,
      quadrant: moved.to,
      assessedAt: row.assessedAt.toISOString(),
      stale: row.assessedAt.getTime() < staleBefore,
      previous: previous && moved.from ? { ...previous, quadrant: moved.from } : null,
      nineBox: placeInNineBox({ attractiveness: clampToScale(row.attractiveness, scale), strength: clampToScale(row.strength, scale) }, scale),
    };
  });
  return {
    model: model && { name: model.name, version: model.version, thresholdMode: model.thresholdMode },
    scale,
    thresholds,
    bubbles,
  };
});
