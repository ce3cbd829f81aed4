/**
 * The alert engine: which conditions hold on which accounts (churn risk, stage regression, coverage, stale
 * assessments, overdue tasks, untouched key contacts, revenue drop), over plain data with `now` as a parameter, and
 * how the open alerts follow them. Loading the data, storing alerts and telling people is lib/notifications' job.
 */
export { DEFAULT_ALERT_RULES } from "./defaults";
export { evaluateAlertRules, openKeyOf, reconcileAlerts, type Reconciliation } from "./evaluate";
export { isKeyContact, isRegression, isSnoozed, wasSponsor } from "./rules";
export {
  ALERT_KINDS,
  type AccountHistory,
  type AlertAccount,
  type AlertAssessment,
  type AlertCandidate,
  type AlertContact,
  type AlertDataSet,
  type AlertDeparture,
  type AlertHealth,
  type AlertEvidence,
  type AlertKind,
  type AlertParams,
  type AlertPlanTask,
  type AlertRuleSet,
  type AlertRuleSetting,
  type AlertStageChange,
  type OpenAlert,
  type PlanItemStatus,
} from "./types";
