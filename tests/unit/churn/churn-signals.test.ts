import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CHURN_SIGNAL_LABELS,
  churnSignals,
  riskLevel,
  type ChurnComplaint,
  type ChurnInput,
  type ChurnOrder,
} from "@/lib/churn";
import { DAY_MS as DAY } from "@/lib/dates";
import { EngineError } from "@/lib/domain";

const AS_OF = new Date("2025-06-30T12:00:00Z");
/** A moment `n` UTC calendar days before AS_OF's day (at 08:00, so the time of day differs from asOf). */
const ago = (n: number) => new Date(Date.UTC(2025, 5, 30) - n * DAY + 8 * 3_600_000);
const order = (daysAgo: number, amount = 100): ChurnOrder => ({ date: ago(daysAgo), amount });
/** A recent activity, so that NO_CONTACT stays quiet in tests about other flags. */
const contacted = [{ date: ago(1) }];

const run = (input: Partial<ChurnInput>) =>
  churnSignals({ orders: [], activities: contacted, complaints: [], asOf: AS_OF, ...input });
const flag = (input: Partial<ChurnInput>, code: string) => run(input).flags.find((f) => f.code === code);

describe("churnSignals: empty input", () => {
  it("raises only NO_CONTACT (never contacted)", () => {
    expect(churnSignals({ orders: [], activities: [], complaints: [], asOf: AS_OF })).toEqual({
      flags: [{ code: "NO_CONTACT", evidence: { daysSinceLastActivity: null } }],
      riskScore: 15,
      riskLevel: "LOW",
    });
  });

  it("raises nothing for a quiet, recently contacted account", () => {
    expect(run({})).toEqual({ flags: [], riskScore: 0, riskLevel: "LOW" });
  });
});

describe("OVERDUE", () => {
  it.each([
    ["30-day floor, at it", [50, 40, 30], false],
    ["30-day floor, one day past", [51, 41, 31], true],
    ["2 × median 30 = 60, at it", [120, 90, 60], false],
    ["2 × median 30 = 60, one day past", [121, 91, 61], true],
    ["even count: median of 10, 20, 40, 50 is 30, at 60", [180, 130, 90, 70, 60], false],
    ["even count: one day past 60", [181, 131, 91, 71, 61], true],
    ["single order long ago", [400], false],
    ["two orders on one day are one order day", [400, 400], false],
  ])("%s → %s", (_name, days, overdue) => {
    expect(flag({ orders: days.map((d) => order(d)) }, "OVERDUE") !== undefined).toBe(overdue);
  });

  it("reports its evidence", () => {
    expect(flag({ orders: [order(121), order(91), order(61), order(61)] }, "OVERDUE")).toEqual({
      code: "OVERDUE",
      evidence: { daysSinceLastOrder: 61, medianIntervalDays: 30, thresholdDays: 60, orderDays: 3 },
    });
  });

  it("counts UTC calendar days, not 24-hour periods", () => {
    const asOf = new Date("2025-06-30T00:01:00Z");
    const lastOrder = { date: new Date("2025-05-30T23:59:00Z"), amount: 1 };
    const previous = { date: new Date("2025-05-25T00:00:00Z"), amount: 1 };
    // Barely 30 × 24 h have passed, but 31 calendar days: past the 30-day floor.
    const activities = [{ date: asOf }];
    const result = churnSignals({ orders: [previous, lastOrder], activities, complaints: [], asOf });
    expect(result.flags).toEqual([
      {
        code: "OVERDUE",
        evidence: { daysSinceLastOrder: 31, medianIntervalDays: 5, thresholdDays: 30, orderDays: 2 },
      },
    ]);
  });

  it("ignores orders after asOf", () => {
    expect(flag({ orders: [order(100), order(90), order(60), order(-5)] }, "OVERDUE")).toBeDefined();
  });
});

describe("DECLINING", () => {
  it.each([
    ["recent exactly 70 %", 700, false],
    ["recent just under 70 %", 699.99, true],
    ["recent above", 1200, false],
    ["no recent revenue", 0, true],
  ])("%s → %s", (_name, recent, declining) => {
    const orders = [order(200, 1000), ...(recent ? [order(10, recent)] : [])];
    expect(flag({ orders }, "DECLINING") !== undefined).toBe(declining);
  });

  it("reports its evidence", () => {
    expect(flag({ orders: [order(250, 600), order(300, 400), order(20, 350)] }, "DECLINING")).toEqual({
      code: "DECLINING",
      evidence: { recentRevenue: 350, previousRevenue: 1000, ratio: 0.35 },
    });
  });

  it.each([
    ["day 179 is recent", 179, false],
    ["day 180 is previous", 180, true],
    ["day 359 is previous", 359, true],
    ["day 360 is in no window", 360, false],
  ])("%s", (_name, day, declining) => {
    expect(flag({ orders: [order(day, 1000)] }, "DECLINING") !== undefined).toBe(declining);
  });

  it("needs previous revenue above zero", () => {
    expect(flag({ orders: [order(200, 0), order(10, 0)] }, "DECLINING")).toBeUndefined();
    expect(flag({ orders: [order(200, -50)] }, "DECLINING")).toBeUndefined();
  });
});

