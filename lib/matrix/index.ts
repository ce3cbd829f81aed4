export { placeInMatrix, placeInNineBox } from "./place";
export { matrixThresholds, median, type PortfolioPoint } from "./thresholds";
export { movement, type Movement, type MovementPoint } from "./movement";
export { strategyFor, QUADRANTS, STRATEGIES } from "./strategies";
export type { ThresholdMode } from "../scoring";
export type {
  Band,
  MatrixPoint,
  MatrixThresholds,
  NineBoxCell,
  Quadrant,
  QuadrantInfo,
  Strategy,
  StrategyInfo,
} from "./types";
