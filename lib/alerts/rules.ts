import { churnSignals, type ChurnSignals } from "../churn";
import { analyseCoverage, COVERAGE_PATTERNS, DIAMOND_EXPECTED_STAGES, type CoverageContact, type CoverageLine } from "../coverage";
import { addDays, dateOfDay, daysBetween, utcDay, utcDayString } from "../dates";
import { LADDER_STAGES, type Stage } from "../stages";
import type {
  AccountHistory,
  AlertAccount,
  AlertCandidate,
  AlertContact,
  AlertDataSet,
  AlertDeparture,
  AlertKind,
  AlertParams,
} from "./types";

/** One rule: the conditions of its kind that hold at `now`, over the accounts in its scope. */
export type Rule<K extends AlertKind> = (input: RuleInput<K>) => AlertCandidate<K>[];

export type RuleInput<K extends AlertKind> = {
  data: AlertDataSet;
  /** The accounts the rule's scope allows (all, or key accounts only). */
  accounts: readonly AlertAccount[];
  params: AlertParams[K];
  now: Date;
  /** The churn signals of an account at `asOf`, computed once per account and date and shared by the rules. */
  churnAt: (accountId: string, asOf: Date) => ChurnSignals;
};

const EMPTY_HISTORY: AccountHistory = { orders: [], activityDates: [], complaints: [] };
const money = (value: number) => Math.round(value * 100) / 100;
const OPEN_TASK = new Set(["OPEN", "IN_PROGRESS"]);
/** Days between a window and the same window a year earlier. */
const YEAR_DAYS = 365;

export function historyOf(data: AlertDataSet, accountId: string): AccountHistory {
  return data.histories?.get(accountId) ?? EMPTY_HISTORY;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const list = map.get(key(item));
    if (list) list.push(item);
    else map.set(key(item), [item]);
  }
  return map;
}

const candidate = <K extends AlertKind>(
  kind: K,
  accountId: string,
  subjectId: string | null,
  evidence: AlertCandidate<K>["evidence"],
  alsoNotify: string[] = [],
) => ({ kind, accountId, subjectId, evidence, alsoNotify }) as AlertCandidate<K>;

export const churnRiskHigh: Rule<"CHURN_RISK_HIGH"> = ({ accounts, params, now, churnAt }) =>
  accounts.flatMap((account) => {
    const churn = churnAt(account.id, now);
    if (churn.riskScore < params.threshold) return [];
    return [
      candidate("CHURN_RISK_HIGH", account.id, null, {
        riskScore: churn.riskScore,
        riskLevel: churn.riskLevel,
        threshold: params.threshold,
        flags: churn.flags,
      }),
    ];
  });

/**
 * The score at `now` against the score `windowDays` earlier, both computed by the churn engine from the same
 * history, so the comparison needs no stored snapshot and does not depend on how often evaluation ran; the
 * condition holds while the rise lies within the window.
 */
export const churnRiskRise: Rule<"CHURN_RISK_RISE"> = ({ accounts, params, now, churnAt }) => {
  const then = addDays(now, -params.windowDays);
  return accounts.flatMap((account) => {
    const current = churnAt(account.id, now);
    const previous = churnAt(account.id, then);
    const rise = current.riskScore - previous.riskScore;
    if (rise < params.points) return [];
    const before = new Set(previous.flags.map((flag) => flag.code));
    return [
      candidate("CHURN_RISK_RISE", account.id, null, {
        riskScore: current.riskScore,
        previousScore: previous.riskScore,
        rise,
        points: params.points,
        windowDays: params.windowDays,
        since: utcDayString(then),
        newFlags: current.flags.map((flag) => flag.code).filter((code) => !before.has(code)),
      }),
    ];
  });
};

const ladderIndex = (stage: Stage) => (LADDER_STAGES as readonly Stage[]).indexOf(stage);

/** A move down the ladder, or (when asked) from any ladder stage to uncoupling. */
export function isRegression(from: Stage, to: Stage, includeUncoupling: boolean): boolean {
  if (from === "DISINTEGRATING") return false;
  if (to === "DISINTEGRATING") return includeUncoupling;
  return ladderIndex(to) < ladderIndex(from);
}

/**
 * The account's latest stage move, if it happened within the look-back (its day and the days before, like the
 * churn windows) and went down: it holds until the account moves again or the move ages out of the window.
 */
export const stageRegression: Rule<"STAGE_REGRESSION"> = ({ data, accounts, params, now }) => {
  const latest = new Map<string, NonNullable<AlertDataSet["stageChanges"]>[number]>();
  for (const change of data.stageChanges ?? []) {
    const seen = latest.get(change.accountId);
    if (!seen || change.at.getTime() > seen.at.getTime() || (change.at.getTime() === seen.at.getTime() && change.id > seen.id)) {
      latest.set(change.accountId, change);
    }
  }
  return accounts.flatMap((account) => {
    const change = latest.get(account.id);
    if (!change || change.toStage !== account.stage) return [];
    const daysAgo = daysBetween(change.at, now);
    if (daysAgo < 0 || daysAgo >= params.lookbackDays) return [];
    if (!isRegression(change.fromStage, change.toStage, params.includeUncoupling)) return [];
    return [
      candidate("STAGE_REGRESSION", account.id, change.id, {
        fromStage: change.fromStage,
        toStage: change.toStage,
        uncoupling: change.toStage === "DISINTEGRATING",
        movedAt: utcDayString(change.at),
        daysAgo,
        reasons: [...change.reasons],
      }),
    ];
  });
};

