/** The database path of the analytics engines: aggregation in Postgres, scoring by lib/rfm and lib/churn. */
export {
  computeAbcFromDb,
  computeRfmAbcFromDb,
  computeRfmFromDb,
  type AbcDbOptions,
  type AbcValue,
  type OrderWindow,
  type RfmAbcDbOptions,
  type RfmDbOptions,
} from "./rfm-query";
export { DASHBOARD_WINDOW_DAYS, METRICS_WINDOWS, refreshAccountMetrics, type RefreshOptions, type RefreshResult } from "./refresh-metrics";
export { storedFiguresFit, type FiguresSource } from "./refresh-day";
