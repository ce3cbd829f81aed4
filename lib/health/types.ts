import type { RiskLevel } from "../churn";
import type { CoveragePattern } from "../coverage";
import type { Quadrant } from "../matrix";
import type { Stage } from "../stages";

/** The components of account health, in the order pages list them. */
export const HEALTH_COMPONENTS = [
  "COVERAGE",
  "FRESHNESS",
  "PLAN",
  "CHURN",
  "ASSESSMENT",
  "COMPLAINTS",
  "FIT",
] as const;
export type HealthComponent = (typeof HEALTH_COMPONENTS)[number];

/** Same keys as the Prisma `HealthBand` enum. */
export const HEALTH_BANDS = ["HEALTHY", "WATCH", "AT_RISK"] as const;
export type HealthBand = (typeof HEALTH_BANDS)[number];

/** A health model version: weights in percent (total 100), band thresholds on the 0–100 score. */
export type HealthModelSpec = {
  weights: Record<HealthComponent, number>;
  /** Score ≥ healthyFrom is HEALTHY; ≥ watchFrom is WATCH; below is AT_RISK. watchFrom < healthyFrom. */
  healthyFrom: number;
  watchFrom: number;
  /** A key contact not touched for more than this many days is stale. */
  freshnessDays: number;
};

/** A live (not departed) contact of the account, as health reads it. */
export type HealthContact = {
  id: string;
  /** Decision maker, influencer …; null when unknown. */
  buyingRole: string | null;
  attitude: "SUPPORTER" | "NEUTRAL" | "OPPONENT";
  /** A key contact: decision maker, board or director level, or decisive/high influence. */
  key: boolean;
  /** Number of our people covering the contact. */
  coveredBy: number;
  /** Exact last touch (activity with the contact as subject or participant); null when never. */
  lastTouchedAt: Date | null;
};

/** Everything the engine needs about one account; plain data, loaded by `lib/account-health`. */
export type HealthInput = {
  stage: Stage;
  quadrant: Quadrant | null;
  isKeyAccount: boolean;
  coveragePattern: CoveragePattern;
  contacts: readonly HealthContact[];
  /** Open plan items: due dates (null = no due date) and whether done. Empty when the account has no plan. */
  planItems: readonly { dueDate: Date | null; done: boolean }[];
  /**
   * Whether the account has a plan at all, so an empty plan reads "nothing to measure" rather than "no plan";
   * absent counts as false.
   */
  hasPlan?: boolean;
  /** Objectives with a measurable target: progress 0–1 against the time elapsed 0–1. Empty when none. */
  objectives: readonly { progress: number; elapsed: number }[];
  /** Churn risk 0–100 and its level from the stored metrics; null when never computed. */
  churn: { score: number; level: RiskLevel } | null;
  /** The latest assessment's date; null when never assessed. */
  lastAssessedAt: Date | null;
  /** Open complaints by severity. */
  openComplaints: readonly { severity: "LOW" | "MEDIUM" | "HIGH"; openedAt: Date }[];
};

/** One component's contribution; `value` is its quality 0–1, points = value × weight. */
export type HealthComponentResult =
  | {
      component: HealthComponent;
      status: "SCORED";
      value: number;
      weight: number;
      points: number;
      /** Facts that explain the value, as message keys with values so pages translate them. */
      evidence: readonly HealthEvidence[];
    }
  | { component: HealthComponent; status: "MISSING"; weight: number; reason: HealthEvidence }
  | { component: HealthComponent; status: "OFF"; weight: 0 };

export type HealthEvidence = { key: string; values?: Record<string, string | number> };

/**
 * The score is the points of the scored components over their weights (missing data renormalises, it never
 * scores zero); null (and no band) when nothing could be scored.
 */
export type HealthResult = {
  score: number | null;
  band: HealthBand | null;
  components: readonly HealthComponentResult[];
};
