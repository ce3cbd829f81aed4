import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateAlertRules, type AlertDeparture, type AlertHealth } from "@/lib/alerts";
import { account, dayAgo, NOW, only } from "./fixtures";

const departure = (overrides: Partial<AlertDeparture> = {}): AlertDeparture => ({
  id: "con-1",
  accountId: "acc-1",
  name: "Zhang Min",
  buyingRole: "DECISION_MAKER",
  attitude: "NEUTRAL",
  leftAt: dayAgo(5),
  newEmployer: null,
  ...overrides,
});

describe("SPONSOR_LOST", () => {
  const run = (departures: AlertDeparture[], params = {}) =>
    evaluateAlertRules({ accounts: [account({ isKeyAccount: false })], departures }, only("SPONSOR_LOST", params), NOW);

  it.each([
    { name: "a decision maker", buyingRole: "DECISION_MAKER" as const, attitude: "NEUTRAL" as const, fires: true },
    { name: "a supporter", buyingRole: "USER" as const, attitude: "SUPPORTER" as const, fires: true },
    { name: "an opponent decision maker", buyingRole: "DECISION_MAKER" as const, attitude: "OPPONENT" as const, fires: true },
    { name: "a neutral purchaser", buyingRole: "PURCHASER" as const, attitude: "NEUTRAL" as const, fires: false },
    { name: "a neutral contact with no role", buyingRole: null, attitude: "NEUTRAL" as const, fires: false },
  ])("$name leaving → fires: $fires", ({ buyingRole, attitude, fires }) => {
    expect(run([departure({ buyingRole, attitude })])).toHaveLength(fires ? 1 : 0);
  });

  it("looks back the given days, including the boundary day, and waits for departures dated in the future", () => {
    expect(run([departure({ leftAt: dayAgo(30) })])).toHaveLength(1);
    expect(run([departure({ leftAt: dayAgo(31) })])).toHaveLength(0);
    expect(run([departure({ leftAt: dayAgo(-2) })])).toHaveLength(0);
    expect(run([departure({ leftAt: dayAgo(40) })], { lookbackDays: 60 })).toHaveLength(1);
  });

  it("has the contact as subject and names the departure as evidence", () => {
    const [alert] = run([departure({ newEmployer: "Acme Rival", attitude: "SUPPORTER" })]);
    expect(alert).toMatchObject({
      kind: "SPONSOR_LOST",
      accountId: "acc-1",
      subjectId: "con-1",
      evidence: { contactName: "Zhang Min", buyingRole: "DECISION_MAKER", attitude: "SUPPORTER", leftAt: "2026-03-11", newEmployer: "Acme Rival", daysAgo: 5, lookbackDays: 30 },
    });
  });

  it("stays within its scope: key accounts only when asked, and only accounts in the data set", () => {
    const data = { accounts: [account({ isKeyAccount: false })], departures: [departure(), departure({ id: "con-2", accountId: "acc-archived" })] };
    expect(evaluateAlertRules(data, only("SPONSOR_LOST", { keyAccountsOnly: true }), NOW)).toHaveLength(0);
    expect(evaluateAlertRules(data, only("SPONSOR_LOST"), NOW).map((a) => a.subjectId)).toEqual(["con-1"]);
  });
});

describe("HEALTH_DROP", () => {
  const health = (score: number | null, readings: [daysAgo: number, score: number | null][]): AlertHealth => ({
    accountId: "acc-1",
    score,
    readings: readings.map(([n, s]) => ({ day: dayAgo(n), score: s })),
  });
  const run = (h: AlertHealth, params = {}) => evaluateAlertRules({ accounts: [account()], health: [h] }, only("HEALTH_DROP", params), NOW);

  it.each([
    { name: "fell 20 points", now: 50, then: 70, fires: true },
    { name: "fell exactly the points", now: 55, then: 70, fires: true },
    { name: "fell one point less", now: 56, then: 70, fires: false },
    { name: "rose", now: 80, then: 70, fires: false },
  ])("$name → fires: $fires", ({ now, then, fires }) => {
    expect(run(health(now, [[30, then]]))).toHaveLength(fires ? 1 : 0);
  });

  it("compares with the oldest reading within the window, ignoring today's and older ones", () => {
    const h = health(50, [[45, 95], [20, 70], [10, 60], [0, 10]]);
    const [alert] = run(h);
    expect(alert.evidence).toEqual({ score: 50, previousScore: 70, drop: 20, points: 15, windowDays: 30, since: "2026-02-24" });
    expect(run(h, { windowDays: 15 })).toHaveLength(0);
  });

  it("says nothing without a current score or an earlier reading (missing data is not a drop)", () => {
    expect(run(health(null, [[10, 90]]))).toHaveLength(0);
    expect(run(health(20, []))).toHaveLength(0);
    expect(run(health(20, [[10, null]]))).toHaveLength(0);
  });

  it("fires exactly when the oldest reading in the window exceeds the score by the points", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.tuple(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 100 })), { maxLength: 8 }),
        fc.integer({ min: 1, max: 100 }),
        (score, readings, points) => {
          const byDay = new Map(readings);
          const oldest = Math.max(...byDay.keys());
          const expected = byDay.size > 0 && byDay.get(oldest)! - score >= points;
          expect(run(health(score, [...byDay.entries()]), { points })).toHaveLength(expected ? 1 : 0);
        },
      ),
    );
  });
});
