import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, DAY_MS, splitIntoMonths, utcDay } from "@/lib/dates";
import { EngineError } from "@/lib/domain";

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const iso = (date: Date) => date.toISOString().slice(0, 10);
const shown = (split: ReturnType<typeof splitIntoMonths>) => ({
  months: split.months && [iso(split.months.from), iso(split.months.until)],
  days: split.days.map((r) => [iso(r.from), iso(r.to)]),
});

describe("splitIntoMonths", () => {
  it("splits a 365-day window into whole months and the loose days at both ends", () => {
    expect(shown(splitIntoMonths({ from: d("2025-12-01"), to: d("2026-11-30") }))).toEqual({ months: ["2025-12-01", "2026-12-01"], days: [] });
    expect(shown(splitIntoMonths({ from: d("2025-11-16"), to: d("2026-11-15") }))).toEqual({
      months: ["2025-12-01", "2026-11-01"],
      days: [["2025-11-16", "2025-11-30"], ["2026-11-01", "2026-11-15"]],
    });
    // Leap day, and a window that starts on the 1st but ends mid-month.
    expect(shown(splitIntoMonths({ from: d("2024-02-01"), to: d("2024-03-10") }))).toEqual({ months: ["2024-02-01", "2024-03-01"], days: [["2024-03-01", "2024-03-10"]] });
  });

  it("keeps a run with no whole month in it as days, a single day included", () => {
    expect(shown(splitIntoMonths({ from: d("2026-01-02"), to: d("2026-02-27") }))).toEqual({ months: null, days: [["2026-01-02", "2026-02-27"]] });
    expect(shown(splitIntoMonths({ from: d("2026-03-01"), to: d("2026-03-01") }))).toEqual({ months: null, days: [["2026-03-01", "2026-03-01"]] });
  });

  it("ignores the time of day and refuses a run that ends before it starts", () => {
    expect(shown(splitIntoMonths({ from: new Date("2026-04-01T23:00:00Z"), to: new Date("2026-04-30T01:00:00Z") }))).toEqual({ months: ["2026-04-01", "2026-05-01"], days: [] });
    expect(() => splitIntoMonths({ from: d("2026-04-02"), to: d("2026-04-01") })).toThrow(EngineError);
  });

  it("properties: covers every day of the run exactly once, with whole months and loose runs under a month", () => {
    const day = fc.integer({ min: utcDay(d("1990-01-01")), max: utcDay(d("2060-01-01")) });
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), (start, length) => {
        const from = new Date(start * DAY_MS);
        const to = addDays(from, length);
        const split = splitIntoMonths({ from, to });
        const covered: number[] = [];
        for (const run of split.days) {
          expect(utcDay(run.to) - utcDay(run.from)).toBeLessThan(31 + 31);
          for (let x = utcDay(run.from); x <= utcDay(run.to); x++) covered.push(x);
        }
        if (split.months) {
          expect(split.months.from.getUTCDate()).toBe(1);
          expect(split.months.until.getUTCDate()).toBe(1);
          for (let x = utcDay(split.months.from); x < utcDay(split.months.until); x++) covered.push(x);
        }
        covered.sort((a, b) => a - b);
        expect(covered).toEqual(Array.from({ length: length + 1 }, (_, i) => start + i));
      }),
    );
  });
});
