import { describe, expect, it } from "vitest";
import { scoreAssessment, toScoringModel, toSelectionCriteria, type StoredFactor } from "@/lib/scoring";

const factor = (key: string, dimension: StoredFactor["dimension"], weight: number, inverted = false) => ({
  id: `id-${key}`,
  key,
  dimension,
  weight,
  inverted,
  labelEn: key,
  position: 0,
});

describe("toScoringModel", () => {
  it("keeps the matrix axes' factors with their weights and inversion, drops selection criteria and extra fields", () => {
    const model = {
      scale: { min: 1, max: 5 },
      factors: [factor("a1", "ATTRACTIVENESS", 60), factor("s1", "STRENGTH", 100, true), factor("SALES_VOLUME", "SELECTION", 40), factor("a2", "ATTRACTIVENESS", 40)],
    };
    expect(toScoringModel(model)).toEqual({
      scale: { min: 1, max: 5 },
      factors: [
        { key: "a1", dimension: "ATTRACTIVENESS", weight: 60, inverted: false },
        { key: "s1", dimension: "STRENGTH", weight: 100, inverted: true },
        { key: "a2", dimension: "ATTRACTIVENESS", weight: 40, inverted: false },
      ],
    });
  });

  it("scores like the model it came from", () => {
    const model = { scale: { min: 0, max: 10 }, factors: [factor("a", "ATTRACTIVENESS", 50), factor("b", "ATTRACTIVENESS", 50), factor("s", "STRENGTH", 100, true)] };
    const result = scoreAssessment(toScoringModel(model), { a: 8, b: 4, s: 3 });
    expect(result.attractiveness.score).toBe(6);
    expect(result.strength.score).toBe(7);
  });
});

describe("toSelectionCriteria", () => {
  it("maps every factor to a criterion with its key, weight and inversion", () => {
    expect(toSelectionCriteria({ factors: [factor("SALES_VOLUME", "SELECTION", 40), factor("POTENTIAL", "SELECTION", 60, true)] })).toEqual([
      { key: "SALES_VOLUME", weight: 40, inverted: false },
      { key: "POTENTIAL", weight: 60, inverted: true },
    ]);
  });
});
