import type { CoveragePattern } from "../coverage";
import { daysBetween } from "../dates";
import type { Quadrant } from "../matrix";
import type { Stage } from "../stages";
import type { HealthComponent, HealthContact, HealthEvidence, HealthInput, HealthModelSpec } from "./types";

/** What one component makes of the input: a value 0–1 with its evidence, or the reason it cannot be scored. */
export type ComponentReading = { value: number; evidence: HealthEvidence[] } | { missing: HealthEvidence };

/** Share of COVERAGE from the pattern; the rest comes from a covered decision maker and a covered supporter. */
export const COVERAGE_PATTERN_VALUES: Record<CoveragePattern, number> = {
  NONE: 0,
  SINGLE_THREADED: 0.25,
  BOW_TIE: 0.6,
  DIAMOND: 1,
};
export const COVERAGE_SHARES = { pattern: 0.6, decisionMaker: 0.2, supporter: 0.2 } as const;

/** An assessment counts fully for this long, then loses value linearly until it is worth nothing. */
export const ASSESSMENT_DAYS = { fresh: 180, outdated: 540 } as const;

/**
 * Open complaints: each weighs its severity times an age factor (1 when opened today, up to 2 after
 * `ageDays`), and the component falls linearly to 0 at `burdenForZero` — one fresh HIGH complaint halves it,
 * a HIGH complaint left open for three months empties it.
 */
export const COMPLAINT_BURDEN = { LOW: 1, MEDIUM: 2, HIGH: 4, ageDays: 90, burdenForZero: 8 } as const;

/**
 * How well the relationship stage fits the matrix quadrant (lib/stages `stageMismatch` made gradual): a Star
 * deserves a deep relationship (early stages under-serve it, losing it is the worst case); a Cash cow is
 * maintained at a working relationship; a Question is invested in selectively (a partnership is premature); a
 * Dog is harvested (a partnership over-invests, uncoupling fits its strategy).
 */
export const FIT_VALUES: Record<Quadrant, Record<Stage, number>> = {
  STAR: { EXPLORATORY: 0, BASIC: 0.25, COOPERATIVE: 0.75, INTERDEPENDENT: 1, INTEGRATED: 1, DISINTEGRATING: 0 },
  CASH_COW: { EXPLORATORY: 0.5, BASIC: 0.5, COOPERATIVE: 1, INTERDEPENDENT: 1, INTEGRATED: 1, DISINTEGRATING: 0.25 },
  QUESTION: { EXPLORATORY: 1, BASIC: 1, COOPERATIVE: 1, INTERDEPENDENT: 0.5, INTEGRATED: 0.5, DISINTEGRATING: 0.5 },
  DOG: { EXPLORATORY: 1, BASIC: 1, COOPERATIVE: 0.75, INTERDEPENDENT: 0, INTEGRATED: 0, DISINTEGRATING: 1 },
};

const E = (key: string, values?: Record<string, string | number>): HealthEvidence =>
  values ? { key: `healthEvidence.${key}`, values } : { key: `healthEvidence.${key}` };

function coverage(input: HealthInput): ComponentReading {
  const { contacts } = input;
  if (contacts.length === 0) return { missing: E("coverage.noContacts") };
  const covered = contacts.filter((c) => c.coveredBy > 0);
  const decisionMakers = contacts.filter((c) => c.buyingRole === "DECISION_MAKER");
  const supporters = contacts.filter((c) => c.attitude === "SUPPORTER");
  const dmCovered = decisionMakers.some((c) => c.coveredBy > 0);
  const supporterCovered = supporters.some((c) => c.coveredBy > 0);
  const value =
    COVERAGE_SHARES.pattern * COVERAGE_PATTERN_VALUES[input.coveragePattern] +
    (dmCovered ? COVERAGE_SHARES.decisionMaker : 0) +
    (supporterCovered ? COVERAGE_SHARES.supporter : 0);
  return {
    value,
    evidence: [
      E(`coverage.pattern.${input.coveragePattern}`),
      E("coverage.covered", { covered: covered.length, total: contacts.length }),
      E(dmCovered ? "coverage.decisionMakerCovered" : decisionMakers.length > 0 ? "coverage.decisionMakerUncovered" : "coverage.noDecisionMaker"),
      E(supporterCovered ? "coverage.supporterCovered" : supporters.length > 0 ? "coverage.supporterUncovered" : "coverage.noSupporter"),
    ],
  };
}

