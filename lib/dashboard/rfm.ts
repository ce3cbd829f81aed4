import "server-only";
import { RFM_SEGMENT_KEYS, type RfmSegment } from "@/lib/rfm";
import type { DashboardQuery } from "./query";
import { scopedWindow } from "./shared";

export type RfmCell = { r: number; f: number; count: number; avgMonetary: number };
export type RfmSegmentRow = { key: RfmSegment; count: number; revenue: number };

export type RfmData = {
  /** 25 cells, r = 5 … 1 (rows, best first) × f = 1 … 5 (columns). */
  cells: RfmCell[];
  maxCount: number;
  /** Every segment in display order, empty ones included. */
  segments: RfmSegmentRow[];
  customers: number;
};

/** The R × F heat map and the segment table of the accounts in scope (RFM over the order window). */
export async function getRfmGrid(query: DashboardQuery): Promise<RfmData> {
  const rows = await scopedWindow(query);
  const grid = new Map<string, { count: number; monetary: number }>();
  const segments = new Map<RfmSegment, RfmSegmentRow>(RFM_SEGMENT_KEYS.map((key) => [key, { key, count: 0, revenue: 0 }]));
  for (const row of rows) {
    // Not ranked yet (entered the window after the last full refresh): counted in revenue, not placed.
    if (row.r === null || row.f === null || row.segment === null) continue;
    const cellKey = `${row.r}:${row.f}`;
    const cell = grid.get(cellKey) ?? { count: 0, monetary: 0 };
    cell.count += 1;
    cell.monetary += row.revenue;
    grid.set(cellKey, cell);
    const segment = segments.get(row.segment)!;
    segment.count += 1;
    segment.revenue += row.revenue;
  }
  const cells: RfmCell[] = [];
  for (let r = 5; r >= 1; r--) {
    for (let f = 1; f <= 5; f++) {
      const cell = grid.get(`${r}:${f}`);
      cells.push({ r, f, count: cell?.count ?? 0, avgMonetary: cell ? cell.monetary / cell.count : 0 });
    }
  }
  return {
    cells,
    maxCount: Math.max(0, ...cells.map((cell) => cell.count)),
    segments: [...segments.values()],
    customers: cells.reduce((total, cell) => total + cell.count, 0),
  };
}
