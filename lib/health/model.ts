import { HEALTH_COMPONENTS, type HealthBand, type HealthModelSpec } from "./types";

/**
 * The model a fresh installation starts from: relationship breadth and recent contact weigh most (they move first
 * when an account slips), then the plan and the churn signals, then the slower signals.
 */
export const DEFAULT_HEALTH_MODEL: HealthModelSpec = {
  weights: { COVERAGE: 20, FRESHNESS: 20, PLAN: 15, CHURN: 15, ASSESSMENT: 10, COMPLAINTS: 10, FIT: 10 },
  healthyFrom: 70,
  watchFrom: 45,
  freshnessDays: 90,
};

/** Limits of a valid model. */
export const HEALTH_MODEL_LIMITS = { weightMax: 100, weightTotal: 100, freshnessDaysMin: 1, freshnessDaysMax: 730 } as const;

/** One reason a model cannot be published: the field it concerns and a message key (`healthEvidence.problem.*`). */
export type HealthModelProblem = {
  field: `weights.${string}` | "weights" | "healthyFrom" | "watchFrom" | "freshnessDays";
  key: string;
  values?: Record<string, string | number>;
};

/**
 * Checks a model: every component weight an integer 0–100 and the weights totalling 100;
 * 0 ≤ watchFrom < healthyFrom ≤ 100 (integers); freshnessDays an integer 1–730. Returns every problem found
 * (empty when valid). Unknown or missing components are problems too, so a stored model always has all seven.
 */
export function validateHealthModel(spec: HealthModelSpec): HealthModelProblem[] {
  const problems: HealthModelProblem[] = [];
  const weights = (spec.weights ?? {}) as Record<string, unknown>;
  let total = 0;
  let allNumbers = true;
  for (const component of HEALTH_COMPONENTS) {
    const weight = weights[component];
    if (!isInteger(weight) || weight < 0 || weight > HEALTH_MODEL_LIMITS.weightMax) {
      problems.push({ field: `weights.${component}`, key: "healthEvidence.problem.weightRange", values: { component } });
      allNumbers = false;
    } else total += weight;
  }
  for (const component of Object.keys(weights)) {
    if (!(HEALTH_COMPONENTS as readonly string[]).includes(component)) {
      problems.push({ field: `weights.${component}`, key: "healthEvidence.problem.unknownComponent", values: { component } });
    }
  }
  if (allNumbers && total !== HEALTH_MODEL_LIMITS.weightTotal) {
    problems.push({ field: "weights", key: "healthEvidence.problem.weightTotal", values: { total } });
  }
  const { healthyFrom, watchFrom, freshnessDays } = spec;
  const healthyOk = isInteger(healthyFrom) && healthyFrom >= 0 && healthyFrom <= 100;
  const watchOk = isInteger(watchFrom) && watchFrom >= 0 && watchFrom <= 100;
  if (!healthyOk) problems.push({ field: "healthyFrom", key: "healthEvidence.problem.thresholdRange" });
  if (!watchOk) problems.push({ field: "watchFrom", key: "healthEvidence.problem.thresholdRange" });
  if (healthyOk && watchOk && watchFrom >= healthyFrom) {
    problems.push({ field: "watchFrom", key: "healthEvidence.problem.thresholdOrder", values: { watchFrom, healthyFrom } });
  }
  if (
    !isInteger(freshnessDays) ||
    freshnessDays < HEALTH_MODEL_LIMITS.freshnessDaysMin ||
    freshnessDays > HEALTH_MODEL_LIMITS.freshnessDaysMax
  ) {
    problems.push({
      field: "freshnessDays",
      key: "healthEvidence.problem.freshnessRange",
      values: { min: HEALTH_MODEL_LIMITS.freshnessDaysMin, max: HEALTH_MODEL_LIMITS.freshnessDaysMax },
    });
  }
  return problems;
}

/** The band of a score: ≥ healthyFrom HEALTHY, ≥ watchFrom WATCH, else AT_RISK; no score, no band. */
export function bandFor(score: number, model: Pick<HealthModelSpec, "healthyFrom" | "watchFrom">): HealthBand;
export function bandFor(score: number | null, model: Pick<HealthModelSpec, "healthyFrom" | "watchFrom">): HealthBand | null;
export function bandFor(score: number | null, model: Pick<HealthModelSpec, "healthyFrom" | "watchFrom">): HealthBand | null {
  if (score === null || !Number.isFinite(score)) return null;
  if (score >= model.healthyFrom) return "HEALTHY";
  return score >= model.watchFrom ? "WATCH" : "AT_RISK";
}

function isInteger(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value);
}
