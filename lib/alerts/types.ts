import type { ChurnComplaint, ChurnFlag, ChurnOrder, ChurnSignalCode, RiskLevel } from "../churn";
import type { ContactLevel, CoverageLine, CoveragePattern } from "../coverage";
import type { BuyingRole } from "../personality";
import type { Stage } from "../stages";

/** The kinds of alert, in the order the admin page lists them; same keys as the Prisma `AlertKind` enum. */
export const ALERT_KINDS = [
  "CHURN_RISK_HIGH",
  "CHURN_RISK_RISE",
  "STAGE_REGRESSION",
  "SINGLE_THREADED",
  "STALE_ASSESSMENT",
  "PLAN_TASK_OVERDUE",
  "KEY_CONTACT_UNTOUCHED",
  "REVENUE_DROP",
  "SPONSOR_LOST",
  "HEALTH_DROP",
] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

/** Plan item states; same keys as the Prisma `PlanItemStatus` enum. */
export type PlanItemStatus = "OPEN" | "IN_PROGRESS" | "DONE" | "CANCELLED";

// ───────────── the rules' settings ─────────────

/** Every rule can be limited to key accounts. */
type Scope = { keyAccountsOnly: boolean };

export type AlertParams = {
  /** The churn risk score (0–100, lib/churn) is at least `threshold`. */
  CHURN_RISK_HIGH: Scope & { threshold: number };
  /** The churn risk score rose by at least `points` against the score `windowDays` days earlier. */
  CHURN_RISK_RISE: Scope & { points: number; windowDays: number };
  /** The account's latest stage move, within `lookbackDays`, went down the ladder (or to uncoupling). */
  STAGE_REGRESSION: Scope & { lookbackDays: number; includeUncoupling: boolean };
  /** At COOPERATIVE or above, the contact coverage is below `requiredPattern` (lib/coverage). */
  SINGLE_THREADED: Scope & { requiredPattern: "BOW_TIE" | "DIAMOND" };
  /** The latest assessment is more than `maxAgeDays` days old (accounts never assessed are left out). */
  STALE_ASSESSMENT: Scope & { maxAgeDays: number };
  /** An open plan task is more than `graceDays` days past its due day and not snoozed. */
  PLAN_TASK_OVERDUE: Scope & { graceDays: number };
  /** A key contact (one of `levels` or `buyingRoles`) had no activity logged with them for `maxDays` days. */
  KEY_CONTACT_UNTOUCHED: Scope & { maxDays: number; levels: ContactLevel[]; buyingRoles: BuyingRole[] };
  /**
   * Revenue of the last `windowDays` days is below `thresholdPercent` % of the same days a year earlier, which
   * brought more than `minPreviousRevenue`.
   */
  REVENUE_DROP: Scope & { windowDays: number; thresholdPercent: number; minPreviousRevenue: number };
  /** A decision maker or a supporter left the customer within the last `lookbackDays` days. */
  SPONSOR_LOST: Scope & { lookbackDays: number };
  /** The health score fell by at least `points` against the reading `windowDays` days earlier. */
  HEALTH_DROP: Scope & { points: number; windowDays: number };
};

export type AlertRuleSetting<K extends AlertKind = AlertKind> = { enabled: boolean; params: AlertParams[K] };
/** The settings of every rule; a kind that is missing is not evaluated. */
export type AlertRuleSet = { [K in AlertKind]?: AlertRuleSetting<K> };

// ───────────── the data the rules look at ─────────────

export type AlertAccount = { id: string; name: string; ownerId: string; stage: Stage; isKeyAccount: boolean };

/** What the churn rules and the revenue rule read: order revenue per day, activity dates, complaints. */
export type AccountHistory = {
  orders: readonly ChurnOrder[];
  /** Enough activity dates for every date the rules ask about: at least the latest one up to each such date. */
  activityDates: readonly Date[];
  complaints: readonly ChurnComplaint[];
};

/** A stage move; only each account's latest one within the look-back is needed. */
export type AlertStageChange = { id: string; accountId: string; fromStage: Stage; toStage: Stage; at: Date; reasons: readonly string[] };

export type AlertContact = {
  id: string;
  accountId: string;
  name: string;
  level: ContactLevel;
  function: string;
  buyingRole: BuyingRole | null;
  createdAt: Date;
  /** The latest activity logged with this contact, null when there never was one. */
  lastTouchedAt: Date | null;
};

export type AlertAssessment = { id: string; accountId: string; assessedAt: Date };

