/** The portfolio matrix: quadrants and their strategies, thresholds, placement, movement between assessments. */
export { placeInMatrix, placeInNineBox } from "./place";
export { median } from "../domain";
export {
  matrixThresholds,
  midpointThresholds,
  needsPortfolio,
  resolveThresholds,
  type FixedThresholds,
  type PortfolioPoint,
  type ThresholdRule,
} from "./thresholds";
export { movement, type Movement, type MovementPoint } from "./movement";
export { strategyFor, strategyObjectives, QUADRANTS, STRATEGIES } from "./strategies";
export { QUADRANT_LABELS, QUADRANT_STRATEGY, STRATEGY_LABELS } from "./labels";
export { THRESHOLD_MODES, type ThresholdMode } from "../scoring";
export {
  BANDS,
  QUADRANT_KEYS,
  STRATEGY_KEYS,
  type Band,
  type MatrixPoint,
  type MatrixThresholds,
  type NineBoxCell,
  type Quadrant,
  type QuadrantInfo,
  type Strategy,
  type StrategyInfo,
} from "./types";
