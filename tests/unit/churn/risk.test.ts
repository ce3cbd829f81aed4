import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { riskLevel, riskScore, type ChurnFlag } from "@/lib/churn";
import { EngineError } from "@/lib/domain";

const overdue: ChurnFlag = {
  code: "OVERDUE",
  evidence: { daysSinceLastOrder: 90, medianIntervalDays: 30, thresholdDays: 60, orderDays: 4 },
};
const declining: ChurnFlag = {
  code: "DECLINING",
  evidence: { recentRevenue: 10, previousRevenue: 100, ratio: 0.1 },
};
const noContact: ChurnFlag = { code: "NO_CONTACT", evidence: { daysSinceLastActivity: null } };
const complaints = (points: number): ChurnFlag => ({
  code: "OPEN_COMPLAINTS",
  evidence: { open: 1, high: 0, medium: 1, low: 0, oldestOpenDays: 3, points },
});

describe("riskScore", () => {
  it.each<[string, ChurnFlag[], number]>([
    ["no flag", [], 0],
    ["overdue", [overdue], 35],
    ["declining", [declining], 30],
    ["no contact", [noContact], 15],
    ["one low complaint", [complaints(5)], 5],
    ["complaints at their cap", [complaints(20)], 20],
    ["overdue + declining", [overdue, declining], 65],
    ["everything", [overdue, declining, noContact, complaints(20)], 100],
  ])("%s → %s", (_name, flags, score) => expect(riskScore(flags)).toBe(score));

  it("never exceeds 100", () => {
    expect(riskScore([overdue, overdue, declining, noContact, complaints(20)])).toBe(100);
  });
});

describe("riskLevel", () => {
  it.each([
    [0, "LOW"],
    [29, "LOW"],
    [29.9, "LOW"],
    [30, "MEDIUM"],
    [59, "MEDIUM"],
    [60, "HIGH"],
    [100, "HIGH"],
  ] as const)("%s → %s", (score, level) => expect(riskLevel(score)).toBe(level));

  it("rejects a non-finite score", () => {
    expect(() => riskLevel(Number.NaN)).toThrow(EngineError);
  });

  it("is monotone in the score", () => {
    const order = { LOW: 0, MEDIUM: 1, HIGH: 2 };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(order[riskLevel(lo)]).toBeLessThanOrEqual(order[riskLevel(hi)]);
      }),
    );
  });
});
