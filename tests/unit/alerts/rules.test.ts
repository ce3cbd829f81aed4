import { describe, expect, it } from "vitest";
import {
  DEFAULT_ALERT_RULES,
  evaluateAlertRules,
  isRegression,
  openKeyOf,
  type AccountHistory,
  type AlertContact,
  type AlertDataSet,
  type AlertPlanTask,
} from "@/lib/alerts";
import { EngineError } from "@/lib/domain";
import { account, ago, dayAgo, NOW, only } from "./fixtures";

const histories = (entries: Record<string, Partial<AccountHistory>>) =>
  new Map(Object.entries(entries).map(([id, h]) => [id, { orders: [], activityDates: [ago(1)], complaints: [], ...h }]));

/** A steady buyer: an order every 10 days for two years, then silence for `silentDays`. */
function steadyOrders(silentDays: number, amount = 1000) {
  const orders = [];
  for (let d = silentDays; d < 730; d += 10) orders.push({ date: dayAgo(d), amount });
  return orders;
}

describe("CHURN_RISK_HIGH", () => {
  const data = (h: Partial<AccountHistory>): AlertDataSet => ({ accounts: [account()], histories: histories({ "acc-1": h }) });

  it.each([
    // OVERDUE (35) + NO_CONTACT (15) = 50: below 60.
    { name: "overdue and no contact, 50", history: { orders: steadyOrders(40), activityDates: [] }, threshold: 60, fires: false },
    { name: "same, threshold 50", history: { orders: steadyOrders(40), activityDates: [] }, threshold: 50, fires: true },
    // OVERDUE 35 + DECLINING 30 (nothing in the last 180 days) = 65.
    { name: "overdue and declining, 65", history: { orders: steadyOrders(200) }, threshold: 60, fires: true },
    { name: "quiet, contacted account", history: { orders: steadyOrders(0) }, threshold: 1, fires: false },
  ])("$name → fires: $fires", ({ history, threshold, fires }) => {
    const found = evaluateAlertRules(data(history), only("CHURN_RISK_HIGH", { threshold }), NOW);
    expect(found.length).toBe(fires ? 1 : 0);
  });

  it("names the score, the threshold and the churn flags as evidence", () => {
    const [alert] = evaluateAlertRules(data({ orders: steadyOrders(200) }), only("CHURN_RISK_HIGH"), NOW);
    expect(alert).toMatchObject({
      kind: "CHURN_RISK_HIGH",
      accountId: "acc-1",
      subjectId: null,
      evidence: { riskScore: 65, riskLevel: "HIGH", threshold: 60 },
    });
    if (alert.kind !== "CHURN_RISK_HIGH") throw new Error("kind");
    expect(alert.evidence.flags.map((f) => f.code)).toEqual(["OVERDUE", "DECLINING"]);
    expect(openKeyOf(alert)).toBe("CHURN_RISK_HIGH:acc-1:");
  });
});

describe("CHURN_RISK_RISE", () => {
  it("fires when the score rose by the points within the window, against the score then", () => {
    // 30 days ago the account was still ordering; since then it is overdue (35) and nobody called (NO_CONTACT 15).
    const data: AlertDataSet = { accounts: [account()], histories: histories({ "acc-1": { orders: steadyOrders(50), activityDates: [ago(95)] } }) };
    const [alert] = evaluateAlertRules(data, only("CHURN_RISK_RISE", { points: 25, windowDays: 30 }), NOW);
    expect(alert).toMatchObject({
      kind: "CHURN_RISK_RISE",
      evidence: { riskScore: 50, previousScore: 0, rise: 50, points: 25, windowDays: 30, since: "2026-02-14", newFlags: ["OVERDUE", "NO_CONTACT"] },
    });
  });

  it("stays quiet when the score was already as high a window ago", () => {
    const data: AlertDataSet = { accounts: [account()], histories: histories({ "acc-1": { orders: steadyOrders(400), activityDates: [] } }) };
    expect(evaluateAlertRules(data, only("CHURN_RISK_RISE", { points: 10 }), NOW)).toEqual([]);
  });

  it("counts a rise exactly at the points, not below", () => {
    // Only NO_CONTACT is new: 15 points.
    const data: AlertDataSet = { accounts: [account()], histories: histories({ "acc-1": { orders: steadyOrders(0), activityDates: [ago(100)] } }) };
    expect(evaluateAlertRules(data, only("CHURN_RISK_RISE", { points: 15 }), NOW)).toHaveLength(1);
    expect(evaluateAlertRules(data, only("CHURN_RISK_RISE", { points: 16 }), NOW)).toHaveLength(0);
  });
});

