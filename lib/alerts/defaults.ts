import type { AlertKind, AlertRuleSetting } from "./types";

/**
 * What a rule does before an admin has set it: every rule is on, so reminders work from the first evaluation.
 * The thresholds follow the rest of the app: risk 60 is where lib/churn's HIGH level starts, 90 days is the
 * dashboard's and the scoring list's stale-assessment age and the churn engine's no-contact period. Rules that
 * would speak about most of a large portfolio (coverage, assessments, key contacts, revenue) start with key
 * accounts only.
 */
export const DEFAULT_ALERT_RULES: { [K in AlertKind]: AlertRuleSetting<K> } = {
  CHURN_RISK_HIGH: { enabled: true, params: { threshold: 60, keyAccountsOnly: false } },
  CHURN_RISK_RISE: { enabled: true, params: { points: 25, windowDays: 30, keyAccountsOnly: false } },
  STAGE_REGRESSION: { enabled: true, params: { lookbackDays: 30, includeUncoupling: true, keyAccountsOnly: false } },
  SINGLE_THREADED: { enabled: true, params: { requiredPattern: "DIAMOND", keyAccountsOnly: true } },
  STALE_ASSESSMENT: { enabled: true, params: { maxAgeDays: 90, keyAccountsOnly: true } },
  PLAN_TASK_OVERDUE: { enabled: true, params: { graceDays: 0, keyAccountsOnly: false } },
  KEY_CONTACT_UNTOUCHED: {
    enabled: true,
    params: { maxDays: 90, levels: ["BOARD"], buyingRoles: ["DECISION_MAKER"], keyAccountsOnly: true },
  },
  REVENUE_DROP: {
    enabled: true,
    params: { windowDays: 90, thresholdPercent: 70, minPreviousRevenue: 0, keyAccountsOnly: true },
  },
  SPONSOR_LOST: { enabled: true, params: { lookbackDays: 30, keyAccountsOnly: false } },
  HEALTH_DROP: { enabled: true, params: { points: 15, windowDays: 30, keyAccountsOnly: true } },
};
