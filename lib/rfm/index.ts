/** RFM scoring, segments and ABC classification: pure functions over plain data. */
export {
  aggregateOrders,
  aggregatesFromRows,
  recencyDaysBetween,
  type AggregateOptions,
  type AggregateRow,
  type RfmAggregate,
  type RfmOrder,
  type SqlNumber,
} from "./aggregate";
export {
  ABC_CLASSES,
  abcCurve,
  classifyAbc,
  DEFAULT_ABC_THRESHOLDS,
  type AbcClass,
  type AbcClassSummary,
  type AbcCurve,
  type AbcEntry,
  type AbcItem,
  type AbcResult,
  type AbcThresholds,
  type ParetoPoint,
} from "./abc";
export { computeRfm, quintileScores, scoreAggregates, scoreRfm, type RfmResult, type RfmScores } from "./score";
export { RFM_SEGMENTS, type RfmSegmentInfo } from "./segment-info";
export { RFM_SEGMENT_LABELS } from "./segment-labels";
export { RFM_SEGMENT_KEYS, segmentFor, type RfmScore, type RfmSegment } from "./segments";
