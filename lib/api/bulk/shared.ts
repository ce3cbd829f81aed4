import "server-only";
import { z } from "zod";
import type { ImportReason, ImportRowIssue } from "@/lib/csv-import/report";
import { zodReasons } from "@/lib/csv-import/zod-reasons";

/** Rows one bulk request may carry; more is refused (413) before anything is read. */
export const BULK_MAX_ROWS = 10_000;

/** What the route validates before the rows: an array of 1 to 10,000 objects; each row is then checked on its own. */
export const ZBulkEnvelope = z.object({ rows: z.array(z.record(z.string(), z.unknown()), "validation.invalid").min(1, "validation.required").max(BULK_MAX_ROWS) });

/** Reasons per row, collected as the CSV import collects them, reported by row index (from 0). */
export class RowIssues {
  private readonly byRow = new Map<number, ImportReason[]>();

  add(row: number, ...reasons: ImportReason[]) {
    this.byRow.set(row, [...(this.byRow.get(row) ?? []), ...reasons]);
  }

  has(row: number) {
    return this.byRow.has(row);
  }

  get count() {
    return this.byRow.size;
  }

  /** The CSV import's shape: `{ row, reasons }` by row, at most `max` rows listed. */
  list(max = 1000): ImportRowIssue[] {
    return [...this.byRow].sort((a, b) => a[0] - b[0]).slice(0, max).map(([row, reasons]) => ({ row, reasons }));
  }
}

/** A row's own parse: its fields' problems name the field as the column. */
export function parseRow<S extends z.ZodType>(schema: S, raw: Record<string, unknown>, row: number, issues: RowIssues): z.output<S> | null {
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  const text = Object.fromEntries(Object.entries(raw).map(([key, value]) => [key, typeof value === "string" ? value : JSON.stringify(value)]));
  issues.add(row, ...zodReasons(result.error, (field) => field, text));
  return null;
}
