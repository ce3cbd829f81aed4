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
import { periodDays, scopeSql, STALE_AFTER_DAYS, type DashboardQuery } from "./query";

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
   * The stored revenue of the dashboard's order window (AccountWindow; null without orders in it), for the quadrant
   * totals; only current when the last full refresh ran for the query's day (see quadrantRevenue).
   */
  windowRevenue: number | null;
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

/** A bubble as the chart draws it: what the hover card shows, nothing the server panels alone need. */
export type ChartBubble = Omit<MatrixBubble, "nineBox" | "stale" | "windowRevenue">;

/** At most this many accounts are drawn as bubbles (the largest by revenue); the others are counted in bins. */
export const MATRIX_BUBBLE_CAP = 100;
/** Bins per axis for the accounts beyond the cap. */
export const MATRIX_BINS = 20;
/** Names listed per nine-box cell (the largest by revenue); the cell's count is always exact. */
export const NINE_BOX_NAMES = 12;

/** The accounts beyond the bubble cap whose position falls in one square of the grid (centre, exact count). */
export type MatrixBin = { strength: number; attractiveness: number; count: number; revenue12m: number };

export type NineBoxCell = {
  attractiveness: Band;
  strength: Band;
  count: number;
  /** The largest accounts of the cell by revenue, at most NINE_BOX_NAMES. */
  accounts: Pick<MatrixBubble, "id" | "name" | "stage">[];
};

export type MatrixData = {
  model: { name: string; version: number; thresholdMode: ThresholdMode } | null;
  scale: Scale;
  /** The active model's thresholds over the whole active portfolio, not over the accounts in scope. */
  thresholds: MatrixThresholds;
  /** Assessed accounts in scope: bubbles plus the accounts counted in bins. */
  assessed: number;
  /**
   * The largest accounts by revenue (at most MATRIX_BUBBLE_CAP), sorted by revenue descending, so small bubbles are
   * drawn last, on top of large ones.
   */
  bubbles: ChartBubble[];
  /** Every other assessed account in scope, counted per grid square: a page stays the same size at any portfolio size. */
  bins: MatrixBin[];
  /** The nine cells, high attractiveness first, each low → high strength. */
  nineBox: NineBoxCell[];
};

type Row = BubbleAccount & {
  assessedAt: Date;
  prevAttractiveness: number | null;
  prevStrength: number | null;
  windowRevenue: number | null;
};

/**
 * The latest and the previous complete matrix assessment of each account in scope: one stored MatrixPosition row
 * per assessed account, kept by the assessment writes, largest accounts first.
 */
