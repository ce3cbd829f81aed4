import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { EngineError } from "@/lib/domain";
import { placeInMatrix, placeInNineBox, QUADRANTS, STRATEGIES, strategyFor, type Quadrant } from "@/lib/matrix";

const mid = { attractiveness: 5, strength: 5 };

describe("placeInMatrix", () => {
  it.each([
    { attractiveness: 8, strength: 8, quadrant: "STAR" },
    { attractiveness: 2, strength: 8, quadrant: "CASH_COW" },
    { attractiveness: 8, strength: 2, quadrant: "QUESTION" },
    { attractiveness: 2, strength: 2, quadrant: "DOG" },
    { attractiveness: 5, strength: 5, quadrant: "STAR" },
    { attractiveness: 4.999, strength: 5, quadrant: "CASH_COW" },
    { attractiveness: 5, strength: 4.999, quadrant: "QUESTION" },
    { attractiveness: 0, strength: 0, quadrant: "DOG" },
  ])("places ($attractiveness, $strength) in $quadrant", ({ quadrant, ...point }) => {
    expect(placeInMatrix(point, mid)).toBe(quadrant);
  });

  it("counts a value exactly at any threshold as high", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ noNaN: true, noDefaultInfinity: true }), (a, s) => {
        expect(placeInMatrix({ attractiveness: a, strength: s }, { attractiveness: a, strength: s })).toBe("STAR");
      }),
    );
  });

  it("rejects non-finite input with the typed error", () => {
    expect(() => placeInMatrix({ attractiveness: Number.NaN, strength: 1 }, mid)).toThrow(EngineError);
    expect(() => placeInMatrix({ attractiveness: 1, strength: 1 }, { attractiveness: 1, strength: Infinity })).toThrow(
      EngineError,
    );
  });
});

describe("strategyFor", () => {
  it.each([
    ["STAR", "INVEST", "明星", "投资"],
    ["CASH_COW", "MAINTAIN", "现金牛", "维持、激励"],
    ["QUESTION", "SELECTIVE", "问题", "选择性投入"],
    ["DOG", "HARVEST", "瘦狗", "收割"],
  ] as const)("%s → %s", (quadrant: Quadrant, strategy, quadrantZh, strategyZh) => {
    expect(strategyFor(quadrant)).toBe(strategy);
    expect(QUADRANTS[quadrant].label.zh).toBe(quadrantZh);
    expect(STRATEGIES[strategy].label.zh).toBe(strategyZh);
    expect(STRATEGIES[strategy].actions.length).toBeGreaterThanOrEqual(4);
    for (const action of STRATEGIES[strategy].actions) expect(action.en && action.zh).toBeTruthy();
  });
});

describe("placeInNineBox", () => {
  it.each([
    { value: 0, band: "LOW" },
    { value: 3.33, band: "LOW" },
    { value: 10 / 3, band: "MEDIUM" },
    { value: 5, band: "MEDIUM" },
    { value: 6.66, band: "MEDIUM" },
    { value: 20 / 3, band: "HIGH" },
    { value: 10, band: "HIGH" },
  ])("puts $value in $band on the 0–10 scale (boundaries go up)", ({ value, band }) => {
    expect(placeInNineBox({ attractiveness: value, strength: 0 })).toEqual({ attractiveness: band, strength: "LOW" });
  });

  it.each([
    { value: 1, band: "LOW" },
    { value: 2, band: "MEDIUM" },
    { value: 2.99, band: "MEDIUM" },
    { value: 3, band: "HIGH" },
    { value: 4, band: "HIGH" },
  ])("puts $value in $band on a 1–4 scale", ({ value, band }) => {
    expect(placeInNineBox({ attractiveness: 1, strength: value }, { min: 1, max: 4 }).strength).toBe(band);
  });

  it("rejects points outside the scale", () => {
    expect(() => placeInNineBox({ attractiveness: 11, strength: 5 })).toThrow(
      expect.objectContaining({ code: "SCORE_OUT_OF_SCALE" }),
    );
  });

  it("bands are monotone in the value", () => {
    const order = { LOW: 0, MEDIUM: 1, HIGH: 2 };
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (x, y) => {
        const [lo, hi] = x <= y ? [x, y] : [y, x];
        const a = placeInNineBox({ attractiveness: lo, strength: lo });
        const b = placeInNineBox({ attractiveness: hi, strength: hi });
        expect(order[a.attractiveness]).toBeLessThanOrEqual(order[b.attractiveness]);
      }),
    );
  });
});
