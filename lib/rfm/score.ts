import { aggregateOrders, type AggregateOptions, type RfmAggregate, type RfmOrder } from "./aggregate";
import { assertFinite } from "../domain";
import { segmentFor, type RfmScore, type RfmSegment } from "./segments";

/** The scores and segment `scoreRfm` adds to an aggregate. */
export type RfmScores = { r: RfmScore; f: RfmScore; m: RfmScore; segment: RfmSegment };

/** An aggregate with its scores. */
export type RfmResult = RfmAggregate & RfmScores;

/**
 * The quintile score k (1–5) of each value, in input order. Values are ranked ascending, ties taking the lowest
 * rank (1-based competition ranking: rank = 1 + number of smaller values). With `lo`, `hi` the smallest and
 * largest rank, k is the smallest k in 1..5 with rank ≤ lo + k·(hi − lo)/5, so a rank exactly on an edge takes
 * the lower k; compared in integers as 5·rank ≤ 5·lo + k·(hi − lo). If all values are equal every value scores 3.
 * One numeric sort, then a binary search per value: O(n log n).
 */
export function quintileScores(values: readonly number[]): RfmScore[] {
  const sorted = Float64Array.from(values).sort();
  /** 1 + the number of sorted values strictly below `value`. */
  const rankOf = (value: number): number => {
    let low = 0;
    let high = sorted.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid] < value) low = mid + 1;
      else high = mid;
    }
    return low + 1;
  };
  const lo = 1;
  const span = values.length === 0 ? 0 : rankOf(sorted[sorted.length - 1]) - lo;
  return values.map((value): RfmScore => {
    if (span === 0) return 3;
    const rank = rankOf(value);
    let k = 1;
    while (5 * rank > 5 * lo + k * span) k += 1;
    return k as RfmScore;
  });
}

function measure(aggregates: readonly RfmAggregate[], key: "recencyDays" | "frequency" | "monetary"): number[] {
  return aggregates.map((aggregate) => {
    const value = aggregate[key];
    assertFinite(value, `${key} of account ${aggregate.accountId}`, aggregate.accountId);
    return value;
  });
}

/**
 * Adds `r`, `f`, `m` (1–5, 5 best) and the `segment` of the (r, f, m) cell to each aggregate, keeping the input
 * order and any extra fields. f and m are the quintile scores of frequency and monetary (`quintileScores`); for
 * recency smaller is better, so r = 6 − k. The scores are relative to the aggregates passed in (the portfolio).
 */
export function scoreRfm<T extends RfmAggregate>(aggregates: readonly T[]): (T & RfmScores)[] {
  const recency = quintileScores(measure(aggregates, "recencyDays"));
  const frequency = quintileScores(measure(aggregates, "frequency"));
  const monetary = quintileScores(measure(aggregates, "monetary"));
  return aggregates.map((aggregate, index) => {
    const r = (6 - recency[index]) as RfmScore;
    const f = frequency[index];
    const m = monetary[index];
    // Object.assign rather than spread: V8's object spread is ~20× slower here and 10,000 accounts must score < 50 ms.
    return Object.assign({}, aggregate, { r, f, m, segment: segmentFor(r, f, m) });
  });
}

/** The scoring step of the database path (aggregates from `aggregatesFromRows`): the same as `scoreRfm`. */
export const scoreAggregates = scoreRfm;

/** `aggregateOrders` then `scoreRfm`: the in-memory path. */
export function computeRfm(orders: readonly RfmOrder[], options: AggregateOptions): RfmResult[] {
  return scoreRfm(aggregateOrders(orders, options));
}
