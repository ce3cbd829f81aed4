import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  aggregateOrders,
  aggregatesFromRows,
  classifyAbc,
  quintileScores,
  RFM_SEGMENT_KEYS,
  scoreRfm,
  type RfmAggregate,
} from "@/lib/rfm";
import { DAY_MS as DAY } from "@/lib/dates";

/** Small integer ranges so that ties are common. */
const aggregates = fc
  .array(
    fc.record({
      recencyDays: fc.integer({ min: 0, max: 60 }),
      frequency: fc.integer({ min: 1, max: 12 }),
      monetary: fc.oneof(fc.integer({ min: -50, max: 500 }), fc.double({ min: -1e6, max: 1e6, noNaN: true })),
    }),
    { maxLength: 60 },
  )
  .map((list) => list.map((a, i): RfmAggregate => ({ accountId: `acc-${i}`, ...a })));

describe("RFM properties", () => {
  it("scores stay within 1..5 and the segment is one of the 11 keys", () => {
    fc.assert(
      fc.property(aggregates, (list) => {
        for (const s of scoreRfm(list)) {
          for (const score of [s.r, s.f, s.m]) expect(score >= 1 && score <= 5 && Number.isInteger(score)).toBe(true);
          expect(RFM_SEGMENT_KEYS).toContain(s.segment);
        }
      }),
    );
  });

  it("scores are monotone in their measure (more recent, more frequent, more value is never worse; ties equal)", () => {
    fc.assert(
      fc.property(aggregates, (list) => {
        const scored = scoreRfm(list);
        for (const x of scored)
          for (const y of scored) {
            if (x.recencyDays < y.recencyDays) expect(x.r).toBeGreaterThanOrEqual(y.r);
            if (x.frequency > y.frequency) expect(x.f).toBeGreaterThanOrEqual(y.f);
            if (x.monetary > y.monetary) expect(x.m).toBeGreaterThanOrEqual(y.m);
            if (x.monetary === y.monetary) expect(x.m).toBe(y.m);
          }
      }),
    );
  });

  it("raising one account's monetary never lowers its own m", () => {
    fc.assert(
      fc.property(
        aggregates.filter((l) => l.length > 0),
        fc.nat(),
        fc.integer({ min: 1, max: 1000 }),
        (list, pick, raise) => {
          const i = pick % list.length;
          const before = scoreRfm(list)[i].m;
          const raised = list.map((a, j) => (j === i ? { ...a, monetary: a.monetary + raise } : a));
          expect(scoreRfm(raised)[i].m).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it("quintile scores do not depend on the input order", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 40 }), fc.nat(), (values, seed) => {
        const scores = quintileScores(values);
        const shifted = values.map((_, i) => (i + seed) % values.length);
        const reordered = quintileScores(shifted.map((i) => values[i]));
        shifted.forEach((i, j) => expect(reordered[j]).toBe(scores[i]));
      }),
    );
  });

  it("quintile scores follow their definition: the smallest k with 5·rank ≤ 5·lo + k·(hi − lo), competition ranks", () => {
    /** The definition, literally: O(n²) ranks, then the first k that fits. */
    const reference = (values: number[]) => {
      const rank = (v: number) => 1 + values.filter((w) => w < v).length;
      const ranks = values.map(rank);
      const lo = Math.min(...ranks);
      const hi = Math.max(...ranks);
      return ranks.map((r) => (hi === lo ? 3 : [1, 2, 3, 4, 5].find((k) => 5 * r <= 5 * lo + k * (hi - lo))!));
    };
    const values = fc.oneof(
      fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 80 }),
      fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { maxLength: 80 }),
    );
    fc.assert(fc.property(values, (list) => {
      expect(quintileScores(list)).toEqual(reference(list));
    }), { numRuns: 500 });
  });

  it("the in-memory and the GROUP BY path agree", () => {
    const order = fc.record({
      accountId: fc.constantFrom("a", "b", "c", "d"),
      date: fc.integer({ min: 0, max: 400 * DAY }).map((ms) => new Date(Date.UTC(2023, 0, 1) + ms)),
      amount: fc.integer({ min: -100, max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.array(order, { maxLength: 50 }), (orders) => {
        const asOf = new Date(Date.UTC(2024, 1, 15, 9));
        const rows = new Map<string, { accountId: string; lastOrderDate: Date; frequency: bigint; monetary: string }>();
        for (const o of orders) {
          const row = rows.get(o.accountId) ?? {
            accountId: o.accountId,
            lastOrderDate: o.date,
            frequency: 0n,
            monetary: "0",
          };
          if (o.date > row.lastOrderDate) row.lastOrderDate = o.date;
          row.frequency += 1n;
          row.monetary = String(Number(row.monetary) + o.amount);
          rows.set(o.accountId, row);
        }
        expect(aggregatesFromRows([...rows.values()], asOf)).toEqual(aggregateOrders(orders, { asOf }));
      }),
    );
  });
});

describe("ABC properties", () => {
  const abcItems = fc
    .array(fc.oneof(fc.integer({ min: -20, max: 100 }), fc.double({ min: -1e3, max: 1e6, noNaN: true })), {
      maxLength: 60,
    })
    .map((values) => values.map((value, i) => ({ id: `i${i}`, value })));
  const thresholds = fc
    .tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }))
    .map(([x, y]) => ({ a: Math.min(x, y), b: Math.max(x, y) }));
  const order = { A: 0, B: 1, C: 2 };

  it("classes are ordered A ≥ B ≥ C by value; shares are finite and the curve is well formed", () => {
    fc.assert(
      fc.property(abcItems, thresholds, (list, t) => {
        const result = classifyAbc(list, t);
        const entries = result.items;
        expect(entries).toHaveLength(list.length);
        entries.forEach((e, i) => {
          expect(e.rank).toBe(i + 1);
          expect(e.share >= 0 && e.share <= 1).toBe(true);
          expect(e.cumulativeShare >= 0 && e.cumulativeShare <= 1).toBe(true);
          if (i > 0) {
            const prev = entries[i - 1];
            expect(prev.value).toBeGreaterThanOrEqual(e.value);
            expect(order[prev.abcClass]).toBeLessThanOrEqual(order[e.abcClass]);
            expect(prev.cumulativeShare).toBeLessThanOrEqual(e.cumulativeShare);
          }
        });
        expect(result.pareto[0]).toEqual({ customerShare: 0, valueShare: 0 });
        expect(result.pareto).toHaveLength(list.length + 1);
        for (const p of result.pareto) {
          expect(Number.isFinite(p.customerShare) && Number.isFinite(p.valueShare)).toBe(true);
        }
        const counts = result.summary.A.count + result.summary.B.count + result.summary.C.count;
        expect(counts).toBe(list.length);
      }),
    );
  });

  it("the cumulative share ends at exactly 1 when the total is positive", () => {
    fc.assert(
      fc.property(abcItems, (list) => {
        const result = classifyAbc(list);
        if (result.total > 0) {
          expect(result.items.at(-1)?.cumulativeShare).toBe(1);
          expect(result.pareto.at(-1)).toEqual({ customerShare: 1, valueShare: 1 });
          expect(result.items[0].abcClass).toBe("A");
        } else {
          for (const e of result.items) expect([e.abcClass, e.share, e.cumulativeShare]).toEqual(["C", 0, 0]);
        }
      }),
    );
  });
});
