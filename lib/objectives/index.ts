/**
 * Measurable plan objectives: how far the current value is towards the target, whether that keeps pace with the
 * time elapsed towards the due date, and the resulting status. Pure: `now` is a parameter; values are numbers.
 */

export const OBJECTIVE_STATUSES = ["ACHIEVED", "ON_TRACK", "BEHIND", "OVERDUE", "NOT_MEASURED"] as const;
export type ObjectiveStatus = (typeof OBJECTIVE_STATUSES)[number];

const DAY_MS = 86_400_000;
const utcDay = (date: Date) => Math.floor(date.getTime() / DAY_MS);
const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

/**
 * Share (0–1) of the target reached; null without a target or current value. Higher is better: a target of 0
 * (or below) is reached by any value at or above it, so progress is then 1 or 0, never a division by zero.
 */
export function objectiveProgress(current: number | null, target: number | null): number | null {
  if (current === null || target === null || !Number.isFinite(current) || !Number.isFinite(target)) return null;
  if (target <= 0) return current >= target ? 1 : 0;
  return clamp01(current / target);
}

/**
 * Share (0–1) of the time from `start` to `due` that has passed by `now`, counted in whole UTC days; null without a
 * due date. A due day on or before the start day counts as all elapsed once that day has come.
 */
export function timeElapsed(start: Date, due: Date | null, now: Date): number | null {
  if (!due) return null;
  const from = utcDay(start);
  const to = utcDay(due);
  const today = utcDay(now);
  if (to <= from) return today >= to ? 1 : 0;
  return clamp01((today - from) / (to - from));
}

export type ObjectiveReading = {
  current: number | null;
  target: number | null;
  /** Where the clock starts: the objective's period start, else the plan's creation. */
  start: Date;
  dueDate: Date | null;
};

export type ObjectiveAssessment = {
  progress: number | null;
  elapsed: number | null;
  status: ObjectiveStatus;
};

/**
 * Achieved once the target is reached; overdue when the due day has passed without it; behind when progress
 * trails the share of time elapsed; on track otherwise (also without a due date: nothing to trail). Not measured
 * without a target or current value.
 */
export function assessObjective(reading: ObjectiveReading, now: Date): ObjectiveAssessment {
  const progress = objectiveProgress(reading.current, reading.target);
  const elapsed = timeElapsed(reading.start, reading.dueDate, now);
  if (progress === null) return { progress, elapsed, status: "NOT_MEASURED" };
  if (progress >= 1) return { progress, elapsed, status: "ACHIEVED" };
  if (reading.dueDate && utcDay(now) > utcDay(reading.dueDate)) return { progress, elapsed, status: "OVERDUE" };
  if (elapsed !== null && progress < elapsed) return { progress, elapsed, status: "BEHIND" };
  return { progress, elapsed, status: "ON_TRACK" };
}

/** Risk levels as the risk register weighs them: severity × likelihood gives 1 (low, low) to 9 (high, high). */
export const RISK_WEIGHT = { LOW: 1, MEDIUM: 2, HIGH: 3 } as const;
export type RiskLevelKey = keyof typeof RISK_WEIGHT;

export function riskExposure(severity: RiskLevelKey, likelihood: RiskLevelKey): number {
  return RISK_WEIGHT[severity] * RISK_WEIGHT[likelihood];
}

/** Highest exposure first; among equals the more severe, then the given order (stable). */
export function sortRisks<R extends { severity: RiskLevelKey; likelihood: RiskLevelKey }>(risks: readonly R[]): R[] {
  return risks
    .map((risk, index) => ({ risk, index }))
    .sort((a, b) =>
      riskExposure(b.risk.severity, b.risk.likelihood) - riskExposure(a.risk.severity, a.risk.likelihood)
      || RISK_WEIGHT[b.risk.severity] - RISK_WEIGHT[a.risk.severity]
      || a.index - b.index)
    .map(({ risk }) => risk);
}
