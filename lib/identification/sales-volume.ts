import { assertFinite, EngineError } from "../domain";
import { assertScale, DEFAULT_SCALE, type Scale } from "../scoring";

export type SalesVolume = { id: string; volume: number };

/**
 * Turns raw sales volumes (e.g. revenue from orders over a window) into scale scores for the SALES_VOLUME
 * criterion by mid-rank percentile: (accounts below + ½ × other accounts equal) / (n − 1), mapped onto the
 * scale. A percentile rather than volume / max keeps one giant account from squashing everyone else to 0;
 * the smallest unique volume gets `min`, the largest `max`, equal volumes equal scores, and a lone account
 * (or an all-equal portfolio) the midpoint. Returns scores by id.
 */
export function salesVolumeScores(
  items: readonly SalesVolume[],
  scale: Scale = DEFAULT_SCALE,
): Record<string, number> {
  assertScale(scale);
  const ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) throw new EngineError("DUPLICATE_KEY", `account "${item.id}" appears twice`, item.id);
    ids.add(item.id);
    assertFinite(item.volume, `volume of "${item.id}"`, item.id);
  }
  const n = items.length;
  const sorted = [...items].sort((a, b) => a.volume - b.volume);
  const scores: [string, number][] = [];
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && sorted[end + 1].volume === sorted[start].volume) end += 1;
    const equalOthers = end - start;
    const percentile = n === 1 ? 0.5 : (start + equalOthers / 2) / (n - 1);
    const score = scale.min + (scale.max - scale.min) * percentile;
    for (let i = start; i <= end; i += 1) scores.push([sorted[i].id, score]);
    start = end + 1;
  }
  return Object.fromEntries(scores);
}
