import type { ChurnSignals } from "../churn";
import { instant } from "../dates";
import { EngineError } from "../domain";
import {
  churnOfHistory,
  churnRiskHigh,
  churnRiskRise,
  healthDrop,
  historyOf,
  keyContactUntouched,
  planTaskOverdue,
  revenueDrop,
  singleThreaded,
  sponsorLost,
  staleAssessment,
  stageRegression,
  type Rule,
} from "./rules";
import { ALERT_KINDS, type AlertCandidate, type AlertDataSet, type AlertKind, type AlertRuleSet, type OpenAlert } from "./types";

const RULES: { [K in AlertKind]: Rule<K> } = {
  CHURN_RISK_HIGH: churnRiskHigh,
  CHURN_RISK_RISE: churnRiskRise,
  STAGE_REGRESSION: stageRegression,
  SINGLE_THREADED: singleThreaded,
  STALE_ASSESSMENT: staleAssessment,
  PLAN_TASK_OVERDUE: planTaskOverdue,
  KEY_CONTACT_UNTOUCHED: keyContactUntouched,
  REVENUE_DROP: revenueDrop,
  SPONSOR_LOST: sponsorLost,
  HEALTH_DROP: healthDrop,
};

/**
 * The key of an open alert: the same condition (kind, account, subject) is raised once while it holds, and again
 * only after it cleared.
 */
export function openKeyOf(alert: Pick<AlertCandidate, "kind" | "accountId" | "subjectId">): string {
  return `${alert.kind}:${alert.accountId}:${alert.subjectId ?? ""}`;
}

/**
 * Every condition that holds at `now` under the enabled rules, sorted by open key, one per key. Pure: the same data,
 * rules and `now` give the same candidates. Accounts appearing twice throw an EngineError DUPLICATE_KEY.
 */
export function evaluateAlertRules(data: AlertDataSet, rules: AlertRuleSet, now: Date): AlertCandidate[] {
  instant(now, "now");
  const ids = new Set<string>();
  for (const account of data.accounts) {
    if (ids.has(account.id)) throw new EngineError("DUPLICATE_KEY", `account ${account.id} appears twice`, account.id);
    ids.add(account.id);
  }
  const churnCache = new Map<string, ChurnSignals>();
  const churnAt = (accountId: string, asOf: Date) => {
    const key = `${accountId}@${asOf.getTime()}`;
    let signals = churnCache.get(key);
    if (!signals) {
      signals = churnOfHistory(historyOf(data, accountId), asOf);
      churnCache.set(key, signals);
    }
    return signals;
  };

  const byKey = new Map<string, AlertCandidate>();
  for (const kind of ALERT_KINDS) {
    const setting = rules[kind];
    if (!setting?.enabled) continue;
    const accounts = setting.params.keyAccountsOnly ? data.accounts.filter((account) => account.isKeyAccount) : data.accounts;
    const rule = RULES[kind] as Rule<AlertKind>;
    for (const found of rule({ data, accounts, params: setting.params as never, now, churnAt })) {
      const key = openKeyOf(found);
      if (!byKey.has(key)) byKey.set(key, found);
    }
  }
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, found]) => found);
}

export type Reconciliation = {
  /** Conditions with no open alert: raise these. */
  raise: AlertCandidate[];
  /** Open alerts whose condition no longer holds (or whose rule was switched off): clear these. */
  clear: string[];
  /** Open alerts whose condition still holds: left as they are, nobody is told again. */
  keep: string[];
};

/** What to raise and what to clear so that the open alerts are exactly the conditions that hold now. */
export function reconcileAlerts(open: readonly OpenAlert[], candidates: readonly AlertCandidate[]): Reconciliation {
  const wanted = new Map<string, AlertCandidate>();
  for (const found of candidates) {
    const key = openKeyOf(found);
    if (!wanted.has(key)) wanted.set(key, found);
  }
  const openKeys = new Set(open.map((alert) => alert.openKey));
  return {
    raise: [...wanted.entries()].filter(([key]) => !openKeys.has(key)).map(([, found]) => found),
    clear: open.filter((alert) => !wanted.has(alert.openKey)).map((alert) => alert.id),
    keep: open.filter((alert) => wanted.has(alert.openKey)).map((alert) => alert.id),
  };
}
