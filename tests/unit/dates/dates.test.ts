import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, DAY_MS, dateOfDay, daysBetween, instant, startOfUtcDay, utcDay, utcDayString } from "@/lib/dates";
import { EngineError } from "@/lib/domain";

const at = (iso: string) => new Date(iso);

describe("UTC day arithmetic", () => {
  it("a day is 86,400,000 ms", () => {
    expect(DAY_MS).toBe(24 * 60 * 60 * 1000);
  });

  it.each([
    ["1970-01-01T00:00:00Z", 0],
    ["1970-01-01T23:59:59.999Z", 0],
    ["1970-01-02T00:00:00Z", 1],
    ["1969-12-31T23:59:59Z", -1],
    ["2024-02-29T12:00:00Z", 19782],
    // A local offset does not matter: the instant is what counts.
    ["2024-03-01T01:00:00+08:00", 19782],
  ])("utcDay(%s) = %i", (iso, day) => {
    expect(utcDay(at(iso))).toBe(day);
  });

  it("dateOfDay is midnight UTC of the day number", () => {
    expect(dateOfDay(19782).toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(dateOfDay(0).getTime()).toBe(0);
  });

  it.each([
    ["2026-01-15T00:00:00Z", "2026-01-15T00:00:00.000Z"],
    ["2026-01-15T23:59:59.999Z", "2026-01-15T00:00:00.000Z"],
    ["2026-01-15T07:30:00+09:00", "2026-01-14T00:00:00.000Z"],
  ])("startOfUtcDay(%s) = %s", (iso, expected) => {
    expect(startOfUtcDay(at(iso)).toISOString()).toBe(expected);
  });

  it("addDays moves by whole days of 24 h, backwards too, keeping the time of day", () => {
    expect(addDays(at("2026-01-15T10:00:00Z"), 20).toISOString()).toBe("2026-02-04T10:00:00.000Z");
    expect(addDays(at("2026-01-15T10:00:00Z"), -15).toISOString()).toBe("2025-12-31T10:00:00.000Z");
    expect(addDays(at("2026-01-15T10:00:00Z"), 0).toISOString()).toBe("2026-01-15T10:00:00.000Z");
  });

  it("daysBetween counts calendar days, not 24-hour periods", () => {
    expect(daysBetween(at("2026-01-15T23:59:00Z"), at("2026-01-16T00:01:00Z"))).toBe(1);
    expect(daysBetween(at("2026-01-15T00:00:00Z"), at("2026-01-15T23:59:00Z"))).toBe(0);
    expect(daysBetween(at("2026-01-16T00:00:00Z"), at("2026-01-15T00:00:00Z"))).toBe(-1);
    expect(daysBetween(at("2024-01-01T00:00:00Z"), at("2025-01-01T00:00:00Z"))).toBe(366);
  });

  it("utcDayString is the UTC calendar day", () => {
    expect(utcDayString(at("2026-01-15T23:59:59Z"))).toBe("2026-01-15");
    expect(utcDayString(at("2026-01-16T05:00:00+08:00"))).toBe("2026-01-15");
  });

  it.each([
    ["instant", () => instant(new Date(Number.NaN))],
    ["utcDay", () => utcDay(new Date("nope"))],
    ["startOfUtcDay", () => startOfUtcDay(new Date(Number.NaN))],
    ["addDays", () => addDays(new Date(Number.NaN), 1)],
    ["daysBetween", () => daysBetween(new Date(0), new Date(Number.NaN))],
    ["utcDayString", () => utcDayString(new Date(Number.NaN))],
    ["a non-Date", () => utcDay("2026-01-15" as unknown as Date)],
  ])("%s rejects an invalid date with INVALID_DATE", (_name, run) => {
    expect(run).toThrow(EngineError);
    expect(run).toThrow(expect.objectContaining({ code: "INVALID_DATE" }));
  });

  it("addDays rejects a non-finite count", () => {
    expect(() => addDays(new Date(0), Number.NaN)).toThrow(expect.objectContaining({ code: "NOT_FINITE" }));
  });

  const dateArb = fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2200-01-01T00:00:00Z"), noInvalidDate: true });

  it("properties: the start of a day is on that day, at midnight, and day numbers round-trip", () => {
    fc.assert(
      fc.property(dateArb, (date) => {
        const start = startOfUtcDay(date);
        expect(utcDay(start)).toBe(utcDay(date));
        expect(start.getTime() % DAY_MS === 0).toBe(true);
        expect(start.getTime()).toBeLessThanOrEqual(date.getTime());
        expect(date.getTime() - start.getTime()).toBeLessThan(DAY_MS);
        expect(dateOfDay(utcDay(date)).getTime()).toBe(start.getTime());
        expect(utcDayString(start)).toBe(utcDayString(date));
      }),
    );
  });

  it("properties: adding n days moves the calendar day by n", () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -5000, max: 5000 }), (date, n) => {
        expect(daysBetween(date, addDays(date, n))).toBe(n);
      }),
    );
  });
});
