import { describe, expect, it } from "vitest";
import { EngineError } from "@/lib/domain";
import { classifyAbc, DEFAULT_ABC_THRESHOLDS, type AbcItem } from "@/lib/rfm";

/** Items a, b, c, … with the given values. */
const items = (...values: number[]): AbcItem[] =>
  values.map((value, i) => ({ id: String.fromCharCode(97 + i), value }));
const view = (list: AbcItem[], thresholds = DEFAULT_ABC_THRESHOLDS) =>
  classifyAbc(list, thresholds).items.map((e) => [e.id, e.rank, e.abcClass, e.share, e.cumulativeShare]);

describe("classifyAbc", () => {
  it("uses 80 % / 95 % by default", () => {
    expect(DEFAULT_ABC_THRESHOLDS).toEqual({ a: 0.8, b: 0.95 });
  });

  it("classifies by the cumulative share before each item (a share exactly at a cut moves on)", () => {
    expect(view(items(15, 50, 5, 30))).toEqual([
      ["b", 1, "A", 0.5, 0.5],
      ["d", 2, "A", 0.3, 0.8],
      ["a", 3, "B", 0.15, 0.95],
      ["c", 4, "C", 0.05, 1],
    ]);
  });

  it("returns the Pareto curve from (0, 0) and a summary per class", () => {
    const result = classifyAbc(items(50, 30, 15, 5));
    expect(result.pareto).toEqual([
      { customerShare: 0, valueShare: 0 },
      { customerShare: 0.25, valueShare: 0.5 },
      { customerShare: 0.5, valueShare: 0.8 },
      { customerShare: 0.75, valueShare: 0.95 },
      { customerShare: 1, valueShare: 1 },
    ]);
    expect(result.total).toBe(100);
    expect(result.summary).toEqual({
      A: { count: 2, countShare: 0.5, value: 80, valueShare: 0.8 },
      B: { count: 1, countShare: 0.25, value: 15, valueShare: 0.15 },
      C: { count: 1, countShare: 0.25, value: 5, valueShare: 0.05 },
    });
  });

  it("handles no items", () => {
    expect(classifyAbc([])).toEqual({
      items: [],
      pareto: [{ customerShare: 0, valueShare: 0 }],
      summary: {
        A: { count: 0, countShare: 0, value: 0, valueShare: 0 },
        B: { count: 0, countShare: 0, value: 0, valueShare: 0 },
        C: { count: 0, countShare: 0, value: 0, valueShare: 0 },
      },
      total: 0,
    });
  });

  it("puts a single positive item in A with the whole value", () => {
    const result = classifyAbc(items(42));
    expect(view(items(42))).toEqual([["a", 1, "A", 1, 1]]);
    expect(result.pareto).toEqual([
      { customerShare: 0, valueShare: 0 },
      { customerShare: 1, valueShare: 1 },
    ]);
  });

  it("makes everything C with zero shares when all values are zero (no NaN)", () => {
    const result = classifyAbc(items(0, 0, 0));
    expect(view(items(0, 0, 0))).toEqual([
      ["a", 1, "C", 0, 0],
      ["b", 2, "C", 0, 0],
      ["c", 3, "C", 0, 0],
    ]);
    expect(result.total).toBe(0);
    expect(result.pareto.map((p) => p.valueShare)).toEqual([0, 0, 0, 0]);
    expect(result.summary.C).toEqual({ count: 3, countShare: 1, value: 0, valueShare: 0 });
  });

  it("makes non-positive items C with share 0; shares are of the positive total", () => {
    expect(view(items(-10, 30, 0, 10))).toEqual([
      ["b", 1, "A", 0.75, 0.75],
      ["d", 2, "A", 0.25, 1],
      ["c", 3, "C", 0, 1],
      ["a", 4, "C", 0, 1],
    ]);
    expect(classifyAbc(items(-10, 30, 0, 10)).total).toBe(40);
  });

  it("makes everything C when all values are negative", () => {
    const result = classifyAbc(items(-1, -5));
    expect(result.items.map((e) => [e.id, e.abcClass, e.share, e.cumulativeShare])).toEqual([
      ["a", "C", 0, 0],
      ["b", "C", 0, 0],
    ]);
    expect(result.summary.C.value).toBe(-6);
  });

  it("keeps ties in input order with distinct ranks, also at a cut", () => {
    expect(view(items(10, 80, 10))).toEqual([
      ["b", 1, "A", 0.8, 0.8],
      ["a", 2, "B", 0.1, 0.9],
      ["c", 3, "B", 0.1, 1],
    ]);
    expect(view(items(40, 40, 20)).map((row) => row.slice(0, 3))).toEqual([
      ["a", 1, "A"],
      ["b", 2, "A"],
      ["c", 3, "B"],
    ]);
  });

  it("accepts other thresholds, including empty classes", () => {
    expect(view(items(60, 30, 10), { a: 0.5, b: 0.5 }).map((row) => row[2])).toEqual(["A", "C", "C"]);
    expect(view(items(60, 30, 10), { a: 0, b: 1 }).map((row) => row[2])).toEqual(["B", "B", "B"]);
  });

  it.each([
    [{ a: 0.9, b: 0.8 }],
    [{ a: -0.1, b: 0.5 }],
    [{ a: 0.5, b: 1.1 }],
    [{ a: Number.NaN, b: 0.9 }],
  ])("rejects thresholds %o", (thresholds) => {
    expect(() => classifyAbc(items(1), thresholds)).toThrow(expect.objectContaining({ code: "INVALID_OPTION" }));
  });

  it("rejects non-finite values", () => {
    expect(() => classifyAbc(items(1, Number.POSITIVE_INFINITY))).toThrow(EngineError);
    expect(() => classifyAbc(items(1, Number.POSITIVE_INFINITY))).toThrow(expect.objectContaining({ code: "NOT_FINITE" }));
  });
});
