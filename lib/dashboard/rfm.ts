import "server-only";
import { RFM_SEGMENT_KEYS, type RfmSegment } from "@/lib/rfm";
import type { DashboardQuery } from "./query";
import { windowSummary } from "./window-summary";

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
  const summary = await windowSummary(query);
  const grid = new Map(summary.cells.map((cell) => [`${cell.r}:${cell.f}`, cell]));
  const bySegment = new Map(summary.segments.map((segment) => [segment.segment, segment]));
  const cells: RfmCell[] = [];
  for (let r = 5; r >= 1; r--) {
    for (let f = 1; f <= 5; f++) {
      const cell = grid.get(`${r}:${f}`);
      cells.push({ r, f, count: cell?.count ?? 0, avgMonetary: cell ? cell.revenue / cell.count : 0 });
    }
  }
  return {
    cells,
    maxCount: Math.max(0, ...cells.map((cell) => cell.count)),
    segments: RFM_SEGMENT_KEYS.map((key) => ({ key, count: bySegment.get(key)?.count ?? 0, revenue: bySegment.get(key)?.revenue ?? 0 })),
    customers: cells.reduce((total, cell) => total + cell.count, 0),
  };
}
