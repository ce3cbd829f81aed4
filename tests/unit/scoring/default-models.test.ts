import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  DEFAULT_MATRIX_MODEL,
  DEFAULT_SELECTION_MODEL,
  FACTOR_GROUPS,
  scoreAssessment,
  type Dimension,
} from "@/lib/scoring";

const { factors } = DEFAULT_MATRIX_MODEL;
const total = (dimension: Dimension) =>
  factors.filter((f) => f.dimension === dimension).reduce((sum, f) => sum + f.weight, 0);

describe("DEFAULT_MATRIX_MODEL", () => {
  it.each(["ATTRACTIVENESS", "STRENGTH"] as const)("weights of %s total 100", (dimension) => {
    expect(total(dimension)).toBe(100);
  });

  it("has unique, stable snake_case keys", () => {
    const keys = factors.map((f) => f.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(_[a-z]+)*$/);
  });

  it("tags every factor with a group of its own dimension, in group order", () => {
    const groupOf = new Map(FACTOR_GROUPS.map((g) => [g.key, g]));
    for (const f of factors) expect(groupOf.get(f.group)?.dimension).toBe(f.dimension);
    const order = factors.map((f) => FACTOR_GROUPS.findIndex((g) => g.key === f.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it.each([
    ["CURRENT", 6],
    ["FUTURE", 2],
    ["COMPETITION", 3],
    ["SOCIAL", 3],
    ["CREDIT", 5],
    ["USP", 6],
    ["PEOPLE", 7],
  ])("group %s has %i factors", (group, count) => {
    expect(factors.filter((f) => f.group === group)).toHaveLength(count);
  });

  it("inverts exactly the competition factors", () => {
    expect(factors.filter((f) => f.inverted).map((f) => f.key)).toEqual([
      "competitor_count",
      "supplier_elimination_rate",
      "entry_barrier",
    ]);
  });

  it.each([
    ["credit_standing", "客户资信状况"],
    ["growth_likelihood", "业务持续发展的可能性"],
    ["competitor_count", "竞争者的数量"],
    ["supplier_elimination_rate", "客户对供应商淘汰率"],
    ["entry_barrier", "竞争的门槛"],
    ["financial_strength", "资金能力与财务状况"],
    ["cost_advantage", "成本优势"],
    ["information_management", "信息管理能力"],
  ])("labels %s as %s", (key, zh) => {
    expect(factors.find((f) => f.key === key)?.label.zh).toBe(zh);
  });

  it("has bilingual labels and help everywhere", () => {
    for (const item of [...factors, ...FACTOR_GROUPS, ...DEFAULT_SELECTION_MODEL.criteria]) {
      expect(item.label.en.length).toBeGreaterThan(0);
      expect(item.label.zh.length).toBeGreaterThan(0);
      if ("help" in item) expect(item.help.en && item.help.zh).toBeTruthy();
    }
  });

  it("scores any complete assessment on the scale with full completeness", () => {
    const scoreArb = fc.double({ min: 0, max: 10, noNaN: true });
    fc.assert(
      fc.property(fc.array(scoreArb, { minLength: factors.length, maxLength: factors.length }), (values) => {
        const scores = Object.fromEntries(factors.map((f, i) => [f.key, values[i]]));
        const result = scoreAssessment(DEFAULT_MATRIX_MODEL, scores);
        for (const axis of [result.attractiveness, result.strength]) {
          expect(axis.completeness).toBe(1);
          expect(axis.score).toBeGreaterThanOrEqual(0);
          expect(axis.score).toBeLessThanOrEqual(10);
        }
      }),
    );
  });
});

describe("DEFAULT_SELECTION_MODEL", () => {
  it("has the four composite-scoring criteria with weights totalling 100 and a 20 % cut", () => {
    expect(DEFAULT_SELECTION_MODEL.criteria.map((c) => [c.key, c.label.zh])).toEqual([
      ["SALES_VOLUME", "销售额"],
      ["POTENTIAL", "潜力"],
      ["REFERENCE_VALUE", "示范作用"],
      ["ABILITY_TO_WIN_AND_DELIVER", "能赢能做"],
    ]);
    expect(DEFAULT_SELECTION_MODEL.criteria.reduce((sum, c) => sum + c.weight, 0)).toBe(100);
    expect(DEFAULT_SELECTION_MODEL.topPercent).toBe(20);
  });
});
