import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { forecastByMonth, lastYearMonths, monthsFrom, OPPORTUNITY_STAGES, weightedPipeline, yearBefore, type PipelineOpportunity } from "@/lib/pipeline";

const now = new Date("2026-11-30T12:00:00Z");
const opp = (value: number, probability: number, stage: PipelineOpportunity["stage"], close: string): PipelineOpportunity => ({
  value, probability, stage, expectedClose: new Date(`${close}T00:00:00Z`),
});

describe("weighted pipeline", () => {
  it("weights open stages only, keeping won value apart", () => {
    expect(weightedPipeline([opp(1000, 50, "QUALIFY", "2026-12-10"), opp(200, 10, "NEGOTIATE", "2027-01-01"), opp(500, 100, "WON", "2026-11-01"), opp(900, 80, "LOST", "2026-12-01")])).toEqual({
      openCount: 2, openValue: 1200, weighted: 520, wonValue: 500,
    });
    expect(weightedPipeline([])).toEqual({ openCount: 0, openValue: 0, weighted: 0, wonValue: 0 });
  });
});

describe("forecast by month", () => {
  it("covers the next 12 months from now's month, with last year's revenue of the same month", () => {
    expect(monthsFrom(now)).toEqual(["2026-11", "2026-12", "2027-01", "2027-02", "2027-03", "2027-04", "2027-05", "2027-06", "2027-07", "2027-08", "2027-09", "2027-10"]);
    expect(yearBefore("2027-01")).toBe("2026-01");
    const rows = forecastByMonth(
      [opp(1000, 50, "QUALIFY", "2026-12-10"), opp(400, 30, "WON", "2026-12-31"), opp(900, 80, "LOST", "2026-12-01"), opp(100, 90, "PROPOSE", "2027-11-01"), opp(100, 90, "PROPOSE", "2026-10-31")],
      new Map([["2025-12", 777], ["2026-01", 5]]),
      now,
    );
    expect(rows).toHaveLength(12);
    expect(rows[1]).toEqual({ month: "2026-12", forecast: 900, won: 400, lastYear: 777 });
    expect(rows[2]).toEqual({ month: "2027-01", forecast: 0, won: 0, lastYear: 5 });
    expect(rows.reduce((s, r) => s + r.forecast, 0)).toBe(900);
  });

  it("totals the in-window opportunities: open weighted, won in full, lost never", () => {
    const arb = fc.record({
      value: fc.integer({ min: 0, max: 1_000_000 }),
      probability: fc.integer({ min: 0, max: 100 }),
      stage: fc.constantFrom(...OPPORTUNITY_STAGES),
      expectedClose: fc.date({ min: new Date("2025-01-01T00:00:00Z"), max: new Date("2028-12-31T00:00:00Z"), noInvalidDate: true }),
    });
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 30 }), (opps) => {
        const rows = forecastByMonth(opps, new Map(), now);
        const months = new Set(rows.map((r) => r.month));
        const inWindow = opps.filter((o) => months.has(o.expectedClose.toISOString().slice(0, 7)));
        const expected = inWindow.reduce((s, o) => s + (o.stage === "WON" ? o.value : o.stage === "LOST" ? 0 : (o.value * o.probability) / 100), 0);
        expect(rows.reduce((s, r) => s + r.forecast, 0)).toBeCloseTo(expected);
        for (const row of rows) expect(row.won).toBeLessThanOrEqual(row.forecast + 1e-9);
        expect(weightedPipeline(opps).weighted).toBeLessThanOrEqual(weightedPipeline(opps).openValue + 1e-9);
      }),
    );
  });
});

describe("last year's months", () => {
  it("are the 12 months before now's month, across a year's turn, with their first days", () => {
    const { months, starts, end } = lastYearMonths(new Date("2026-01-31T23:59:59Z"));
    expect(months).toEqual(["2025-01", "2025-02", "2025-03", "2025-04", "2025-05", "2025-06", "2025-07", "2025-08", "2025-09", "2025-10", "2025-11", "2025-12"]);
    expect([starts[0], starts[11], end].map((d) => d.toISOString())).toEqual(["2025-01-01T00:00:00.000Z", "2025-12-01T00:00:00.000Z", "2026-01-01T00:00:00.000Z"]);
  });

  it("are the forecast's months a year earlier, each starting where the one before ends", () => {
    fc.assert(
      fc.property(fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T23:59:59Z"), noInvalidDate: true }), (now) => {
        const { months, starts, end } = lastYearMonths(now);
        expect(months).toEqual(monthsFrom(now, 12).map(yearBefore));
        const bounds = [...starts, end];
        for (let i = 0; i < 12; i++) {
          expect(bounds[i].getTime()).toBeLessThan(bounds[i + 1].getTime());
          expect(bounds[i + 1].getUTCDate()).toBe(1);
        }
        expect(end.getTime()).toBeLessThanOrEqual(now.getTime());
        expect(now.getTime() - end.getTime()).toBeLessThan(31 * 86_400_000);
      }),
    );
  });
});
