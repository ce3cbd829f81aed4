import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessObjective, objectiveProgress, riskExposure, sortRisks, timeElapsed, type RiskLevelKey } from "@/lib/objectives";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("objectiveProgress", () => {
  it("is current over target, clamped to 0–1", () => {
    expect(objectiveProgress(250, 1000)).toBe(0.25);
    expect(objectiveProgress(1500, 1000)).toBe(1);
    expect(objectiveProgress(-5, 1000)).toBe(0);
  });
  it("handles a target of 0 without dividing by it", () => {
    expect(objectiveProgress(0, 0)).toBe(1);
    expect(objectiveProgress(3, 0)).toBe(1);
    expect(objectiveProgress(-1, 0)).toBe(0);
  });
  it("is null without a target or a current value", () => {
    expect(objectiveProgress(null, 10)).toBeNull();
    expect(objectiveProgress(10, null)).toBeNull();
    expect(objectiveProgress(Number.NaN, 10)).toBeNull();
  });
  it("always lies in 0–1 and grows with the current value", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: -1e9, max: 1e9, noNaN: true }), fc.double({ min: 0, max: 1e9, noNaN: true }), (a, b, target) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        const p = objectiveProgress(low, target)!;
        const q = objectiveProgress(high, target)!;
        expect(p).toBeGreaterThanOrEqual(0);
        expect(q).toBeLessThanOrEqual(1);
        expect(q).toBeGreaterThanOrEqual(p);
      }),
    );
  });
});

describe("timeElapsed", () => {
  it("counts whole days from start to due", () => {
    expect(timeElapsed(day("2026-01-01"), day("2026-01-11"), new Date("2026-01-06T15:00:00Z"))).toBe(0.5);
    expect(timeElapsed(day("2026-01-01"), day("2026-01-11"), day("2025-12-01"))).toBe(0);
    expect(timeElapsed(day("2026-01-01"), day("2026-01-11"), day("2026-03-01"))).toBe(1);
  });
  it("is null without a due date, and all elapsed on the day when due is not after start", () => {
    expect(timeElapsed(day("2026-01-01"), null, day("2026-01-05"))).toBeNull();
    expect(timeElapsed(day("2026-01-05"), day("2026-01-01"), day("2026-01-01"))).toBe(1);
    expect(timeElapsed(day("2026-01-05"), day("2026-01-05"), day("2026-01-04"))).toBe(0);
  });
  it("never leaves 0–1 and never goes back as time passes", () => {
    const date = fc.integer({ min: 0, max: 20_000 }).map((n) => new Date(n * 86_400_000));
    fc.assert(
      fc.property(date, date, date, date, (start, due, a, b) => {
        const [early, late] = a <= b ? [a, b] : [b, a];
        const x = timeElapsed(start, due, early)!;
        const y = timeElapsed(start, due, late)!;
        expect(x).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(1);
        expect(y).toBeGreaterThanOrEqual(x);
      }),
    );
  });
});

describe("assessObjective", () => {
  const base = { start: day("2026-01-01"), dueDate: day("2026-12-31") };
  const mid = day("2026-07-02");
  it("labels achieved, on track, behind, overdue and not measured", () => {
    expect(assessObjective({ ...base, current: 100, target: 100 }, mid).status).toBe("ACHIEVED");
    expect(assessObjective({ ...base, current: 60, target: 100 }, mid).status).toBe("ON_TRACK");
    expect(assessObjective({ ...base, current: 30, target: 100 }, mid).status).toBe("BEHIND");
    expect(assessObjective({ ...base, current: 99, target: 100 }, day("2027-01-01")).status).toBe("OVERDUE");
    expect(assessObjective({ ...base, current: 99, target: 100 }, day("2026-12-31")).status).toBe("BEHIND");
    expect(assessObjective({ ...base, current: null, target: 100 }, mid).status).toBe("NOT_MEASURED");
    expect(assessObjective({ ...base, current: 5, target: null }, mid).status).toBe("NOT_MEASURED");
  });
  it("is on track without a due date unless achieved", () => {
    expect(assessObjective({ start: base.start, dueDate: null, current: 1, target: 100 }, mid)).toEqual({ progress: 0.01, elapsed: null, status: "ON_TRACK" });
  });
  it("is achieved whenever progress reaches 1 and never achieved below it", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 800 }), (current, target, days) => {
        const result = assessObjective({ ...base, current, target }, new Date(base.start.getTime() + days * 86_400_000));
        expect(result.status === "ACHIEVED").toBe(current >= target);
        if (result.status === "BEHIND") expect(result.progress!).toBeLessThan(result.elapsed!);
      }),
    );
  });
});

describe("risks", () => {
  it("weighs severity × likelihood and sorts the highest exposure first, severity breaking ties", () => {
    expect(riskExposure("HIGH", "HIGH")).toBe(9);
    expect(riskExposure("LOW", "MEDIUM")).toBe(2);
    const risks = [
      { id: "a", severity: "LOW", likelihood: "HIGH" },
      { id: "b", severity: "HIGH", likelihood: "LOW" },
      { id: "c", severity: "MEDIUM", likelihood: "MEDIUM" },
      { id: "d", severity: "HIGH", likelihood: "HIGH" },
    ] as const;
    expect(sortRisks(risks).map((r) => r.id)).toEqual(["d", "c", "b", "a"]);
  });
  it("keeps every risk and orders by non-increasing exposure", () => {
    const level = fc.constantFrom<RiskLevelKey>("LOW", "MEDIUM", "HIGH");
    fc.assert(
      fc.property(fc.array(fc.record({ severity: level, likelihood: level })), (risks) => {
        const sorted = sortRisks(risks);
        expect(sorted).toHaveLength(risks.length);
        for (let i = 1; i < sorted.length; i++) {
          expect(riskExposure(sorted[i - 1].severity, sorted[i - 1].likelihood)).toBeGreaterThanOrEqual(riskExposure(sorted[i].severity, sorted[i].likelihood));
        }
      }),
    );
  });
});
