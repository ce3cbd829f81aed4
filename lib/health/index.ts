/** Account health: a weighted, explained score of an account from its coverage, contact, plan and risk data. */
export { computeHealth, scoreOf } from "./compute";
export {
  assessmentValue,
  ASSESSMENT_DAYS,
  COMPLAINT_BURDEN,
  complaintBurden,
  COVERAGE_PATTERN_VALUES,
  COVERAGE_SHARES,
  FIT_VALUES,
  touchValue,
} from "./components";
export { bandFor, DEFAULT_HEALTH_MODEL, HEALTH_MODEL_LIMITS, validateHealthModel, type HealthModelProblem } from "./model";
export {
  HEALTH_BANDS,
  HEALTH_COMPONENTS,
  type HealthBand,
  type HealthComponent,
  type HealthComponentResult,
  type HealthContact,
  type HealthEvidence,
  type HealthInput,
  type HealthModelSpec,
  type HealthResult,
} from "./types";