describe("STAGE_REGRESSION", () => {
  const change = (over: Partial<NonNullable<AlertDataSet["stageChanges"]>[number]>) => ({
    id: "st-1", accountId: "acc-1", fromStage: "INTERDEPENDENT" as const, toStage: "COOPERATIVE" as const, at: ago(3), reasons: [], ...over,
  });

  it.each([
    { from: "INTERDEPENDENT", to: "COOPERATIVE", uncoupling: true, expected: true },
    { from: "BASIC", to: "COOPERATIVE", uncoupling: true, expected: false },
    { from: "BASIC", to: "DISINTEGRATING", uncoupling: true, expected: true },
    { from: "BASIC", to: "DISINTEGRATING", uncoupling: false, expected: false },
    { from: "DISINTEGRATING", to: "EXPLORATORY", uncoupling: true, expected: false },
    { from: "COOPERATIVE", to: "COOPERATIVE", uncoupling: true, expected: false },
  ] as const)("$from → $to (uncoupling counts: $uncoupling) is a regression: $expected", ({ from, to, uncoupling, expected }) => {
    expect(isRegression(from, to, uncoupling)).toBe(expected);
  });

  it("fires on the latest move within the look-back, with the move as subject and its reasons", () => {
    const data: AlertDataSet = {
      accounts: [account({ stage: "DISINTEGRATING" })],
      stageChanges: [change({ id: "st-old", at: ago(20) }), change({ id: "st-new", fromStage: "COOPERATIVE", toStage: "DISINTEGRATING", at: ago(2), reasons: ["QUALITY_PROBLEMS"] })],
    };
    const [alert] = evaluateAlertRules(data, only("STAGE_REGRESSION"), NOW);
    expect(alert).toMatchObject({
      subjectId: "st-new",
      evidence: { fromStage: "COOPERATIVE", toStage: "DISINTEGRATING", uncoupling: true, movedAt: "2026-03-14", daysAgo: 2, reasons: ["QUALITY_PROBLEMS"] },
    });
  });

  it("clears once the account moved up again or the move aged out of the window", () => {
    const movedUp: AlertDataSet = {
      accounts: [account({ stage: "INTERDEPENDENT" })],
      stageChanges: [change({ at: ago(5) }), change({ id: "st-2", fromStage: "COOPERATIVE", toStage: "INTERDEPENDENT", at: ago(1) })],
    };
    expect(evaluateAlertRules(movedUp, only("STAGE_REGRESSION"), NOW)).toEqual([]);
    const old: AlertDataSet = { accounts: [account()], stageChanges: [change({ at: ago(30) })] };
    expect(evaluateAlertRules(old, only("STAGE_REGRESSION", { lookbackDays: 30 }), NOW)).toEqual([]);
    expect(evaluateAlertRules(old, only("STAGE_REGRESSION", { lookbackDays: 31 }), NOW)).toHaveLength(1);
  });
});

describe("SINGLE_THREADED", () => {
  const contact = (id: string, level: AlertContact["level"], fn = "PURCHASING"): AlertContact => ({
    id, accountId: "acc-1", name: id, level, function: fn, buyingRole: null, createdAt: ago(400), lastTouchedAt: null,
  });
  const data = (stage: AlertDataSet["accounts"][number]["stage"], coverage: { contactId: string; userId: string }[]): AlertDataSet => ({
    accounts: [account({ stage })],
    contacts: [contact("c1", "MANAGER"), contact("c2", "DIRECTOR", "FINANCE")],
    coverage,
  });
  const one = [{ contactId: "c1", userId: "u1" }];
  const diamond = [{ contactId: "c1", userId: "u1" }, { contactId: "c2", userId: "u2" }];
  const bowTie = [{ contactId: "c1", userId: "u1" }, { contactId: "c2", userId: "u1" }];

  it.each([
    { stage: "COOPERATIVE", lines: one, required: "DIAMOND", fires: true, pattern: "SINGLE_THREADED" },
    { stage: "INTEGRATED", lines: [], required: "DIAMOND", fires: true, pattern: "NONE" },
    { stage: "COOPERATIVE", lines: bowTie, required: "DIAMOND", fires: true, pattern: "BOW_TIE" },
    { stage: "COOPERATIVE", lines: bowTie, required: "BOW_TIE", fires: false, pattern: "BOW_TIE" },
    { stage: "COOPERATIVE", lines: diamond, required: "DIAMOND", fires: false, pattern: "DIAMOND" },
    { stage: "BASIC", lines: one, required: "DIAMOND", fires: false, pattern: "SINGLE_THREADED" },
  ] as const)("$stage with $pattern, required $required → fires: $fires", ({ stage, lines, required, fires, pattern }) => {
    const found = evaluateAlertRules(data(stage, [...lines]), only("SINGLE_THREADED", { requiredPattern: required }), NOW);
    expect(found).toHaveLength(fires ? 1 : 0);
    if (fires) expect(found[0].evidence).toMatchObject({ stage, pattern, requiredPattern: required, totalContacts: 2 });
  });

  it("looks only at key accounts by default", () => {
    const plain: AlertDataSet = { ...data("COOPERATIVE", one), accounts: [account({ isKeyAccount: false })] };
    expect(evaluateAlertRules(plain, { SINGLE_THREADED: DEFAULT_ALERT_RULES.SINGLE_THREADED }, NOW)).toEqual([]);
    expect(evaluateAlertRules(plain, only("SINGLE_THREADED", { keyAccountsOnly: false }), NOW)).toHaveLength(1);
  });
});