/** Full value up to `freshnessDays` since the last touch, then linearly down to 0 at twice that; never touched is 0. */
export function touchValue(lastTouchedAt: Date | null, freshnessDays: number, now: Date): number {
  if (!lastTouchedAt) return 0;
  const days = Math.max(0, daysBetween(lastTouchedAt, now));
  if (days <= freshnessDays) return 1;
  return Math.max(0, (2 * freshnessDays - days) / freshnessDays);
}

function freshness(input: HealthInput, model: HealthModelSpec, now: Date): ComponentReading {
  if (input.contacts.length === 0) return { missing: E("freshness.noContacts") };
  const key = input.contacts.filter((c) => c.key);
  // Without a key contact the account is still judged on the people we do know there.
  const subjects: readonly HealthContact[] = key.length > 0 ? key : input.contacts;
  const days = model.freshnessDays;
  let total = 0;
  let fresh = 0;
  let never = 0;
  let oldest = 0;
  for (const contact of subjects) {
    total += touchValue(contact.lastTouchedAt, days, now);
    if (!contact.lastTouchedAt) never += 1;
    else {
      const since = Math.max(0, daysBetween(contact.lastTouchedAt, now));
      if (since <= days) fresh += 1;
      else oldest = Math.max(oldest, since);
    }
  }
  const stale = subjects.length - fresh - never;
  const evidence = [E(key.length > 0 ? "freshness.keyFresh" : "freshness.contactsFresh", { fresh, total: subjects.length, days })];
  if (key.length === 0) evidence.push(E("freshness.noKeyContacts"));
  if (stale > 0) evidence.push(E("freshness.stale", { count: stale, oldestDays: oldest }));
  if (never > 0) evidence.push(E("freshness.neverTouched", { count: never }));
  return { value: total / subjects.length, evidence };
}

function plan(input: HealthInput, now: Date): ComponentReading {
  const { planItems, objectives } = input;
  if (planItems.length === 0 && objectives.length === 0) {
    return { missing: E(input.hasPlan ? "plan.nothingToMeasure" : "plan.noPlan") };
  }
  const parts: number[] = [];
  const evidence: HealthEvidence[] = [];
  if (planItems.length > 0) {
    const open = planItems.filter((item) => !item.done);
    const overdue = open.filter((item) => item.dueDate !== null && daysBetween(item.dueDate, now) > 0).length;
    parts.push(1 - overdue / planItems.length);
    evidence.push(E("plan.items", { open: open.length, overdue, total: planItems.length }));
  }
  if (objectives.length > 0) {
    let sum = 0;
    let onTrack = 0;
    for (const objective of objectives) {
      const progress = clamp01(objective.progress);
      const elapsed = clamp01(objective.elapsed);
      if (progress >= elapsed) onTrack += 1;
      sum += elapsed === 0 ? 1 : Math.min(1, progress / elapsed);
    }
    parts.push(sum / objectives.length);
    evidence.push(E("plan.objectives", { onTrack, total: objectives.length }));
  }
  return { value: parts.reduce((a, b) => a + b, 0) / parts.length, evidence };
}

function churn(input: HealthInput): ComponentReading {
  if (!input.churn) return { missing: E("churn.neverComputed") };
  const score = Math.min(100, Math.max(0, input.churn.score));
  return { value: 1 - score / 100, evidence: [E(`churn.risk.${input.churn.level}`, { score })] };
}

