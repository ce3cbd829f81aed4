import type { HealthContact, HealthInput, HealthModelSpec } from "@/lib/health";

export const NOW = new Date("2026-06-15T10:00:00Z");
export const daysAgo = (days: number) => new Date(NOW.getTime() - days * 86_400_000);

export const contact = (overrides: Partial<HealthContact> = {}): HealthContact => ({
  id: overrides.id ?? "c1",
  buyingRole: null,
  attitude: "NEUTRAL",
  key: false,
  coveredBy: 0,
  lastTouchedAt: null,
  ...overrides,
});

/** An account with nothing known: every component but COMPLAINTS is missing. */
export const emptyInput = (overrides: Partial<HealthInput> = {}): HealthInput => ({
  stage: "BASIC",
  quadrant: null,
  isKeyAccount: true,
  coveragePattern: "NONE",
  contacts: [],
  planItems: [],
  objectives: [],
  churn: null,
  lastAssessedAt: null,
  openComplaints: [],
  ...overrides,
});

/** Only `component` weighs; the others are off. */
export const only = (component: keyof HealthModelSpec["weights"], freshnessDays = 90): HealthModelSpec => ({
  weights: { COVERAGE: 0, FRESHNESS: 0, PLAN: 0, CHURN: 0, ASSESSMENT: 0, COMPLAINTS: 0, FIT: 0, [component]: 100 },
  healthyFrom: 70,
  watchFrom: 45,
  freshnessDays,
});
