import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { abcCurve, classifyAbc, type ParetoPoint } from "@/lib/rfm";

/** The curve as classifyAbc draws it, thinned the way a chart keeps it: the reference abcCurve must equal. */
function reference(values: number[], maxPoints: number) {
  const result = classifyAbc(values.map((value, index) => ({ id: String(index), value })));
  const step = Math.max(1, Math.ceil(values.length / maxPoints));
  const classEnd = (k: number) => k === values.length || result.items[k - 1].abcClass !== result.items[k].abcClass;
  const points = result.pareto.filter((_: ParetoPoint, k: number) => k === 0 || k === values.length || k % step === 0 || classEnd(k));
  return { points, items: result.items.length, total: result.total, summary: result.summary };
}

describe("abcCurve", () => {
  it("gives classifyAbc's summary and thinned curve for any values", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.double({ min: -1e6, max: 1e7, noNaN: true }), fc.integer({ min: 0, max: 50 })), { maxLength: 400 }),
        fc.integer({ min: 1, max: 60 }),
        (values, maxPoints) => {
          expect(abcCurve(values, maxPoints)).toEqual(reference(values, maxPoints));
        },
      ),
    );
  });

  it("keeps at most maxPoints plus the origin, the end and the class ends", () => {
    const values = Array.from({ length: 20_000 }, (_, i) => (i * 7919) % 1000);
    const curve = abcCurve(values, 200);
    expect(curve.points.length).toBeLessThanOrEqual(200 + 1 + 3);
    expect(curve.points[0]).toEqual({ customerShare: 0, valueShare: 0 });
    expect(curve.points.at(-1)).toEqual({ customerShare: 1, valueShare: 1 });
    expect(curve.summary.A.count + curve.summary.B.count + curve.summary.C.count).toBe(20_000);
  });

  it("has one point and empty classes without values, and never NaN without a positive value", () => {
    expect(abcCurve([], 10)).toEqual(reference([], 10));
    const zeros = abcCurve([0, -3, 0], 10);
    expect(zeros.total).toBe(0);
    expect(zeros.summary.C.count).toBe(3);
    expect(zeros.points.every((p) => Number.isFinite(p.valueShare))).toBe(true);
  });

  it("refuses values that are not finite and a bad point budget", () => {
    expect(() => abcCurve([1, Number.NaN], 10)).toThrow(/finite/);
    expect(() => abcCurve([1, Infinity], 10)).toThrow(/finite/);
    expect(() => abcCurve([1], 0)).toThrow(/maxPoints/);
    expect(() => abcCurve([1], 10, { a: 0.9, b: 0.5 })).toThrow(/thresholds/);
  });
});
