/** Contact coverage of an account and its pattern (the single-threaded risk), and the contact vocabularies. */
export { analyseCoverage, belowDiamondFor, coveragePattern, DIAMOND_EXPECTED_STAGES } from "./analyse-coverage";
export {
  CONTACT_FUNCTIONS,
  CONTACT_LEVEL_LABELS,
  CONTACT_LEVELS,
  COVERAGE_PATTERN_LABELS,
  COVERAGE_PATTERNS,
  type ContactFunction,
  type ContactLevel,
  type CoverageAnalysis,
  type CoverageContact,
  type CoverageLine,
  type CoveragePattern,
  type CoverageWarning,
} from "./types";