/** Coverage below the required pattern at COOPERATIVE or above (lib/coverage's single-threaded risk). */
export const singleThreaded: Rule<"SINGLE_THREADED"> = ({ data, accounts, params }) => {
  const contacts = groupBy(data.contacts ?? [], (contact) => contact.accountId);
  const accountOfContact = new Map((data.contacts ?? []).map((contact) => [contact.id, contact.accountId]));
  const lines = groupBy(
    (data.coverage ?? []).filter((line) => accountOfContact.has(line.contactId)),
    (line) => accountOfContact.get(line.contactId)!,
  );
  const required = COVERAGE_PATTERNS.indexOf(params.requiredPattern);
  return accounts.flatMap((account) => {
    if (!DIAMOND_EXPECTED_STAGES.includes(account.stage)) return [];
    const own: CoverageContact[] = (contacts.get(account.id) ?? []).map(({ id, level, function: fn }) => ({ id, level, function: fn }));
    const analysis = analyseCoverage(own, (lines.get(account.id) ?? []) as CoverageLine[]);
    if (COVERAGE_PATTERNS.indexOf(analysis.pattern) >= required) return [];
    return [
      candidate("SINGLE_THREADED", account.id, null, {
        stage: account.stage,
        pattern: analysis.pattern,
        requiredPattern: params.requiredPattern,
        coveredContacts: analysis.coveredContacts,
        totalContacts: analysis.totalContacts,
        ourPeople: analysis.ourPeople.length,
        levelsCovered: analysis.levelsCovered,
        functionsCovered: analysis.functionsCovered,
      }),
    ];
  });
};

/** The latest assessment is older than allowed; the alert is about that assessment, so a new one clears it. */
export const staleAssessment: Rule<"STALE_ASSESSMENT"> = ({ data, accounts, params, now }) => {
  const latest = new Map<string, NonNullable<AlertDataSet["assessments"]>[number]>();
  for (const assessment of data.assessments ?? []) {
    const seen = latest.get(assessment.accountId);
    if (!seen || assessment.assessedAt.getTime() > seen.assessedAt.getTime()) latest.set(assessment.accountId, assessment);
  }
  return accounts.flatMap((account) => {
    const assessment = latest.get(account.id);
    if (!assessment) return [];
    const ageDays = daysBetween(assessment.assessedAt, now);
    if (ageDays <= params.maxAgeDays) return [];
    return [
      candidate("STALE_ASSESSMENT", account.id, assessment.id, {
        assessedAt: utcDayString(assessment.assessedAt),
        ageDays,
        maxAgeDays: params.maxAgeDays,
      }),
    ];
  });
};

/** Whether a task or follow-up snoozed until `snoozedUntil` is still quiet on the day of `now`. */
export function isSnoozed(snoozedUntil: Date | null, now: Date): boolean {
  return snoozedUntil !== null && utcDay(snoozedUntil) > utcDay(now);
}

/** One alert per open task past its due day (plus grace) and not snoozed; its owner is told as well. */
export const planTaskOverdue: Rule<"PLAN_TASK_OVERDUE"> = ({ data, accounts, params, now }) => {
  const inScope = new Set(accounts.map((account) => account.id));
  return (data.tasks ?? []).flatMap((task) => {
    if (!inScope.has(task.accountId) || !OPEN_TASK.has(task.status) || !task.dueDate) return [];
    const daysOverdue = daysBetween(task.dueDate, now);
    if (daysOverdue <= params.graceDays || isSnoozed(task.snoozedUntil, now)) return [];
    return [
      candidate(
        "PLAN_TASK_OVERDUE",
        task.accountId,
        task.id,
        { title: task.title, dueDate: utcDayString(task.dueDate), daysOverdue, graceDays: params.graceDays, ownerId: task.ownerId, status: task.status },
        task.ownerId ? [task.ownerId] : [],
      ),
    ];
  });
};

export function isKeyContact(contact: Pick<AlertContact, "level" | "buyingRole">, params: AlertParams["KEY_CONTACT_UNTOUCHED"]) {
  return params.levels.includes(contact.level) || (contact.buyingRole !== null && params.buyingRoles.includes(contact.buyingRole));
}

