import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { salesVolumeScores } from "@/lib/identification";

describe("salesVolumeScores", () => {
  it.each([
    { name: "empty", items: [], expected: {} },
    { name: "single account gets the midpoint", items: [{ id: "a", volume: 999 }], expected: { a: 5 } },
    {
      name: "spread from min to max by rank",
      items: [{ id: "a", volume: 100 }, { id: "b", volume: 1_000_000 }, { id: "c", volume: 300 }],
      expected: { a: 0, b: 10, c: 5 },
    },
    {
      name: "all equal get the midpoint",
      items: [{ id: "a", volume: 7 }, { id: "b", volume: 7 }, { id: "c", volume: 7 }],
      expected: { a: 5, b: 5, c: 5 },
    },
    {
      name: "ties share the mid-rank",
      items: [{ id: "a", volume: 1 }, { id: "b", volume: 2 }, { id: "c", volume: 2 }, { id: "d", volume: 3 }, { id: "e", volume: 0 }],
      expected: { e: 0, a: 2.5, b: 6.25, c: 6.25, d: 10 },
    },
    {
      name: "zero and negative volumes",
      items: [{ id: "refund", volume: -50 }, { id: "none", volume: 0 }],
      expected: { refund: 0, none: 10 },
    },
  ])("$name", ({ items, expected }) => {
    expect(salesVolumeScores(items)).toEqual(expected);
  });

  it("maps onto another scale", () => {
    expect(salesVolumeScores([{ id: "a", volume: 1 }, { id: "b", volume: 2 }], { min: 1, max: 5 })).toEqual({ a: 1, b: 5 });
  });

  it("handles awkward ids", () => {
    expect(salesVolumeScores([{ id: "__proto__", volume: 1 }, { id: "x", volume: 2 }])).toEqual(
      Object.fromEntries([["__proto__", 0], ["x", 10]]),
    );
  });

  it.each([
    { items: [{ id: "a", volume: Number.NaN }], code: "NOT_FINITE" },
    { items: [{ id: "a", volume: 1 }, { id: "a", volume: 2 }], code: "DUPLICATE_KEY" },
  ])("rejects $code", ({ items, code }) => {
    expect(() => salesVolumeScores(items)).toThrow(expect.objectContaining({ code }));
  });

  it("stays on the scale and is monotone in volume (property)", () => {
    const itemsArb = fc.uniqueArray(
      fc.record({ id: fc.uuid(), volume: fc.double({ min: -1e9, max: 1e9, noNaN: true }) }),
      { selector: (i) => i.id, maxLength: 50 },
    );
    fc.assert(
      fc.property(itemsArb, (items) => {
        const scores = salesVolumeScores(items);
        for (const a of items) {
          expect(scores[a.id]).toBeGreaterThanOrEqual(0);
          expect(scores[a.id]).toBeLessThanOrEqual(10);
          for (const b of items) {
            if (a.volume < b.volume) expect(scores[a.id]).toBeLessThan(scores[b.id]);
            if (a.volume === b.volume) expect(scores[a.id]).toBe(scores[b.id]);
          }
        }
      }),
    );
  });
});
