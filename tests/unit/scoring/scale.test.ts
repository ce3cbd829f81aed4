import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EngineError } from "@/lib/domain";
import { clampToScale, rescale } from "@/lib/scoring";

describe("clampToScale", () => {
  it.each([
    [-1, 0],
    [0, 0],
    [4.5, 4.5],
    [10, 10],
    [12, 10],
  ])("%s on 0–10 is %s", (value, expected) => {
    expect(clampToScale(value, { min: 0, max: 10 })).toBe(expected);
  });
});

describe("rescale", () => {
  it.each([
    { value: 3, from: { min: 1, max: 5 }, to: { min: 0, max: 10 }, expected: 5 },
    { value: 1, from: { min: 1, max: 5 }, to: { min: 0, max: 10 }, expected: 0 },
    { value: 5, from: { min: 1, max: 5 }, to: { min: 0, max: 10 }, expected: 10 },
    { value: 7, from: { min: 0, max: 10 }, to: { min: 0, max: 10 }, expected: 7 },
    { value: 50, from: { min: 0, max: 100 }, to: { min: 1, max: 5 }, expected: 3 },
    { value: 12, from: { min: 0, max: 10 }, to: { min: 0, max: 100 }, expected: 100 },
  ])("$value on $from.min–$from.max is $expected on $to.min–$to.max", ({ value, from, to, expected }) => {
    expect(rescale(value, from, to)).toBeCloseTo(expected, 12);
  });

  it("rejects an empty source scale and non-finite values", () => {
    expect(() => rescale(1, { min: 3, max: 3 }, { min: 0, max: 10 })).toThrow(expect.objectContaining({ code: "INVALID_SCALE" }));
    expect(() => rescale(Number.NaN, { min: 0, max: 10 }, { min: 0, max: 10 })).toThrow(EngineError);
  });

  it("keeps the order of scores and lands on the target scale", () => {
    const scaleArb = fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 1, max: 50 })).map(([min, span]) => ({ min, max: min + span }));
    fc.assert(
      fc.property(scaleArb, scaleArb, fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), (from, to, a, b) => {
        const [low, high] = [Math.min(a, b), Math.max(a, b)].map((t) => from.min + t * (from.max - from.min));
        const [x, y] = [rescale(low, from, to), rescale(high, from, to)];
        expect(x).toBeLessThanOrEqual(y + 1e-9);
        for (const v of [x, y]) {
          expect(v).toBeGreaterThanOrEqual(to.min);
          expect(v).toBeLessThanOrEqual(to.max);
        }
      }),
    );
  });
});
