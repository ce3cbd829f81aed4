/** Contact coverage of an account and its pattern (DESIGN §4, single-threaded risk). */
export { analyseCoverage, DIAMOND_EXPECTED_STAGES } from "./analyse-coverage";
export {
  CONTACT_LEVEL_LABELS,
  CONTACT_LEVELS,
  COVERAGE_PATTERN_LABELS,
  COVERAGE_PATTERNS,
  type ContactLevel,
  type CoverageAnalysis,
  type CoverageContact,
  type CoverageLine,
  type CoveragePattern,
  type CoverageWarning,
} from "./types";