/** Full value for `ASSESSMENT_DAYS.fresh` days, then linearly down to 0 at `ASSESSMENT_DAYS.outdated`. */
export function assessmentValue(lastAssessedAt: Date, now: Date): number {
  const days = Math.max(0, daysBetween(lastAssessedAt, now));
  const { fresh, outdated } = ASSESSMENT_DAYS;
  if (days <= fresh) return 1;
  return Math.max(0, (outdated - days) / (outdated - fresh));
}

function assessment(input: HealthInput, now: Date): ComponentReading {
  if (!input.lastAssessedAt) return { missing: E("assessment.never") };
  const days = Math.max(0, daysBetween(input.lastAssessedAt, now));
  const state = days <= ASSESSMENT_DAYS.fresh ? "recent" : days < ASSESSMENT_DAYS.outdated ? "ageing" : "outdated";
  return { value: assessmentValue(input.lastAssessedAt, now), evidence: [E(`assessment.${state}`, { days })] };
}

/** Severity × age burden of the open complaints (see COMPLAINT_BURDEN). */
export function complaintBurden(complaints: HealthInput["openComplaints"], now: Date): number {
  return complaints.reduce((sum, complaint) => {
    const age = Math.min(COMPLAINT_BURDEN.ageDays, Math.max(0, daysBetween(complaint.openedAt, now)));
    return sum + COMPLAINT_BURDEN[complaint.severity] * (1 + age / COMPLAINT_BURDEN.ageDays);
  }, 0);
}

function complaints(input: HealthInput, now: Date): ComponentReading {
  const open = input.openComplaints;
  if (open.length === 0) return { value: 1, evidence: [E("complaints.none")] };
  const oldestDays = Math.max(...open.map((c) => Math.max(0, daysBetween(c.openedAt, now))));
  const count = (severity: string) => open.filter((c) => c.severity === severity).length;
  return {
    value: Math.max(0, 1 - complaintBurden(open, now) / COMPLAINT_BURDEN.burdenForZero),
    evidence: [E("complaints.open", { open: open.length, high: count("HIGH"), medium: count("MEDIUM"), low: count("LOW"), oldestDays })],
  };
}

function fitKey(stage: Stage, quadrant: Quadrant, value: number): string {
  if (value === 1) return "fits";
  const early = stage === "EXPLORATORY" || stage === "BASIC";
  const late = stage === "INTERDEPENDENT" || stage === "INTEGRATED";
  if (stage === "DISINTEGRATING") return "losingValuable";
  if (quadrant === "STAR") return early ? "starEarly" : "starCooperative";
  if (quadrant === "CASH_COW") return "cashCowEarly";
  if (quadrant === "QUESTION") return late ? "questionLate" : "fits";
  return late ? "dogLate" : "dogCooperative";
}

function fit(input: HealthInput): ComponentReading {
  if (!input.quadrant) return { missing: E("fit.noQuadrant") };
  const value = FIT_VALUES[input.quadrant][input.stage];
  // QUESTION while disintegrating: half value, the relationship of a selective account is ending.
  const key = input.quadrant === "QUESTION" && input.stage === "DISINTEGRATING" ? "questionDisintegrating" : fitKey(input.stage, input.quadrant, value);
  return { value, evidence: [E(`fit.${key}`)] };
}

/** Each component's reading of the input. */
export function readComponent(component: HealthComponent, input: HealthInput, model: HealthModelSpec, now: Date): ComponentReading {
  switch (component) {
    case "COVERAGE":
      return coverage(input);
    case "FRESHNESS":
      return freshness(input, model, now);
    case "PLAN":
      return plan(input, now);
    case "CHURN":
      return churn(input);
    case "ASSESSMENT":
      return assessment(input, now);
    case "COMPLAINTS":
      return complaints(input, now);
    case "FIT":
      return fit(input);
  }
}

function clamp01(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}