describe("STALE_ASSESSMENT", () => {
  it.each([
    { age: 90, fires: false },
    { age: 91, fires: true },
  ])("latest assessment $age days old, max 90 → fires: $fires", ({ age, fires }) => {
    const data: AlertDataSet = {
      accounts: [account()],
      assessments: [{ id: "as-old", accountId: "acc-1", assessedAt: ago(400) }, { id: "as-new", accountId: "acc-1", assessedAt: ago(age) }],
    };
    const found = evaluateAlertRules(data, only("STALE_ASSESSMENT", { maxAgeDays: 90 }), NOW);
    expect(found).toHaveLength(fires ? 1 : 0);
    if (fires) expect(found[0]).toMatchObject({ subjectId: "as-new", evidence: { ageDays: age, maxAgeDays: 90 } });
  });

  it("says nothing about accounts never assessed", () => {
    expect(evaluateAlertRules({ accounts: [account()], assessments: [] }, only("STALE_ASSESSMENT"), NOW)).toEqual([]);
  });
});

describe("PLAN_TASK_OVERDUE", () => {
  const task = (over: Partial<AlertPlanTask> = {}): AlertPlanTask => ({
    id: "task-1", accountId: "acc-1", title: "Meet the CFO", ownerId: "usr-task", dueDate: dayAgo(1), status: "OPEN", snoozedUntil: null, ...over,
  });
  const run = (t: AlertPlanTask, graceDays = 0) => evaluateAlertRules({ accounts: [account()], tasks: [t] }, only("PLAN_TASK_OVERDUE", { graceDays }), NOW);

  it.each([
    { name: "due yesterday", t: task(), fires: true },
    { name: "due today", t: task({ dueDate: dayAgo(0) }), fires: false },
    { name: "no due day", t: task({ dueDate: null }), fires: false },
    { name: "in progress", t: task({ status: "IN_PROGRESS" }), fires: true },
    { name: "done", t: task({ status: "DONE" }), fires: false },
    { name: "cancelled", t: task({ status: "CANCELLED" }), fires: false },
    { name: "snoozed until tomorrow", t: task({ snoozedUntil: dayAgo(-1) }), fires: false },
    { name: "snoozed until today (back today)", t: task({ snoozedUntil: dayAgo(0) }), fires: true },
  ])("$name → fires: $fires", ({ t, fires }) => {
    expect(run(t)).toHaveLength(fires ? 1 : 0);
  });

  it("waits for the grace days and tells the task's owner too", () => {
    expect(run(task({ dueDate: dayAgo(2) }), 2)).toEqual([]);
    const [alert] = run(task({ dueDate: dayAgo(3) }), 2);
    expect(alert).toEqual({
      kind: "PLAN_TASK_OVERDUE",
      accountId: "acc-1",
      subjectId: "task-1",
      evidence: { title: "Meet the CFO", dueDate: "2026-03-13", daysOverdue: 3, graceDays: 2, ownerId: "usr-task", status: "OPEN" },
      alsoNotify: ["usr-task"],
    });
  });
});

