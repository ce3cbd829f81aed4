import { EngineError } from "../domain";

/** ABC classes, from the accounts that bring most of the value (A) to the long tail (C). */
export const ABC_CLASSES = ["A", "B", "C"] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

/** An account (or anything) with the value it is classified by: revenue or margin. */
export type AbcItem = { id: string; value: number };

/** Cumulative-share cut-offs, 0 ≤ a ≤ b ≤ 1. */
export type AbcThresholds = { a: number; b: number };

export const DEFAULT_ABC_THRESHOLDS: AbcThresholds = { a: 0.8, b: 0.95 };

/** One classified item; shares are fractions 0–1 of the total positive value. */
export type AbcEntry = AbcItem & { rank: number; share: number; cumulativeShare: number; abcClass: AbcClass };

/** A point of the Pareto curve: the top `customerShare` of the items hold `valueShare` of the value. */
export type ParetoPoint = { customerShare: number; valueShare: number };

export type AbcClassSummary = { count: number; countShare: number; value: number; valueShare: number };

export type AbcResult = {
  /** Sorted by value descending; ties keep their input order (stable sort), so `rank` is 1..n without gaps. */
  items: AbcEntry[];
  /** Starts at (0, 0), then one point per item in `items` order. */
  pareto: ParetoPoint[];
  summary: Record<AbcClass, AbcClassSummary>;
  /** The sum of the positive values: the base of every share. */
  total: number;
};

function checkThresholds({ a, b }: AbcThresholds): void {
  if (!(Number.isFinite(a) && Number.isFinite(b) && 0 <= a && a <= b && b <= 1)) {
    throw new EngineError("INVALID_OPTION", `ABC thresholds need 0 ≤ a ≤ b ≤ 1, got a = ${a}, b = ${b}`);
  }
}

/**
 * ABC classification. Items are sorted by value descending (ties stable by input order); an item is A while the
 * cumulative share *before* it is below `a`, B while it is below `b`, else C (80 % / 95 % by default).
 * Shares are of the total of the positive values: an item with value ≤ 0 has share 0 and is always C, and when
 * no value is positive every item is C with all shares 0 — never NaN. For a positive total the last
 * `cumulativeShare` is exactly 1. O(n log n).
 */
export function classifyAbc(
  items: readonly AbcItem[],
  thresholds: AbcThresholds = DEFAULT_ABC_THRESHOLDS,
): AbcResult {
  checkThresholds(thresholds);
  for (const item of items) {
    if (!Number.isFinite(item.value)) {
      throw new EngineError("NOT_FINITE", `ABC value of ${item.id} must be a finite number, got ${item.value}`);
    }
  }
  const sorted = [...items].sort((x, y) => y.value - x.value);
  // Summed in sorted order, the same order as the running sum below, so the last cumulative share is exactly 1.
  const total = sorted.reduce((sum, item) => sum + Math.max(0, item.value), 0);
  let running = 0;
  let before = 0;
  const entries = sorted.map((item, index): AbcEntry => {
    const counted = total > 0 && item.value > 0;
    const abcClass: AbcClass = !counted ? "C" : before < thresholds.a ? "A" : before < thresholds.b ? "B" : "C";
    if (counted) running += item.value;
    const cumulativeShare = total > 0 ? running / total : 0;
    before = cumulativeShare;
    const share = counted ? item.value / total : 0;
    return { id: item.id, value: item.value, rank: index + 1, share, cumulativeShare, abcClass };
  });
  const n = entries.length;
  const pareto: ParetoPoint[] = [{ customerShare: 0, valueShare: 0 }];
  entries.forEach((entry) => pareto.push({ customerShare: entry.rank / n, valueShare: entry.cumulativeShare }));
  const summary = {
    A: { count: 0, countShare: 0, value: 0, valueShare: 0 },
    B: { count: 0, countShare: 0, value: 0, valueShare: 0 },
    C: { count: 0, countShare: 0, value: 0, valueShare: 0 },
  };
  for (const entry of entries) {
    const cls = summary[entry.abcClass];
    cls.count += 1;
    cls.value += entry.value;
    cls.valueShare += entry.share;
  }
  for (const cls of Object.values(summary)) cls.countShare = n > 0 ? cls.count / n : 0;
  return { items: entries, pareto, summary, total };
}

/** The Pareto curve of a set of values, thinned for a chart, with the class summary: no per-item records. */
export type AbcCurve = {
  /** (0, 0), every `step`-th point, the last point of each class and the final point. */
  points: ParetoPoint[];
  /** How many values: the base of the count shares. */
  items: number;
  total: number;
  summary: Record<AbcClass, AbcClassSummary>;
};

/**
 * What `classifyAbc` says of bare values, for charts of whole portfolios: the same summary and the same curve
 * points, keeping at most about `maxPoints` of them (plus each class's last point, so the cut lines stay exact).
 * Works on a typed copy and allocates only the kept points, so tens of thousands of values cost a few milliseconds.
 */
export function abcCurve(values: readonly number[], maxPoints: number, thresholds: AbcThresholds = DEFAULT_ABC_THRESHOLDS): AbcCurve {
  checkThresholds(thresholds);
  if (!(Number.isInteger(maxPoints) && maxPoints >= 1)) throw new EngineError("INVALID_OPTION", `maxPoints must be a positive integer, got ${maxPoints}`);
  const n = values.length;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (!Number.isFinite(values[i])) throw new EngineError("NOT_FINITE", `ABC value ${i} must be a finite number, got ${values[i]}`);
    sorted[i] = values[i];
  }
  sorted.sort().reverse();
  let total = 0;
  for (let i = 0; i < n; i++) total += Math.max(0, sorted[i]);
  const cumulative = new Float64Array(n);
  const classes = new Uint8Array(n);
  const summary = {
    A: { count: 0, countShare: 0, value: 0, valueShare: 0 },
    B: { count: 0, countShare: 0, value: 0, valueShare: 0 },
    C: { count: 0, countShare: 0, value: 0, valueShare: 0 },
  };
  let running = 0;
  let before = 0;
  for (let i = 0; i < n; i++) {
    const value = sorted[i];
    const counted = total > 0 && value > 0;
    const abcClass = !counted ? 2 : before < thresholds.a ? 0 : before < thresholds.b ? 1 : 2;
    if (counted) running += value;
    cumulative[i] = total > 0 ? running / total : 0;
    before = cumulative[i];
    classes[i] = abcClass;
    const cls = summary[ABC_CLASSES[abcClass]];
    cls.count += 1;
    cls.value += value;
    cls.valueShare += counted ? value / total : 0;
  }
  for (const cls of Object.values(summary)) cls.countShare = n > 0 ? cls.count / n : 0;
  // Point k stands for the first k values; it is kept on the step, at the end, and where the class changes after it.
  const step = Math.max(1, Math.ceil(n / maxPoints));
  const points: ParetoPoint[] = [{ customerShare: 0, valueShare: 0 }];
  for (let k = 1; k <= n; k++) {
    if (k === n || k % step === 0 || classes[k] !== classes[k - 1]) points.push({ customerShare: k / n, valueShare: cumulative[k - 1] });
  }
  return { points, items: n, total, summary };
}
