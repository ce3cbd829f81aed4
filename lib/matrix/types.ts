import type { LocalizedText } from "../domain";

/** The four quadrants of the portfolio matrix (attractiveness × business strength). */
export const QUADRANT_KEYS = ["STAR", "CASH_COW", "QUESTION", "DOG"] as const;
export type Quadrant = (typeof QUADRANT_KEYS)[number];

/** The strategy each quadrant calls for, in quadrant order. */
export const STRATEGY_KEYS = ["INVEST", "MAINTAIN", "SELECTIVE", "HARVEST"] as const;
export type Strategy = (typeof STRATEGY_KEYS)[number];

/** One account's position: attractiveness on the y axis, business strength on the x axis. */
export type MatrixPoint = { attractiveness: number; strength: number };

/** High/low split per axis; a value equal to its threshold counts as high. */
export type MatrixThresholds = { attractiveness: number; strength: number };

/** Thirds of the scale per axis, for the nine-box view. */
export const BANDS = ["LOW", "MEDIUM", "HIGH"] as const;
export type Band = (typeof BANDS)[number];
export type NineBoxCell = { attractiveness: Band; strength: Band };

export type QuadrantInfo = {
  key: Quadrant;
  label: LocalizedText;
  strategy: Strategy;
  /** What the quadrant means for key-account selection. */
  role: LocalizedText;
};

export type StrategyInfo = { key: Strategy; label: LocalizedText; actions: LocalizedText[] };
