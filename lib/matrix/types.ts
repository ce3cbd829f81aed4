import type { LocalizedText } from "../scoring";

export type Quadrant = "STAR" | "CASH_COW" | "QUESTION" | "DOG";
export type Strategy = "INVEST" | "MAINTAIN" | "SELECTIVE" | "HARVEST";

/** One account's position: attractiveness on the y axis, business strength on the x axis. */
export type MatrixPoint = { attractiveness: number; strength: number };

/** High/low split per axis; a value equal to its threshold counts as high. */
export type MatrixThresholds = { attractiveness: number; strength: number };

export type Band = "LOW" | "MEDIUM" | "HIGH";
export type NineBoxCell = { attractiveness: Band; strength: Band };

export type QuadrantInfo = {
  key: Quadrant;
  label: LocalizedText;
  strategy: Strategy;
  /** What the quadrant means for key-account selection (seed 002, part 2 §1). */
  role: LocalizedText;
};

export type StrategyInfo = { key: Strategy; label: LocalizedText; actions: LocalizedText[] };
