import { describe, expect, it } from "vitest";
import { EngineError } from "@/lib/domain";
import { computeRfm, quintileScores, scoreAggregates, scoreRfm, type RfmAggregate } from "@/lib/rfm";

const agg = (accountId: string, recencyDays: number, frequency: number, monetary: number): RfmAggregate => ({
  accountId,
  recencyDays,
  frequency,
  monetary,
});

describe("quintileScores", () => {
  it.each([
    ["empty", [], []],
    ["single value", [42], [3]],
    ["all equal", [7, 7, 7, 7], [3, 3, 3, 3]],
    ["two values", [1, 2], [1, 5]],
    ["5 distinct (ranks 1..5, span 4)", [10, 20, 30, 40, 50], [1, 2, 3, 4, 5]],
    ["10 distinct (span 9)", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [1, 1, 2, 2, 3, 3, 4, 4, 5, 5]],
    ["6 distinct: rank 2 lies exactly on the first edge and takes k = 1", [1, 2, 3, 4, 5, 6], [1, 1, 2, 3, 4, 5]],
    ["ties at the bottom take the lowest rank", [5, 5, 5, 10, 20], [1, 1, 1, 4, 5]],
    ["ties at the top (ranks 1,2,3,4,4)", [1, 2, 3, 9, 9], [1, 2, 4, 5, 5]],
    ["one low, many tied high (ranks 1,2,2,2,2)", [1, 7, 7, 7, 7], [1, 5, 5, 5, 5]],
    ["input order does not matter", [50, 10, 40, 20, 30], [5, 1, 4, 2, 3]],
    ["negative and fractional values", [-2.5, 0, 0.1, -2.5, 3], [1, 3, 4, 1, 5]],
  ])("%s", (_name, values, expected) => {
    expect(quintileScores(values)).toEqual(expected);
  });
});

describe("scoreRfm", () => {
  it("returns [] for no aggregates", () => {
    expect(scoreRfm([])).toEqual([]);
  });

  it("scores a single account 3/3/3 (all values equal)", () => {
    expect(scoreRfm([agg("a", 12, 4, 900)])).toEqual([
      { ...agg("a", 12, 4, 900), r: 3, f: 3, m: 3, segment: "POTENTIAL_LOYALISTS" },
    ]);
  });

  it("scores recency inversely: fewer days is better (r = 6 − k)", () => {
    const scored = scoreRfm([0, 10, 20, 30, 40].map((days, i) => agg(`a${i}`, days, 1, 1)));
    expect(scored.map((s) => s.r)).toEqual([5, 4, 3, 2, 1]);
    expect(scored.map((s) => [s.f, s.m])).toEqual(Array(5).fill([3, 3]));
  });

  it("scores 5 accounts by hand and looks up their segments", () => {
    const scored = scoreRfm([
      agg("a", 1, 5, 500),
      agg("b", 10, 4, 100),
      agg("c", 20, 1, 400),
      agg("d", 30, 3, 300),
      agg("e", 40, 2, 200),
    ]);
    expect(scored.map(({ accountId, r, f, m, segment }) => ({ accountId, r, f, m, segment }))).toEqual([
      { accountId: "a", r: 5, f: 5, m: 5, segment: "CHAMPIONS" },
      { accountId: "b", r: 4, f: 4, m: 1, segment: "POTENTIAL_LOYALISTS" },
      { accountId: "c", r: 3, f: 1, m: 4, segment: "PROMISING" },
      { accountId: "d", r: 2, f: 3, m: 3, segment: "HIBERNATING" },
      { accountId: "e", r: 1, f: 2, m: 2, segment: "HIBERNATING" },
    ]);
  });

  it("scores 10 accounts with ties by hand", () => {
    // Recency ranks 1,1,3,4,5,6,7,8,9,9 (lo 1, hi 9): k = smallest k with 5·rank ≤ 5 + 8k, i.e.
    // 1,1,2,2,3,4,4,5,5,5 and r = 6 − k. Frequency all equal → 3. Monetary 1..10 (lo 1, hi 10).
    const recency = [0, 0, 5, 8, 13, 21, 34, 55, 89, 89];
    const scored = scoreRfm(recency.map((days, i) => agg(`a${i}`, days, 2, i + 1)));
    expect(scored.map((s) => s.r)).toEqual([5, 5, 4, 4, 3, 2, 2, 1, 1, 1]);
    expect(scored.map((s) => s.f)).toEqual(Array(10).fill(3));
    expect(scored.map((s) => s.m)).toEqual([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]);
  });

  it("keeps the input order and extra fields", () => {
    const scored = scoreRfm([{ ...agg("z", 3, 1, 1), name: "Zeta" }, { ...agg("a", 1, 2, 2), name: "Alpha" }]);
    expect(scored.map((s) => [s.accountId, s.name])).toEqual([
      ["z", "Zeta"],
      ["a", "Alpha"],
    ]);
  });

  it("rejects non-finite measures with a typed error", () => {
    expect(() => scoreRfm([agg("a", 1, 1, Number.NaN)])).toThrow(EngineError);
    expect(() => scoreRfm([agg("a", Infinity, 1, 1)])).toThrow(/recencyDays of account a/);
  });

  it("scoreAggregates is scoreRfm", () => {
    expect(scoreAggregates).toBe(scoreRfm);
  });
});

describe("computeRfm", () => {
  const asOf = new Date("2024-06-30T10:00:00Z");
  const on = (accountId: string, day: string, amount: number, margin?: number) => ({
    accountId,
    date: new Date(`${day}T12:00:00Z`),
    amount,
    margin,
  });
  const orders = [
    ...["2024-01-10", "2024-02-10", "2024-03-10", "2024-04-10", "2024-06-29"].map((d) => on("a", d, 100, 10)),
    ...["2024-03-01", "2024-04-01", "2024-05-01", "2024-06-20"].map((d) => on("b", d, 25, 40)),
    on("c", "2024-06-10", 400, 5),
    ...["2024-03-31", "2024-04-30", "2024-05-31"].map((d) => on("d", d, 100, 1)),
    ...["2024-04-21", "2024-05-21"].map((d) => on("e", d, 100)),
  ];

  it("aggregates and scores the orders", () => {
    const rows = computeRfm(orders, { asOf }).map((s) => [
      s.accountId,
      s.recencyDays,
      s.frequency,
      s.monetary,
      `${s.r}${s.f}${s.m}`,
      s.segment,
    ]);
    expect(rows).toEqual([
      ["a", 1, 5, 500, "555", "CHAMPIONS"],
      ["b", 10, 4, 100, "441", "POTENTIAL_LOYALISTS"],
      ["c", 20, 1, 400, "314", "PROMISING"],
      ["d", 30, 3, 300, "233", "HIBERNATING"],
      ["e", 40, 2, 200, "122", "HIBERNATING"],
    ]);
  });

  it("uses margin instead of amount on request (a missing margin counts as 0)", () => {
    const scored = computeRfm(orders, { asOf, useMargin: true });
    expect(scored.map((s) => [s.accountId, s.monetary, s.m])).toEqual([
      ["a", 50, 4],
      ["b", 160, 5],
      ["c", 5, 3],
      ["d", 3, 2],
      ["e", 0, 1],
    ]);
  });
});
