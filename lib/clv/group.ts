/**
 * Groups the rows of numeric columns into distinct tuples with their counts, in first-seen order, with an
 * open-addressing hash table on the bit patterns: linear time and no per-row allocation, which matters at
 * 100,000 customers (string keys or a comparator sort cost more than the whole fit).
 */
export function groupRows(columns: readonly Float64Array[], n: number): { rows: Int32Array; counts: Float64Array } {
  let size = 16;
  while (size < 2 * n) size *= 2;
  const mask = size - 1;
  const table = new Int32Array(size).fill(-1);
  const rows = new Int32Array(n);
  const counts = new Float64Array(n);
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  let groups = 0;
  for (let i = 0; i < n; i += 1) {
    let hash = 0x811c9dc5;
    for (const column of columns) {
      // +0 turns −0 into 0 so equal numbers hash alike.
      bits[0] = column[i] + 0;
      hash = Math.imul(hash ^ words[0], 0x01000193);
      hash = Math.imul(hash ^ words[1], 0x01000193);
    }
    hash ^= hash >>> 15;
    let slot = hash & mask;
    for (;;) {
      const group = table[slot];
      if (group < 0) {
        table[slot] = groups;
        rows[groups] = i;
        counts[groups] = 1;
        groups += 1;
        break;
      }
      const row = rows[group];
      let same = true;
      for (const column of columns) {
        if (column[row] !== column[i]) {
          same = false;
          break;
        }
      }
      if (same) {
        counts[group] += 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
  }
  return { rows: rows.slice(0, groups), counts: counts.slice(0, groups) };
}
