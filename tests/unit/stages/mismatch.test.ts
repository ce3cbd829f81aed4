import { describe, expect, it } from "vitest";
import { QUADRANT_KEYS } from "@/lib/matrix";
import { expectedQuadrants, STAGES, stageMismatch, type Stage } from "@/lib/stages";

describe("expectedQuadrants", () => {
  it.each([
    ["EXPLORATORY", ["QUESTION", "DOG"]],
    ["BASIC", ["QUESTION", "DOG"]],
    ["COOPERATIVE", ["QUESTION", "DOG"]],
    ["INTERDEPENDENT", ["STAR", "CASH_COW"]],
    ["INTEGRATED", ["STAR", "CASH_COW"]],
    ["DISINTEGRATING", []],
  ] as const)("%s → %j", (stage, quadrants) => expect(expectedQuadrants(stage)).toEqual(quadrants));
});

type Cell = null | "OVER_INVESTMENT/STRONG" | "OVER_INVESTMENT/MILD" | "UNDER_SERVED/STRONG" | "UNDER_SERVED/MILD";

const QUADRANTS = QUADRANT_KEYS;

/** Columns in QUADRANTS order: STAR, CASH_COW, QUESTION, DOG. */
const TABLE: Record<Stage, Cell[]> = {
  EXPLORATORY: ["UNDER_SERVED/STRONG", "UNDER_SERVED/MILD", null, null],
  BASIC: ["UNDER_SERVED/STRONG", "UNDER_SERVED/MILD", null, null],
  COOPERATIVE: [null, null, null, null],
  INTERDEPENDENT: [null, null, "OVER_INVESTMENT/MILD", "OVER_INVESTMENT/STRONG"],
  INTEGRATED: [null, null, "OVER_INVESTMENT/MILD", "OVER_INVESTMENT/STRONG"],
  DISINTEGRATING: [null, null, null, null],
};

const cells = STAGES.flatMap((stage) => QUADRANTS.map((q, i) => [stage, q, TABLE[stage][i]] as const));

describe("stageMismatch", () => {
  it.each(cells)("%s in %s → %s", (stage, quadrant, expected) => {
    const mismatch = stageMismatch(stage, quadrant);
    expect(mismatch && `${mismatch.kind}/${mismatch.severity}`).toBe(expected);
  });

  it("reports the stage, quadrant and expectation", () => {
    expect(stageMismatch("INTERDEPENDENT", "DOG")).toEqual({
      kind: "OVER_INVESTMENT",
      severity: "STRONG",
      stage: "INTERDEPENDENT",
      quadrant: "DOG",
      expected: ["STAR", "CASH_COW"],
    });
  });

  it.each(cells.filter(([, , expected]) => expected !== null))(
    "flags %s in %s only outside the expected quadrants",
    (stage, quadrant) => expect(expectedQuadrants(stage)).not.toContain(quadrant),
  );
});