describe("KEY_CONTACT_UNTOUCHED", () => {
  const contact = (over: Partial<AlertContact>): AlertContact => ({
    id: "ct-1", accountId: "acc-1", name: "Li Wei", level: "BOARD", function: "MANAGEMENT", buyingRole: null, createdAt: ago(500), lastTouchedAt: ago(100), ...over,
  });
  const run = (c: AlertContact) => evaluateAlertRules({ accounts: [account()], contacts: [c] }, only("KEY_CONTACT_UNTOUCHED"), NOW);

  it.each([
    { name: "board member, 100 days", c: contact({}), fires: true },
    { name: "board member, 89 days", c: contact({ lastTouchedAt: ago(89) }), fires: false },
    { name: "board member, exactly 90 days", c: contact({ lastTouchedAt: ago(90) }), fires: true },
    { name: "manager, no buying role", c: contact({ level: "MANAGER" }), fires: false },
    { name: "manager who decides", c: contact({ level: "MANAGER", buyingRole: "DECISION_MAKER" }), fires: true },
    { name: "never touched, added long ago", c: contact({ lastTouchedAt: null }), fires: true },
    { name: "never touched, added last week", c: contact({ lastTouchedAt: null, createdAt: ago(7) }), fires: false },
  ])("$name → fires: $fires", ({ c, fires }) => {
    expect(run(c)).toHaveLength(fires ? 1 : 0);
  });

  it("names the contact and the last touch", () => {
    expect(run(contact({}))[0]).toMatchObject({
      subjectId: "ct-1",
      evidence: { contactName: "Li Wei", level: "BOARD", buyingRole: null, lastTouchedAt: "2025-12-06", daysSince: 100, maxDays: 90 },
    });
  });
});

describe("REVENUE_DROP", () => {
  const run = (orders: { date: Date; amount: number }[], params = {}) =>
    evaluateAlertRules({ accounts: [account()], histories: histories({ "acc-1": { orders } }) }, only("REVENUE_DROP", params), NOW);

  it.each([
    { name: "69 % of last year", recent: 690, previous: 1000, fires: true },
    { name: "exactly 70 %", recent: 700, previous: 1000, fires: false },
    { name: "grew", recent: 1500, previous: 1000, fires: false },
    { name: "nothing a year ago", recent: 0, previous: 0, fires: false },
    { name: "nothing now", recent: 0, previous: 1000, fires: true },
  ])("$name → fires: $fires", ({ recent, previous, fires }) => {
    const orders = [
      ...(recent ? [{ date: dayAgo(10), amount: recent }] : []),
      ...(previous ? [{ date: dayAgo(375), amount: previous }] : []),
    ];
    expect(run(orders)).toHaveLength(fires ? 1 : 0);
  });

  it("uses the same days a year earlier, names both windows and ignores orders outside them", () => {
    const orders = [
      { date: dayAgo(0), amount: 100 }, // first day of the recent window
      { date: dayAgo(90), amount: 5000 }, // just before it
      { date: dayAgo(365), amount: 200 }, // last day of the previous window
      { date: dayAgo(454), amount: 300 }, // first day of the previous window
      { date: dayAgo(455), amount: 9000 }, // before it
      { date: dayAgo(-3), amount: 9000 }, // in the future
    ];
    expect(run(orders)[0].evidence).toEqual({
      recentRevenue: 100,
      previousRevenue: 500,
      ratio: 0.2,
      thresholdPercent: 70,
      windowDays: 90,
      recentFrom: "2025-12-17",
      recentTo: "2026-03-16",
      previousFrom: "2024-12-17",
      previousTo: "2025-03-16",
    });
  });

  it("needs more than the minimum revenue a year earlier", () => {
    const orders = [{ date: dayAgo(400), amount: 500 }];
    expect(run(orders, { minPreviousRevenue: 500 })).toEqual([]);
    expect(run(orders, { minPreviousRevenue: 499 })).toHaveLength(1);
  });
});

describe("evaluateAlertRules", () => {
  it("runs only enabled rules and rejects an account given twice", () => {
    const data: AlertDataSet = { accounts: [account()], assessments: [{ id: "a", accountId: "acc-1", assessedAt: ago(200) }] };
    expect(evaluateAlertRules(data, { STALE_ASSESSMENT: { ...DEFAULT_ALERT_RULES.STALE_ASSESSMENT, enabled: false } }, NOW)).toEqual([]);
    expect(evaluateAlertRules(data, {}, NOW)).toEqual([]);
    expect(() => evaluateAlertRules({ accounts: [account(), account()] }, {}, NOW)).toThrow(EngineError);
  });

  it("gives no alert for data of accounts that are not in the data set (archived)", () => {
    const data: AlertDataSet = {
      accounts: [],
      tasks: [{ id: "t", accountId: "gone", title: "x", ownerId: null, dueDate: dayAgo(5), status: "OPEN", snoozedUntil: null }],
    };
    expect(evaluateAlertRules(data, only("PLAN_TASK_OVERDUE"), NOW)).toEqual([]);
  });
});
