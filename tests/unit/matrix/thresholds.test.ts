import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EngineError } from "@/lib/domain";
import {
  matrixThresholds,
  median,
  midpointThresholds,
  needsPortfolio,
  placeInMatrix,
  resolveThresholds,
  THRESHOLD_MODES,
  type ThresholdRule,
} from "@/lib/matrix";
import type { Scale } from "@/lib/scoring";

const ZERO_TEN: Scale = { min: 0, max: 10 };
const rule = (thresholdMode: ThresholdRule["thresholdMode"], extra: Partial<ThresholdRule> = {}): ThresholdRule => ({
  thresholdMode,
  scale: ZERO_TEN,
  ...extra,
});

describe("resolveThresholds", () => {
  it.each([
    { scale: { min: 0, max: 10 }, expected: 5 },
    { scale: { min: 1, max: 5 }, expected: 3 },
    { scale: { min: 0, max: 100 }, expected: 50 },
  ])("MIDPOINT on $scale is $expected, whatever the portfolio", ({ scale, expected }) => {
    const points = [{ attractiveness: 9, strength: 9 }];
    expect(resolveThresholds({ thresholdMode: "MIDPOINT", scale }, points)).toEqual({ attractiveness: expected, strength: expected });
  });

  it.each([
    { name: "empty portfolio", points: [], expected: { attractiveness: 5, strength: 5 } },
    { name: "single account", points: [{ attractiveness: 7, strength: 2 }], expected: { attractiveness: 7, strength: 2 } },
    {
      name: "odd count",
      points: [{ attractiveness: 1, strength: 9 }, { attractiveness: 3, strength: 8 }, { attractiveness: 2, strength: 7 }],
      expected: { attractiveness: 2, strength: 8 },
    },
    {
      name: "even count",
      points: [{ attractiveness: 1, strength: 4 }, { attractiveness: 4, strength: 6 }],
      expected: { attractiveness: 2.5, strength: 5 },
    },
    {
      name: "unscored axes ignored",
      points: [{ attractiveness: null, strength: 4 }, { attractiveness: 8, strength: null }],
      expected: { attractiveness: 8, strength: 4 },
    },
    {
      name: "no scored values on an axis",
      points: [{ attractiveness: null, strength: 4 }],
      expected: { attractiveness: 5, strength: 4 },
    },
    {
      name: "points off the scale keep the median on it",
      points: [{ attractiveness: 40, strength: -3 }, { attractiveness: 60, strength: -1 }],
      expected: { attractiveness: 10, strength: 0 },
    },
  ])("MEDIAN: $name", ({ points, expected }) => {
    expect(resolveThresholds(rule("MEDIAN"), points)).toEqual(expected);
  });

  it.each([
    { name: "both stored", fixed: { attractiveness: 7.5, strength: 2 }, expected: { attractiveness: 7.5, strength: 2 } },
    { name: "one missing", fixed: { attractiveness: null, strength: 6 }, expected: { attractiveness: 5, strength: 6 } },
    { name: "none stored", fixed: null, expected: { attractiveness: 5, strength: 5 } },
    { name: "on the scale's ends", fixed: { attractiveness: 0, strength: 10 }, expected: { attractiveness: 0, strength: 10 } },
  ])("FIXED: $name", ({ fixed, expected }) => {
    const portfolio = [{ attractiveness: 1, strength: 1 }];
    expect(resolveThresholds(rule("FIXED", { fixedThresholds: fixed }), portfolio)).toEqual(expected);
  });

  it("reads the fixed values only in FIXED mode", () => {
    const fixedThresholds = { attractiveness: 9, strength: 9 };
    expect(resolveThresholds(rule("MIDPOINT", { fixedThresholds }))).toEqual({ attractiveness: 5, strength: 5 });
    expect(resolveThresholds(rule("MEDIAN", { fixedThresholds }), [{ attractiveness: 2, strength: 3 }])).toEqual({
      attractiveness: 2,
      strength: 3,
    });
  });

  it("accepts a stored model view as it is", () => {
    const model = { id: "m1", name: "Matrix", scale: { min: 1, max: 5 }, thresholdMode: "FIXED" as const, fixedThresholds: { attractiveness: 4, strength: null } };
    expect(resolveThresholds(model)).toEqual({ attractiveness: 4, strength: 3 });
  });

  it.each([
    { name: "unknown mode", run: () => resolveThresholds(rule("MEAN" as never)), code: "INVALID_OPTION" },
    { name: "empty scale", run: () => resolveThresholds({ thresholdMode: "MIDPOINT", scale: { min: 3, max: 3 } }), code: "INVALID_SCALE" },
    { name: "fixed value off the scale", run: () => resolveThresholds(rule("FIXED", { fixedThresholds: { attractiveness: 11, strength: 5 } })), code: "SCORE_OUT_OF_SCALE" },
    { name: "fixed value not finite", run: () => resolveThresholds(rule("FIXED", { fixedThresholds: { attractiveness: 5, strength: Number.NaN } })), code: "NOT_FINITE" },
    { name: "portfolio value not finite", run: () => resolveThresholds(rule("MEDIAN"), [{ attractiveness: Number.POSITIVE_INFINITY, strength: 1 }]), code: "NOT_FINITE" },
  ])("throws an EngineError on $name", ({ run, code }) => {
    expect(run).toThrow(EngineError);
    expect(run).toThrow(expect.objectContaining({ code }));
  });

  it("needs the portfolio only for MEDIAN", () => {
    expect(THRESHOLD_MODES.filter((mode) => needsPortfolio({ thresholdMode: mode }))).toEqual(["MEDIAN"]);
  });

  it("matrixThresholds is the positional form of the same rule", () => {
    const points = [{ attractiveness: 2, strength: 8 }];
    expect(matrixThresholds(points)).toEqual(midpointThresholds());
    expect(matrixThresholds(points, "MEDIAN", ZERO_TEN)).toEqual(resolveThresholds(rule("MEDIAN"), points));
    expect(matrixThresholds(points, "FIXED", ZERO_TEN, { attractiveness: 6, strength: null })).toEqual({ attractiveness: 6, strength: 5 });
  });
});

