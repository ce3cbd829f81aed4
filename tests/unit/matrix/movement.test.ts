import { describe, expect, it } from "vitest";
import { movement } from "@/lib/matrix";

describe("movement", () => {
  it("has no delta and no change for a first assessment", () => {
    expect(movement(null, { attractiveness: 7, strength: 3 })).toEqual({
      delta: null,
      from: null,
      to: "QUESTION",
      changed: false,
    });
  });

  it.each([
    { prev: [3, 3], curr: [7, 7], from: "DOG", to: "STAR", changed: true, delta: [4, 4] },
    { prev: [7, 3], curr: [7, 6], from: "QUESTION", to: "STAR", changed: true, delta: [0, 3] },
    { prev: [6, 6], curr: [9, 8], from: "STAR", to: "STAR", changed: false, delta: [3, 2] },
    { prev: [8, 8], curr: [4, 8], from: "STAR", to: "CASH_COW", changed: true, delta: [-4, 0] },
  ])("$from → $to", ({ prev, curr, from, to, changed, delta }) => {
    const result = movement(
      { attractiveness: prev[0], strength: prev[1] },
      { attractiveness: curr[0], strength: curr[1] },
    );
    expect(result).toEqual({ delta: { attractiveness: delta[0], strength: delta[1] }, from, to, changed });
  });

  it("uses the given thresholds", () => {
    const t = { attractiveness: 8, strength: 8 };
    expect(movement({ attractiveness: 7, strength: 7 }, { attractiveness: 8, strength: 8 }, t)).toMatchObject({
      from: "DOG",
      to: "STAR",
      changed: true,
    });
  });

  it("keeps a quadrant recorded on the assessment", () => {
    const result = movement(
      { attractiveness: 6, strength: 6, quadrant: "DOG" },
      { attractiveness: 6, strength: 6 },
    );
    expect(result).toMatchObject({ from: "DOG", to: "STAR", changed: true, delta: { attractiveness: 0, strength: 0 } });
  });

  it("rejects non-finite points", () => {
    expect(() => movement({ attractiveness: Number.NaN, strength: 1, quadrant: "DOG" }, { attractiveness: 1, strength: 1 })).toThrow(
      expect.objectContaining({ code: "NOT_FINITE" }),
    );
  });
});
