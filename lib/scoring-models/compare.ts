import type { FactorView, ModelView } from "./queries";

/** What a factor contributes to scoring and display; ids and positions of the copies do not count. */
const factorKey = (f: FactorView) =>
  JSON.stringify([f.dimension, f.groupKey, f.key, f.labelEn, f.labelZh, f.helpEn ?? "", f.helpZh ?? "", Number(f.weight), f.inverted]);

/**
 * Whether a draft would change nothing if published: same settings and the same factors in the same order.
 * Publishing such a draft only adds a version number that every report would then have to explain.
 */
export function sameModelContent(a: ModelView, b: ModelView): boolean {
  const settings = (m: ModelView) =>
    JSON.stringify([m.name, m.scale.min, m.scale.max, m.thresholdMode, m.fixedThresholds.attractiveness, m.fixedThresholds.strength, m.topPercent, m.potentialFromClv]);
  if (settings(a) !== settings(b) || a.factors.length !== b.factors.length) return false;
  return a.factors.every((factor, i) => factorKey(factor) === factorKey(b.factors[i]));
}
