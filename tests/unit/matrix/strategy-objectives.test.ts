import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain";
import { QUADRANT_KEYS, QUADRANTS, STRATEGIES, strategyObjectives } from "@/lib/matrix";

describe("strategyObjectives", () => {
  it("a Star's plan starts from the Invest actions", () => {
    expect(strategyObjectives("STAR", "en")).toEqual([
      "Investment-led growth",
      "Expand market regions and product lines",
      "Differentiate and renew products",
      "Expansive marketing",
    ]);
    expect(strategyObjectives("STAR", "zh")[0]).toBe("投资性增长");
  });

  it("a Dog's plan starts from the Harvest actions", () => {
    expect(strategyObjectives("DOG", "en")).toEqual(STRATEGIES.HARVEST.actions.map((action) => action.en));
  });

  it("without a quadrant there is nothing to start from", () => {
    expect(strategyObjectives(null, "en")).toEqual([]);
  });

  it.each(QUADRANT_KEYS)("%s: the recommended actions of its strategy in every language", (quadrant) => {
    for (const locale of LOCALES) {
      const objectives = strategyObjectives(quadrant, locale);
      expect(objectives).toEqual(STRATEGIES[QUADRANTS[quadrant].strategy].actions.map((action) => action[locale]));
      expect(objectives.length).toBeGreaterThan(0);
      expect(objectives.every((title) => title.trim() !== "")).toBe(true);
    }
  });
});
