import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { mapColumns, pickFields } from "@/lib/csv/columns";
import {
  MAX_LISTED_ISSUES,
  type ImportKind,
  type ImportOutcome,
  type ImportProgress,
  type ImportReport,
} from "@/lib/csv-import/report";
import { detectDelimiter, parseCsvRecords } from "@/lib/csv/parse";
import { unguardFormula } from "@/lib/csv/values";
import { accountsImporter } from "./accounts";
import { contactsImporter } from "./contacts";
import { ordersImporter } from "./orders";
import type { Importer, ImportRow } from "./types";
import type { Db } from "../db/prisma";

/**
 * A 100,000-row import writes in seconds, a file at the maximum (IMPORT_MAX_MB, ~1.5 million order rows) in about a
 * minute on an idle server and several on a busy one; the limit leaves room for that, so a large import is never
 * cut off half-way (it would roll back as a whole anyway).
 */
const TRANSACTION_TIMEOUT_MS = 20 * 60_000;

export type ImportRequest = {
  kind: ImportKind;
  text: string;
  /** false: check only (the preview). true: check again, then write in one transaction. */
  commit: boolean;
  /** Write the valid rows even when others are invalid; otherwise any invalid row means nothing is written. */
  onlyValid?: boolean;
  onProgress?: (progress: ImportProgress) => Promise<void> | void;
};

export type ImportRun = { report: ImportReport; committed: boolean; outcome?: ImportOutcome };

function emptyReport(kind: ImportKind, text: string): ImportReport {
  return {
    kind, delimiter: detectDelimiter(text), totalRows: 0, writableRows: 0, unchangedRows: 0,
    invalidCount: 0, invalidRows: [], mapped: [], ignored: [], missing: [],
  };
}

/**
 * The whole import: read the file, map its header, check every row (nothing trusted from the client), and on
 * commit write all rows in ONE transaction — or none when a row is invalid and the user did not choose to
 * import only the valid rows.
 */
export function runCsvImport(db: Db, user: SessionUser, request: ImportRequest): Promise<ImportRun> {
  if (request.kind === "accounts") return runWith(accountsImporter, db, user, request);
  if (request.kind === "contacts") return runWith(contactsImporter, db, user, request);
  return runWith(ordersImporter, db, user, request);
}

async function runWith<K extends string, P>(importer: Importer<K, P>, db: Db, user: SessionUser, request: ImportRequest): Promise<ImportRun> {
  const { kind, text, commit, onlyValid = false } = request;
  const report = emptyReport(kind, text);
  const records = parseCsvRecords(text, report.delimiter);
  if (records.length === 0) return { report: { ...report, fileError: { key: "csvImport.fileError.empty" } }, committed: false };

  const mapping = mapColumns(records[0].fields, importer.columns);
  Object.assign(report, { mapped: mapping.mapped, ignored: mapping.ignored, missing: mapping.missing, totalRows: records.length - 1 });
  if (mapping.missing.length > 0) {
    return { report: { ...report, fileError: { key: "csvImport.fileError.missingColumns", values: { columns: mapping.missing.join(", ") } } }, committed: false };
  }
  if (records.length === 1) return { report: { ...report, fileError: { key: "csvImport.fileError.noRows" } }, committed: false };

  const rows: ImportRow<K>[] = records.slice(1).map(({ row, fields }) => {
    const values = pickFields(fields, mapping);
    for (const key of Object.keys(values) as K[]) values[key] = unguardFormula(values[key]);
    return { row, values };
  });
  // The parsed records are not needed any more: let a file at the maximum give their memory back before the check.
  records.length = 0;
  const headers = new Map<string, string>(mapping.mapped.map((m) => [m.key, m.header]));
  const total = rows.length;
  const checked = await importer.check(db, rows, {
    user,
    decimalComma: report.delimiter === ";",
    headerOf: (field) => headers.get(field),
    progress: async (done) => request.onProgress?.({ phase: "check", done, total }),
  });
  // The plan holds what is written; the rows themselves are done with.
  rows.length = 0;
  Object.assign(report, {
    writableRows: checked.writable,
    unchangedRows: checked.unchanged,
    invalidCount: checked.issues.length,
    invalidRows: checked.issues.slice(0, MAX_LISTED_ISSUES),
    ...(checked.warnings ? { warningCount: checked.warnings.length, warningRows: checked.warnings.slice(0, MAX_LISTED_ISSUES) } : {}),
  });
  if (!commit || (checked.issues.length > 0 && !onlyValid)) return { report, committed: false };

  let outcome: ImportOutcome = { created: 0, updated: 0, unchanged: 0 };
  if (checked.writable > 0) {
    outcome = await db.$transaction(
      (tx) => importer.write(tx, checked.plan, { user, progress: async (done, of) => request.onProgress?.({ phase: "write", done, total: of }) }),
      { timeout: TRANSACTION_TIMEOUT_MS, maxWait: 30_000 },
    );
    await importer.afterCommit?.(db);
  }
  return { report, committed: true, outcome: { ...outcome, unchanged: outcome.unchanged + checked.unchanged } };
}
