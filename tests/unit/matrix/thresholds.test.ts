import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { matrixThresholds, median, placeInMatrix } from "@/lib/matrix";

describe("matrixThresholds", () => {
  it.each([
    { scale: undefined, expected: 5 },
    { scale: { min: 0, max: 10 }, expected: 5 },
    { scale: { min: 1, max: 5 }, expected: 3 },
    { scale: { min: 0, max: 100 }, expected: 50 },
  ])("MIDPOINT on $scale is $expected, whatever the portfolio", ({ scale, expected }) => {
    const points = [{ attractiveness: 9, strength: 9 }];
    expect(matrixThresholds(points, "MIDPOINT", scale)).toEqual({ attractiveness: expected, strength: expected });
  });

  it("defaults to MIDPOINT", () => {
    expect(matrixThresholds([{ attractiveness: 1, strength: 1 }])).toEqual({ attractiveness: 5, strength: 5 });
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
  ])("MEDIAN: $name", ({ points, expected }) => {
    expect(matrixThresholds(points, "MEDIAN", { min: 0, max: 10 })).toEqual(expected);
  });

  it("rejects unknown modes and bad scales", () => {
    expect(() => matrixThresholds([], "MEAN" as never)).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
    expect(() => matrixThresholds([], "MIDPOINT", { min: 3, max: 3 })).toThrow(
      expect.objectContaining({ code: "INVALID_SCALE" }),
    );
  });

  it("a MEDIAN split puts at least half of the portfolio on the high side of each axis", () => {
    const pointArb = fc.record({
      attractiveness: fc.double({ min: 0, max: 10, noNaN: true }),
      strength: fc.double({ min: 0, max: 10, noNaN: true }),
    });
    fc.assert(
      fc.property(fc.array(pointArb, { minLength: 1, maxLength: 50 }), (points) => {
        const t = matrixThresholds(points, "MEDIAN");
        const high = points.filter((p) => ["STAR", "QUESTION"].includes(placeInMatrix(p, t)));
        expect(high.length * 2).toBeGreaterThanOrEqual(points.length);
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
