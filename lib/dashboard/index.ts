/** Data of the portfolio dashboard, one file per panel; every panel takes the same DashboardQuery. */
export { getKpis, type Kpis, type QuadrantFigures } from "./kpis";
export { getMatrixData, MATRIX_BUBBLE_CAP, type ChartBubble, type MatrixBin, type MatrixBubble, type MatrixData, type NineBoxCell } from "./matrix";
export { getHealthDashboard, HEALTH_MOVER_COUNT, HEALTH_MOVER_DAYS, type HealthDashboard, type HealthMover } from "./health";
export { getFilterOptions, type FilterOptions } from "./options";
export { computePanels, getDashboardPanels, type DashboardPanels } from "./panels";
export { getPareto, type ParetoData } from "./pareto";
export {
  DASHBOARD_PERIODS,
  dashboardQuery,
  filterParams,
  parseDashboardFilters,
  STALE_AFTER_DAYS,
  type DashboardFilters,
  type DashboardPeriod,
  type DashboardQuery,
  type DashboardScope,
} from "./query";
export { getRfmGrid, type RfmCell, type RfmData, type RfmSegmentRow } from "./rfm";
export { getRisks, RISK_LIST_SIZE, type RiskRow } from "./risks";
export { getStageData, type StageCount, type StageData, type StageMismatchRow } from "./stages";
