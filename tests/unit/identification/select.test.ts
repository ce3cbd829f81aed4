import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compositeScore, proposalCount, selectKeyAccounts } from "@/lib/identification";
import { EngineError } from "@/lib/domain";
import { DEFAULT_SELECTION_MODEL } from "@/lib/scoring";

describe("compositeScore", () => {
  it("weights the default criteria 40/30/15/15", () => {
    const result = compositeScore({ SALES_VOLUME: 10, POTENTIAL: 5, REFERENCE_VALUE: 0, ABILITY_TO_WIN_AND_DELIVER: 10 });
    expect(result.score).toBeCloseTo((400 + 150 + 0 + 150) / 100, 12);
    expect(result.completeness).toBe(1);
  });

  it("uses scored criteria only and reports completeness", () => {
    const result = compositeScore({ SALES_VOLUME: 8, POTENTIAL: null });
    expect(result).toMatchObject({ score: 8, completeness: 0.4 });
  });

  it("accepts custom criteria and rejects invalid scores", () => {
    expect(compositeScore({ x: 3 }, [{ key: "x", weight: 1 }]).score).toBe(3);
    expect(() => compositeScore({ SALES_VOLUME: 12 })).toThrow(EngineError);
    expect(DEFAULT_SELECTION_MODEL.criteria).toHaveLength(4);
  });
});

describe("proposalCount", () => {
  it.each([
    [0, 20, 0],
    [1, 20, 1],
    [5, 20, 1],
    [6, 20, 2],
    [10, 20, 2],
    [11, 20, 3],
    [100, 20, 20],
    [7, 0, 0],
    [7, 100, 7],
    [3, 33.3, 1],
  ])("%i candidates, top %d %% → %i", (n, percent, count) => {
    expect(proposalCount(n, percent)).toBe(count);
  });
});

describe("selectKeyAccounts", () => {
  it("returns nothing for no candidates", () => {
    expect(selectKeyAccounts([], { topPercent: 20 })).toEqual([]);
  });

  it("proposes a lone candidate", () => {
    expect(selectKeyAccounts([{ id: "a", score: 1 }], { topPercent: 20 })).toEqual([
      { id: "a", score: 1, rank: 1, proposed: true },
    ]);
  });

  it("ranks descending and proposes ceil(n × X / 100)", () => {
    const candidates = [
      { id: "a", score: 2 },
      { id: "b", score: 9 },
      { id: "c", score: 5 },
      { id: "d", score: 7 },
      { id: "e", score: 1 },
      { id: "f", score: 3 },
    ];
    const result = selectKeyAccounts(candidates, { topPercent: 20 });
    expect(result.map((r) => [r.id, r.rank, r.proposed])).toEqual([
      ["b", 1, true],
      ["d", 2, true],
      ["c", 3, false],
      ["f", 4, false],
      ["a", 5, false],
      ["e", 6, false],
    ]);
  });

  it("breaks ties by input order, even across the cut", () => {
    const result = selectKeyAccounts(
      [
        { id: "z", score: 5 },
        { id: "y", score: 5 },
        { id: "x", score: 5 },
      ],
      { topPercent: 50 },
    );
    expect(result.map((r) => [r.id, r.rank, r.proposed])).toEqual([
      ["z", 1, true],
      ["y", 2, true],
      ["x", 3, false],
    ]);
  });

  it("ranks unscored candidates last and never proposes them", () => {
    const result = selectKeyAccounts(
      [
        { id: "n1", score: null },
        { id: "a", score: 0 },
        { id: "n2", score: null },
      ],
      { topPercent: 100 },
    );
    expect(result.map((r) => [r.id, r.rank, r.proposed])).toEqual([
      ["a", 1, true],
      ["n1", 2, false],
      ["n2", 3, false],
    ]);
  });

  it.each([
    { name: "percent above 100", candidates: [], topPercent: 101, code: "INVALID_OPTION" },
    { name: "negative percent", candidates: [], topPercent: -1, code: "INVALID_OPTION" },
    { name: "NaN percent", candidates: [], topPercent: Number.NaN, code: "NOT_FINITE" },
    { name: "duplicate ids", candidates: [{ id: "a", score: 1 }, { id: "a", score: 2 }], topPercent: 20, code: "DUPLICATE_KEY" },
    { name: "NaN score", candidates: [{ id: "a", score: Number.NaN }], topPercent: 20, code: "NOT_FINITE" },
  ])("rejects $name", ({ candidates, topPercent, code }) => {
    expect(() => selectKeyAccounts(candidates, { topPercent })).toThrow(expect.objectContaining({ code }));
  });

  const candidatesArb = fc.uniqueArray(
    fc.record({ id: fc.string({ minLength: 1, maxLength: 6 }), score: fc.integer({ min: 0, max: 5 }) }),
    { selector: (c) => c.id, maxLength: 40 },
  );

  it("is a stable descending sort with the right number proposed (property)", () => {
    fc.assert(
      fc.property(candidatesArb, fc.integer({ min: 0, max: 100 }), (candidates, topPercent) => {
        const result = selectKeyAccounts(candidates, { topPercent });
        expect(result.map((r) => r.rank)).toEqual(candidates.map((_, i) => i + 1));
        const position = new Map(candidates.map((c, i) => [c.id, i]));
        for (let i = 1; i < result.length; i += 1) {
          const [prev, curr] = [result[i - 1], result[i]];
          expect(prev.score! >= curr.score!).toBe(true);
          if (prev.score === curr.score) expect(position.get(prev.id)!).toBeLessThan(position.get(curr.id)!);
        }
        expect(result.filter((r) => r.proposed)).toHaveLength(Math.ceil((candidates.length * topPercent) / 100));
        expect(result.slice(0, result.filter((r) => r.proposed).length).every((r) => r.proposed)).toBe(true);
      }),
    );
  });
});