/** A key contact with no activity for `maxDays` days; one never contacted counts from the day they were added. */
export const keyContactUntouched: Rule<"KEY_CONTACT_UNTOUCHED"> = ({ data, accounts, params, now }) => {
  const inScope = new Set(accounts.map((account) => account.id));
  return (data.contacts ?? []).flatMap((contact) => {
    if (!inScope.has(contact.accountId) || !isKeyContact(contact, params)) return [];
    const daysSince = daysBetween(contact.lastTouchedAt ?? contact.createdAt, now);
    if (daysSince < params.maxDays) return [];
    return [
      candidate("KEY_CONTACT_UNTOUCHED", contact.accountId, contact.id, {
        contactName: contact.name,
        level: contact.level,
        buyingRole: contact.buyingRole,
        lastTouchedAt: contact.lastTouchedAt ? utcDayString(contact.lastTouchedAt) : null,
        daysSince,
        maxDays: params.maxDays,
      }),
    ];
  });
};

/**
 * Revenue of the last `windowDays` days (today and the days before) against the same days a year (365 days)
 * earlier. Orders dated after today are ignored.
 */
export const revenueDrop: Rule<"REVENUE_DROP"> = ({ data, accounts, params, now }) => {
  const today = utcDay(now);
  const window = params.windowDays;
  return accounts.flatMap((account) => {
    let recent = 0;
    let previous = 0;
    for (const order of historyOf(data, account.id).orders) {
      const ago = today - utcDay(order.date);
      if (ago >= 0 && ago < window) recent += order.amount;
      else if (ago >= YEAR_DAYS && ago < YEAR_DAYS + window) previous += order.amount;
    }
    if (previous <= 0 || previous <= params.minPreviousRevenue) return [];
    if (recent >= (previous * params.thresholdPercent) / 100) return [];
    return [
      candidate("REVENUE_DROP", account.id, null, {
        recentRevenue: money(recent),
        previousRevenue: money(previous),
        ratio: Math.round((recent / previous) * 10_000) / 10_000,
        thresholdPercent: params.thresholdPercent,
        windowDays: window,
        recentFrom: utcDayString(dateOfDay(today - window + 1)),
        recentTo: utcDayString(dateOfDay(today)),
        previousFrom: utcDayString(dateOfDay(today - YEAR_DAYS - window + 1)),
        previousTo: utcDayString(dateOfDay(today - YEAR_DAYS)),
      }),
    ];
  });
};

/** Churn signals of the account's history at `asOf`. */
export function churnOfHistory(history: AccountHistory, asOf: Date): ChurnSignals {
  return churnSignals({
    orders: history.orders,
    activities: history.activityDates.map((date) => ({ date })),
    complaints: history.complaints,
    asOf,
  });
}

/** Whether a departed contact was a sponsor: a decision maker or someone who supported us. */
export function wasSponsor(contact: Pick<AlertDeparture, "buyingRole" | "attitude">): boolean {
  return contact.buyingRole === "DECISION_MAKER" || contact.attitude === "SUPPORTER";
}

/** A decision maker or supporter who left within `lookbackDays` (departures dated after today wait for their day). */
export const sponsorLost: Rule<"SPONSOR_LOST"> = ({ data, accounts, params, now }) => {
  const inScope = new Set(accounts.map((account) => account.id));
  return (data.departures ?? []).flatMap((contact) => {
    if (!inScope.has(contact.accountId) || !wasSponsor(contact)) return [];
    const daysAgo = daysBetween(contact.leftAt, now);
    if (daysAgo < 0 || daysAgo > params.lookbackDays) return [];
    return [
      candidate("SPONSOR_LOST", contact.accountId, contact.id, {
        contactName: contact.name,
        buyingRole: contact.buyingRole,
        attitude: contact.attitude,
        leftAt: utcDayString(contact.leftAt),
        newEmployer: contact.newEmployer,
        daysAgo,
        lookbackDays: params.lookbackDays,
      }),
    ];
  });
};

/**
 * The current health score against the oldest reading of the last `windowDays` days (today excluded): a fall of
 * `points` or more raises the alert. Accounts with no score, or no earlier reading, are left out.
 */
export const healthDrop: Rule<"HEALTH_DROP"> = ({ data, accounts, params, now }) => {
  const inScope = new Set(accounts.map((account) => account.id));
  const today = utcDay(now);
  return (data.health ?? []).flatMap((health) => {
    if (!inScope.has(health.accountId) || health.score === null) return [];
    let earliest: { day: number; score: number } | null = null;
    for (const reading of health.readings) {
      const day = utcDay(reading.day);
      if (reading.score === null || day >= today || day < today - params.windowDays) continue;
      if (!earliest || day < earliest.day) earliest = { day, score: reading.score };
    }
    if (!earliest) return [];
    const drop = earliest.score - health.score;
    if (drop < params.points) return [];
    return [
      candidate("HEALTH_DROP", health.accountId, null, {
        score: health.score,
        previousScore: earliest.score,
        drop,
        points: params.points,
        windowDays: params.windowDays,
        since: utcDayString(dateOfDay(earliest.day)),
      }),
    ];
  });
};
