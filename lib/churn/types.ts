import type { LocalizedText } from "../domain";

export type ChurnOrder = { date: Date; amount: number };
export type ChurnActivity = { date: Date };
/** Severities of a complaint; same keys as the Prisma `ComplaintSeverity` enum. */
export const COMPLAINT_SEVERITIES = ["LOW", "MEDIUM", "HIGH"] as const;
export type ComplaintSeverity = (typeof COMPLAINT_SEVERITIES)[number];
/** `severity` missing counts as MEDIUM. */
export type ChurnComplaint = { openedAt: Date; closedAt: Date | null; severity?: ComplaintSeverity };

/** One account's history; `asOf` is the analysis date (never the clock). */
export type ChurnInput = {
  orders: readonly ChurnOrder[];
  activities: readonly ChurnActivity[];
  complaints: readonly ChurnComplaint[];
  asOf: Date;
};

/** The churn signals, in the order `churnSignals` raises them. */
export const CHURN_SIGNAL_CODES = ["OVERDUE", "DECLINING", "NO_CONTACT", "OPEN_COMPLAINTS"] as const;
export type ChurnSignalCode = (typeof CHURN_SIGNAL_CODES)[number];

export type OverdueEvidence = {
  daysSinceLastOrder: number;
  medianIntervalDays: number;
  /** max(2 × median interval, 30): the flag is raised when daysSinceLastOrder exceeds it. */
  thresholdDays: number;
  /** Distinct order days up to asOf. */
  orderDays: number;
};
export type DecliningEvidence = {
  /** Revenue of the last 180 days (asOf's day and the 179 before). */
  recentRevenue: number;
  /** Revenue of the 180 days before those. */
  previousRevenue: number;
  /** recentRevenue / previousRevenue. */
  ratio: number;
};
export type NoContactEvidence = {
  /** Whole days since the last activity, null when there never was one. */
  daysSinceLastActivity: number | null;
};
export type OpenComplaintsEvidence = {
  open: number;
  high: number;
  medium: number;
  low: number;
  /** Whole days since the oldest open complaint was opened. */
  oldestOpenDays: number;
  /** Risk points from severity (LOW 5, MEDIUM 10, HIGH 20 each), capped at 20. */
  points: number;
};

export type ChurnFlag =
  | { code: "OVERDUE"; evidence: OverdueEvidence }
  | { code: "DECLINING"; evidence: DecliningEvidence }
  | { code: "NO_CONTACT"; evidence: NoContactEvidence }
  | { code: "OPEN_COMPLAINTS"; evidence: OpenComplaintsEvidence };

/** Churn risk levels, from the score (see `riskLevel`). */
export const RISK_LEVELS = ["LOW", "MEDIUM", "HIGH"] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export type ChurnSignals = {
  /** Raised flags in the order OVERDUE, DECLINING, NO_CONTACT, OPEN_COMPLAINTS. */
  flags: ChurnFlag[];
  /** 0–100, see `riskScore`. */
  riskScore: number;
  riskLevel: RiskLevel;
};

export const CHURN_SIGNAL_LABELS: Record<ChurnSignalCode, LocalizedText> = {
  OVERDUE: { en: "Order overdue", zh: "订单逾期" },
  DECLINING: { en: "Declining revenue", zh: "营收下滑" },
  NO_CONTACT: { en: "No recent contact", zh: "长期未联系" },
  OPEN_COMPLAINTS: { en: "Open complaints", zh: "未结投诉" },
};

export const RISK_LEVEL_LABELS: Record<RiskLevel, LocalizedText> = {
  LOW: { en: "Low risk", zh: "低风险" },
  MEDIUM: { en: "Medium risk", zh: "中风险" },
  HIGH: { en: "High risk", zh: "高风险" },
};
