import { guardFormula } from "@/lib/csv/values";
import { toCsv, type CsvCell } from "@/lib/csv/write";
import { changedFields, changesText } from "./diff";
import type { AuditRow } from "./queries";

/** The audit CSV: one row per entry, the readable changes next to the raw before/after JSON. */
export const AUDIT_CSV_HEADER = ["at", "userEmail", "userName", "entityType", "entityId", "action", "changes", "before", "after"] as const;

const json = (value: unknown) => (value === null || value === undefined ? "" : JSON.stringify(value));

export const auditCsvHeader = () => toCsv([[...AUDIT_CSV_HEADER]]);

/** Text that people typed (names, values) is guarded so a spreadsheet does not run it as a formula. */
export function auditCsvRows(rows: readonly AuditRow[]): string {
  const cells: CsvCell[][] = rows.map((row) => [
    row.at.toISOString(),
    guardFormula(row.userEmail),
    guardFormula(row.userName),
    guardFormula(row.entityType),
    guardFormula(row.entityId),
    guardFormula(row.action),
    guardFormula(changesText(changedFields(row.before, row.after))),
    guardFormula(json(row.before)),
    guardFormula(json(row.after)),
  ]);
  return toCsv(cells);
}