function assessmentRows(query: DashboardQuery) {
  return getDb().$queryRaw<Row[]>`
    SELECT a.id, a.name, u.name AS "ownerName", a.stage::text AS stage, a."isKeyAccount",
      COALESCE(mt."revenue12m", 0)::float8 AS "revenue12m",
      p.attractiveness::float8 AS attractiveness, p.strength::float8 AS strength, p."assessedAt",
      p."previousAttractiveness"::float8 AS "prevAttractiveness", p."previousStrength"::float8 AS "prevStrength",
      w.revenue::float8 AS "windowRevenue"
    FROM "MatrixPosition" p
    JOIN "Account" a ON a.id = p."accountId"
    JOIN "User" u ON u.id = a."ownerId"
    LEFT JOIN "AccountMetrics" mt ON mt."accountId" = a.id
    LEFT JOIN "AccountWindow" w ON w."accountId" = a.id AND w.days = ${periodDays(query.filters.period)}
    WHERE ${scopeSql(query)}
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

type MatrixPoints = Omit<MatrixData, "assessed" | "bins" | "nineBox" | "bubbles"> & { bubbles: MatrixBubble[] };

/**
 * Every assessed account in scope with its position, previous position and nine-box cell, for the server-side
 * panels (quadrant figures, stage mismatches); the page gets the bounded `getMatrixData`.
 */
export const matrixPoints = perQuery(async (query: DashboardQuery): Promise<MatrixPoints> => {
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
      windowRevenue: row.windowRevenue,
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

const NINE_BOX_ROWS: Band[] = ["HIGH", "MEDIUM", "LOW"];
const NINE_BOX_COLUMNS: Band[] = ["LOW", "MEDIUM", "HIGH"];

/** The grid square of a value on the scale (the top edge belongs to the last square). */
function binOf(value: number, scale: Scale) {
  const clamped = clampToScale(value, scale);
  return Math.min(MATRIX_BINS - 1, Math.floor(((clamped - scale.min) / (scale.max - scale.min)) * MATRIX_BINS));
}

/** Bins the accounts beyond the cap; a bin's position is its square's centre. */
export function binBubbles(bubbles: readonly MatrixBubble[], scale: Scale): MatrixBin[] {
  const step = (scale.max - scale.min) / MATRIX_BINS;
  const bins = new Map<number, MatrixBin>();
  for (const bubble of bubbles) {
    const x = binOf(bubble.strength, scale);
    const y = binOf(bubble.attractiveness, scale);
    const key = y * MATRIX_BINS + x;
    const bin = bins.get(key) ?? { strength: scale.min + (x + 0.5) * step, attractiveness: scale.min + (y + 0.5) * step, count: 0, revenue12m: 0 };
    bin.count += 1;
    bin.revenue12m += bubble.revenue12m;
    bins.set(key, bin);
  }
  return [...bins.entries()].sort(([a], [b]) => a - b).map(([, bin]) => bin);
}

/** Exact counts per nine-box cell and the largest accounts of each (bubbles arrive sorted by revenue). */
function nineBoxCells(bubbles: readonly MatrixBubble[]): NineBoxCell[] {
  const cells = new Map<string, NineBoxCell>();
  for (const attractiveness of NINE_BOX_ROWS) {
    for (const strength of NINE_BOX_COLUMNS) cells.set(`${attractiveness}:${strength}`, { attractiveness, strength, count: 0, accounts: [] });
  }
  for (const bubble of bubbles) {
    const cell = cells.get(`${bubble.nineBox.attractiveness}:${bubble.nineBox.strength}`)!;
    cell.count += 1;
    if (cell.accounts.length < NINE_BOX_NAMES) cell.accounts.push({ id: bubble.id, name: bubble.name, stage: bubble.stage });
  }
  return [...cells.values()];
}

/** Positions to 1/1000 of a point: far below a pixel, and a third of the bytes of a full double. */
const position = (value: number) => Math.round(value * 1000) / 1000;

/** What the chart needs of a bubble (its quadrant was placed on the exact position). */
const chartBubble = (b: MatrixBubble): ChartBubble => ({
  id: b.id, name: b.name, ownerName: b.ownerName, stage: b.stage, isKeyAccount: b.isKeyAccount, revenue12m: Math.round(b.revenue12m),
  attractiveness: position(b.attractiveness), strength: position(b.strength), quadrant: b.quadrant, assessedAt: b.assessedAt,
  previous: b.previous && { attractiveness: position(b.previous.attractiveness), strength: position(b.previous.strength), quadrant: b.previous.quadrant },
});

/**
 * The matrix as the page draws it, bounded whatever the portfolio size: the largest accounts as bubbles, the rest
 * in bins, the nine-box as exact counts with the largest names. Every count covers every account in scope.
 */
export const getMatrixData = perQuery(async (query: DashboardQuery): Promise<MatrixData> => {
  const points = await matrixPoints(query);
  return {
    ...points,
    assessed: points.bubbles.length,
    bubbles: points.bubbles.slice(0, MATRIX_BUBBLE_CAP).map(chartBubble),
    bins: binBubbles(points.bubbles.slice(MATRIX_BUBBLE_CAP), points.scale),
    nineBox: nineBoxCells(points.bubbles),
  };
});