describe("resolveThresholds properties", () => {
  const scaleArb = fc
    .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 100 }))
    .map(([min, span]): Scale => ({ min, max: min + span }));
  const valueArb = fc.option(fc.double({ min: -200, max: 200, noNaN: true }), { nil: null });
  const pointsArb = fc.array(fc.record({ attractiveness: valueArb, strength: valueArb }), { maxLength: 40 });
  const modeArb = fc.constantFrom(...THRESHOLD_MODES);

  it("thresholds always lie on the scale", () => {
    fc.assert(
      fc.property(scaleArb, modeArb, pointsArb, fc.double({ min: 0, max: 1, noNaN: true }), (scale, mode, points, at) => {
        const fixedValue = scale.min + at * (scale.max - scale.min);
        const t = resolveThresholds({ thresholdMode: mode, scale, fixedThresholds: { attractiveness: fixedValue, strength: null } }, points);
        for (const value of [t.attractiveness, t.strength]) {
          expect(value).toBeGreaterThanOrEqual(scale.min);
          expect(value).toBeLessThanOrEqual(scale.max);
        }
      }),
    );
  });

  it("an account keeps its quadrant under any filter: the split comes from the whole portfolio, not the view", () => {
    const pointArb = fc.record({ attractiveness: fc.double({ min: 0, max: 10, noNaN: true }), strength: fc.double({ min: 0, max: 10, noNaN: true }) });
    fc.assert(
      fc.property(modeArb, fc.array(fc.tuple(pointArb, fc.boolean()), { minLength: 1, maxLength: 40 }), (mode, accounts) => {
        const portfolio = accounts.map(([point]) => point);
        const filtered = accounts.filter(([, kept]) => kept).map(([point]) => point);
        const split = resolveThresholds({ thresholdMode: mode, scale: ZERO_TEN }, portfolio);
        const unfiltered = new Map(portfolio.map((point) => [point, placeInMatrix(point, split)]));
        for (const point of filtered) expect(placeInMatrix(point, split)).toBe(unfiltered.get(point));
        // The same split is obtained whatever order the portfolio is read in.
        expect(resolveThresholds({ thresholdMode: mode, scale: ZERO_TEN }, [...portfolio].reverse())).toEqual(split);
      }),
    );
  });

  it("a MEDIAN split puts at least half of the portfolio on the high side of each axis", () => {
    const pointArb = fc.record({
      attractiveness: fc.double({ min: 0, max: 10, noNaN: true }),
      strength: fc.double({ min: 0, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(pointArb, { minLength: 1, maxLength: 50 }), (points) => {
        const t = resolveThresholds(rule("MEDIAN"), points);
        const high = points.filter((p) => ["STAR", "QUESTION"].includes(placeInMatrix(p, t)));
        expect(high.length * 2).toBeGreaterThanOrEqual(points.length);
        const strong = points.filter((p) => ["STAR", "CASH_COW"].includes(placeInMatrix(p, t)));
        expect(strong.length * 2).toBeGreaterThanOrEqual(points.length);
      }),
    );
  });
});

describe("median", () => {
  it.each([
    { values: [], expected: null },
    { values: [3], expected: 3 },
    { values: [3, 1, 2], expected: 2 },
    { values: [4, 1, 3, 2], expected: 2.5 },
    { values: [5, 5, 5, 5], expected: 5 },
  ])("median of $values is $expected", ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });
});
