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
 * Since the score only grows with the value, k is found by comparing the value with the (at most four) values
 * where the score steps up: rank ≤ lo + k·(hi − lo)/5 ⟺ #(values below) ≤ ⌊k·(hi − lo)/5⌋ = c ⟺ value ≤ sorted[c].
 * One numeric sort, then four comparisons per value: O(n log n), with no search per value.
 */
export function quintileScores(values: ArrayLike<number>): RfmScore[] {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  // hi − lo = the number of values below the largest one.
  let span = 0;
  if (n > 0) {
    const max = sorted[n - 1];
    let low = 0;
    let high = n;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (sorted[mid] < max) low = mid + 1;
      else high = mid;
    }
    span = low;
  }
  const scores = new Array<RfmScore>(n);
  if (span === 0) return scores.fill(3);
  const t1 = sorted[Math.floor(span / 5)];
  const t2 = sorted[Math.floor((2 * span) / 5)];
  const t3 = sorted[Math.floor((3 * span) / 5)];
  const t4 = sorted[Math.floor((4 * span) / 5)];
  for (let i = 0; i < n; i++) {
    const value = values[i];
    scores[i] = value <= t1 ? 1 : value <= t2 ? 2 : value <= t3 ? 3 : value <= t4 ? 4 : 5;
  }
  return scores;
}

function measure(aggregates: readonly RfmAggregate[], key: "recencyDays" | "frequency" | "monetary"): Float64Array {
  const values = new Float64Array(aggregates.length);
  for (let i = 0; i < aggregates.length; i++) {
    const value = aggregates[i][key];
    if (!Number.isFinite(value)) assertFinite(value, `${key} of account ${aggregates[i].accountId}`, aggregates[i].accountId);
    values[i] = value;
  }
  return values;
}

/** The segment of every (r, f, m) cell, indexed by 25·(r − 1) + 5·(f − 1) + (m − 1): one lookup per account. */
const SEGMENT_CELLS: readonly RfmSegment[] = Array.from({ length: 125 }, (_, cell) =>
  segmentFor(Math.floor(cell / 25) + 1, (Math.floor(cell / 5) % 5) + 1, (cell % 5) + 1),
);

/**
 * Adds `r`, `f`, `m` (1–5, 5 best) and the `segment` of the (r, f, m) cell to each aggregate, keeping the input
 * order and any extra fields. f and m are the quintile scores of frequency and monetary (`quintileScores`); for
 * recency smaller is better, so r = 6 − k. The scores are relative to the aggregates passed in (the portfolio).
 */
export function scoreRfm<T extends RfmAggregate>(aggregates: readonly T[]): (T & RfmScores)[] {
  const recency = quintileScores(measure(aggregates, "recencyDays"));
  const frequency = quintileScores(measure(aggregates, "frequency"));
  const monetary = quintileScores(measure(aggregates, "monetary"));
  const scored = new Array<T & RfmScores>(aggregates.length);
  for (let index = 0; index < aggregates.length; index++) {
    const r = (6 - recency[index]) as RfmScore;
    const f = frequency[index];
    const m = monetary[index];
    // Object.assign rather than spread: V8's object spread is many times slower here, and a 200,000-account
    // portfolio is scored in one go.
    const result = Object.assign({}, aggregates[index]) as T & RfmScores;
    result.r = r;
    result.f = f;
    result.m = m;
    result.segment = SEGMENT_CELLS[25 * (r - 1) + 5 * (f - 1) + (m - 1)];
    scored[index] = result;
  }
  return scored;
}

/** The scoring step of the database path (aggregates from `aggregatesFromRows`): the same as `scoreRfm`. */
export const scoreAggregates = scoreRfm;

/** `aggregateOrders` then `scoreRfm`: the in-memory path. */
export function computeRfm(orders: readonly RfmOrder[], options: AggregateOptions): RfmResult[] {
  return scoreRfm(aggregateOrders(orders, options));
}