/** A contact who left the customer. */
export type AlertDeparture = {
  id: string;
  accountId: string;
  name: string;
  buyingRole: BuyingRole | null;
  attitude: "SUPPORTER" | "NEUTRAL" | "OPPONENT";
  leftAt: Date;
  newEmployer: string | null;
};

/** An account's health: the current score and the daily readings the drop is measured against. */
export type AlertHealth = {
  accountId: string;
  score: number | null;
  /** Daily readings (any order); only days within the rule's window are looked at. */
  readings: readonly { day: Date; score: number | null }[];
};

export type AlertPlanTask = {
  id: string;
  accountId: string;
  title: string;
  ownerId: string | null;
  dueDate: Date | null;
  status: PlanItemStatus;
  /** The day the task comes back after a snooze; it is quiet before that day. */
  snoozedUntil: Date | null;
};

/**
 * Everything the rules read, as plain data. Only the parts the enabled rules need must be given; accounts not in
 * `accounts` (archived, deleted) never get an alert.
 */
export type AlertDataSet = {
  accounts: readonly AlertAccount[];
  /** Keyed by account id; an account without an entry has no orders, activities or complaints. */
  histories?: ReadonlyMap<string, AccountHistory>;
  stageChanges?: readonly AlertStageChange[];
  contacts?: readonly AlertContact[];
  coverage?: readonly CoverageLine[];
  assessments?: readonly AlertAssessment[];
  tasks?: readonly AlertPlanTask[];
  departures?: readonly AlertDeparture[];
  health?: readonly AlertHealth[];
};

// ───────────── what the rules find ─────────────

/** A flag of the churn engine as evidence: its code and figures. */
export type ChurnFlagEvidence = ChurnFlag;

export type AlertEvidence = {
  CHURN_RISK_HIGH: { riskScore: number; riskLevel: RiskLevel; threshold: number; flags: ChurnFlagEvidence[] };
  CHURN_RISK_RISE: {
    riskScore: number;
    previousScore: number;
    rise: number;
    points: number;
    windowDays: number;
    /** The day the previous score is taken at (YYYY-MM-DD). */
    since: string;
    /** Flags raised now that were not raised then. */
    newFlags: ChurnSignalCode[];
  };
  STAGE_REGRESSION: { fromStage: Stage; toStage: Stage; uncoupling: boolean; movedAt: string; daysAgo: number; reasons: string[] };
  SINGLE_THREADED: {
    stage: Stage;
    pattern: CoveragePattern;
    requiredPattern: CoveragePattern;
    coveredContacts: number;
    totalContacts: number;
    ourPeople: number;
    levelsCovered: ContactLevel[];
    functionsCovered: string[];
  };
  STALE_ASSESSMENT: { assessedAt: string; ageDays: number; maxAgeDays: number };
  PLAN_TASK_OVERDUE: { title: string; dueDate: string; daysOverdue: number; graceDays: number; ownerId: string | null; status: PlanItemStatus };
  KEY_CONTACT_UNTOUCHED: {
    contactName: string;
    level: ContactLevel;
    buyingRole: BuyingRole | null;
    /** The latest activity with the contact (YYYY-MM-DD), null when there never was one. */
    lastTouchedAt: string | null;
    /** Days since that activity, or since the contact was added when there never was one. */
    daysSince: number;
    maxDays: number;
  };
  REVENUE_DROP: {
    recentRevenue: number;
    previousRevenue: number;
    /** recentRevenue / previousRevenue. */
    ratio: number;
    thresholdPercent: number;
    windowDays: number;
    /** First and last day of each window (YYYY-MM-DD). */
    recentFrom: string;
    recentTo: string;
    previousFrom: string;
    previousTo: string;
  };
  SPONSOR_LOST: {
    contactName: string;
    buyingRole: BuyingRole | null;
    attitude: AlertDeparture["attitude"];
    leftAt: string;
    newEmployer: string | null;
    daysAgo: number;
    lookbackDays: number;
  };
  HEALTH_DROP: {
    score: number;
    previousScore: number;
    drop: number;
    points: number;
    windowDays: number;
    /** The day of the earlier reading (YYYY-MM-DD). */
    since: string;
  };
};

/** A condition that holds now: raise an alert for it unless one with its key is already open. */
export type AlertCandidate<K extends AlertKind = AlertKind> = {
  [Kind in K]: {
    kind: Kind;
    accountId: string;
    /** The thing on the account the alert is about (task, contact, assessment, stage move), if any. */
    subjectId: string | null;
    evidence: AlertEvidence[Kind];
    /** People to tell besides the account's owner and team (a plan task's owner). */
    alsoNotify: string[];
  };
}[K];

/** An alert that is open (its condition held when last evaluated). */
export type OpenAlert = { id: string; openKey: string };