describe("NO_CONTACT", () => {
  it.each([
    [[0], undefined],
    [[89], undefined],
    [[90], 90],
    [[200, 95], 95],
    [[-3], null],
  ])("activities %j days ago → %s", (days, since) => {
    const found = flag({ activities: days.map((d) => ({ date: ago(d) })) }, "NO_CONTACT");
    expect(found?.evidence).toEqual(since === undefined ? undefined : { daysSinceLastActivity: since });
  });
});

describe("OPEN_COMPLAINTS", () => {
  const complaint = (opened: number, closed: number | null, severity?: ChurnComplaint["severity"]) => ({
    openedAt: ago(opened),
    closedAt: closed === null ? null : ago(closed),
    severity,
  });

  it.each<[string, number | undefined, ChurnComplaint[]]>([
    ["none", undefined, []],
    ["closed", undefined, [complaint(20, 5, "HIGH")]],
    ["closed exactly at asOf", undefined, [{ openedAt: ago(20), closedAt: AS_OF, severity: "HIGH" }]],
    ["closed after asOf", 5, [complaint(20, -2, "LOW")]],
    ["opened after asOf", undefined, [complaint(-1, null, "HIGH")]],
    ["one low", 5, [complaint(3, null, "LOW")]],
    ["one without severity (medium)", 10, [complaint(3, null)]],
    ["one high", 20, [complaint(3, null, "HIGH")]],
    ["two high, capped", 20, [complaint(3, null, "HIGH"), complaint(4, null, "HIGH")]],
    ["low and medium", 15, [complaint(3, null, "LOW"), complaint(4, null, "MEDIUM")]],
  ])("%s → points %s", (_name, points, complaints) => {
    const found = flag({ complaints }, "OPEN_COMPLAINTS");
    expect(found?.code === "OPEN_COMPLAINTS" ? found.evidence.points : undefined).toBe(points);
  });

  it("reports counts by severity and the oldest open complaint", () => {
    const complaints = [
      complaint(3, null, "LOW"),
      complaint(40, null),
      complaint(10, null, "HIGH"),
      complaint(90, 1),
    ];
    expect(flag({ complaints }, "OPEN_COMPLAINTS")).toEqual({
      code: "OPEN_COMPLAINTS",
      evidence: { open: 3, high: 1, medium: 1, low: 1, oldestOpenDays: 40, points: 20 },
    });
  });
});

describe("churnSignals: all flags and input errors", () => {
  it("raises all four flags in order and scores 100", () => {
    const result = churnSignals({
      orders: [order(300, 1000), order(270, 1000), order(200, 1000)],
      activities: [],
      complaints: [{ openedAt: ago(5), closedAt: null, severity: "HIGH" }],
      asOf: AS_OF,
    });
    expect(result.flags.map((f) => f.code)).toEqual(["OVERDUE", "DECLINING", "NO_CONTACT", "OPEN_COMPLAINTS"]);
    expect(result).toMatchObject({ riskScore: 100, riskLevel: "HIGH" });
  });

  it.each<[string, Partial<ChurnInput>, string]>([
    ["invalid asOf", { asOf: new Date(Number.NaN) }, "INVALID_DATE"],
    ["invalid order date", { orders: [{ date: new Date("nope"), amount: 1 }] }, "INVALID_DATE"],
    ["non-finite amount", { orders: [{ date: ago(1), amount: Number.POSITIVE_INFINITY }] }, "NOT_FINITE"],
    ["invalid activity date", { activities: [{ date: new Date(Number.NaN) }] }, "INVALID_DATE"],
    ["invalid complaint date", { complaints: [{ openedAt: new Date(Number.NaN), closedAt: null }] }, "INVALID_DATE"],
  ])("throws an EngineError on %s", (_name, input, code) => {
    expect(() => run(input)).toThrow(EngineError);
    expect(() => run(input)).toThrow(expect.objectContaining({ code }));
  });

  it("labels every signal in both languages", () => {
    expect(CHURN_SIGNAL_LABELS.OPEN_COMPLAINTS).toEqual({ en: "Open complaints", zh: "未结投诉" });
  });
});

describe("churnSignals properties", () => {
  const dayArb = fc.integer({ min: -30, max: 800 });
  it("keeps the risk score an integer within 0..100 and its level consistent", () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: dayArb, amount: fc.integer({ min: -500, max: 5000 }) })),
        fc.array(dayArb, { maxLength: 5 }),
        fc.array(
          fc.record({
            opened: dayArb,
            closed: fc.option(dayArb),
            severity: fc.option(fc.constantFrom<ChurnComplaint["severity"]>("LOW", "MEDIUM", "HIGH"), {
              nil: undefined,
            }),
          }),
          { maxLength: 6 },
        ),
        (orders, activities, complaints) => {
          const result = churnSignals({
            orders: orders.map((o) => order(o.day, o.amount)),
            activities: activities.map((d) => ({ date: ago(d) })),
            complaints: complaints.map((c) => ({
              openedAt: ago(c.opened),
              closedAt: c.closed === null ? null : ago(c.closed),
              severity: c.severity,
            })),
            asOf: AS_OF,
          });
          expect(Number.isInteger(result.riskScore)).toBe(true);
          expect(result.riskScore).toBeGreaterThanOrEqual(0);
          expect(result.riskScore).toBeLessThanOrEqual(100);
          expect(result.riskLevel).toBe(riskLevel(result.riskScore));
          expect(new Set(result.flags.map((f) => f.code)).size).toBe(result.flags.length);
        },
      ),
    );
  });
});
