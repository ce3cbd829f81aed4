import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import { mapColumns, pickFields, type ColumnMapping } from "@/lib/csv/columns";
import {
  MAX_LISTED_ISSUES,
  type ImportKind,
  type ImportOutcome,
  type ImportProgress,
  type ImportReport,
} from "@/lib/csv-import/report";
import { openCsvStream, type CsvDelimiter, type CsvRecord } from "@/lib/csv/parse";
import { unguardFormula } from "@/lib/csv/values";
import { accountsImporter } from "./accounts";
import { contactsImporter } from "./contacts";
import { ordersImporter } from "./orders";
import { textSource, type CsvSource } from "./source";
import { TRANSACTION_TIMEOUT_MS, type Importer, type ImportRow, type StreamImporter } from "./types";
import type { Db } from "../db/prisma";

export type ImportRequest = {
  kind: ImportKind;
  /** The file: `source` (e.g. the spooled upload, read as a stream) or, for small callers, its whole `text`. */
  source?: CsvSource;
  text?: string;
  /** false: check only (the preview). true: check again, then write in one transaction. */
  commit: boolean;
  /** Write the valid rows even when others are invalid; otherwise any invalid row means nothing is written. */
  onlyValid?: boolean;
  onProgress?: (progress: ImportProgress) => Promise<void> | void;
};

export type ImportRun = { report: ImportReport; committed: boolean; outcome?: ImportOutcome };

function emptyReport(kind: ImportKind, delimiter: CsvDelimiter): ImportReport {
  return {
    kind, delimiter, totalRows: 0, writableRows: 0, unchangedRows: 0,
    invalidCount: 0, invalidRows: [], mapped: [], ignored: [], missing: [],
  };
}

/**
 * The whole import: read the file, map its header, check every row (nothing trusted from the client), and on
 * commit write all rows in ONE transaction — or none when a row is invalid and the user did not choose to
 * import only the valid rows. The file is read as a stream, chunk by chunk, never held whole.
 */
export function runCsvImport(db: Db, user: SessionUser, request: ImportRequest): Promise<ImportRun> {
  if (request.kind === "accounts") return runWith(accountsImporter, db, user, request);
  if (request.kind === "contacts") return runWith(contactsImporter, db, user, request);
  return runWith(ordersImporter, db, user, request);
}

type Opened = { delimiter: CsvDelimiter; header?: CsvRecord; rest: AsyncIterable<CsvRecord[]> };

/** The file's delimiter, its first record (the header) and an iterator over the records after it. */
async function openFile(source: CsvSource): Promise<Opened> {
  const stream = await openCsvStream(source.chunks());
  const iterator = stream.batches[Symbol.asyncIterator]();
  const first = await iterator.next();
  if (first.done) return { delimiter: stream.delimiter, rest: (async function* () {})() };
  const [header, ...more] = first.value;
  async function* rest() {
    if (more.length > 0) yield more;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value;
    }
  }
  return { delimiter: stream.delimiter, header, rest: rest() };
}

async function countRecords(batches: AsyncIterable<CsvRecord[]>) {
  let count = 0;
  for await (const batch of batches) count += batch.length;
  return count;
}

/** The records as import rows: values by field key, trimmed, with the exports' formula guard taken off. */
async function* importRows<K extends string>(batches: AsyncIterable<CsvRecord[]>, mapping: ColumnMapping<K>): AsyncGenerator<ImportRow<K>[]> {
  for await (const batch of batches) {
    yield batch.map(({ row, fields }) => {
      const values = pickFields(fields, mapping);
      for (const key of Object.keys(values) as K[]) values[key] = unguardFormula(values[key]);
      return { row, values };
    });
  }
}

const isStreaming = <K extends string, P>(importer: Importer<K, P> | StreamImporter<K>): importer is StreamImporter<K> => "run" in importer;

async function runWith<K extends string, P>(importer: Importer<K, P> | StreamImporter<K>, db: Db, user: SessionUser, request: ImportRequest): Promise<ImportRun> {
  const { kind, commit, onlyValid = false } = request;
  const source = request.source ?? textSource(request.text ?? "");
  const opened = await openFile(source);
  const report = emptyReport(kind, opened.delimiter);
  if (!opened.header) return { report: { ...report, fileError: { key: "csvImport.fileError.empty" } }, committed: false };

  const mapping = mapColumns(opened.header.fields, importer.columns);
  Object.assign(report, { mapped: mapping.mapped, ignored: mapping.ignored, missing: mapping.missing });
  const headers = new Map<string, string>(mapping.mapped.map((m) => [m.key, m.header]));
  const context = { user, decimalComma: report.delimiter === ";", headerOf: (field: string) => headers.get(field) };

  if (mapping.missing.length > 0 || isStreaming(importer)) {
    // The rows are counted in a first, cheap pass: for the report of a refused file, and for a streaming import's progress.
    report.totalRows = await countRecords(opened.rest);
    if (mapping.missing.length > 0) {
      return { report: { ...report, fileError: { key: "csvImport.fileError.missingColumns", values: { columns: mapping.missing.join(", ") } } }, committed: false };
    }
  }

  if (isStreaming(importer)) {
    if (report.totalRows === 0) return { report: { ...report, fileError: { key: "csvImport.fileError.noRows" } }, committed: false };
    const again = await openFile(source);
    const result = await importer.run(db, importRows(again.rest, mapping), {
      ...context,
      total: report.totalRows,
      commit,
      onlyValid,
      progress: async (progress) => request.onProgress?.(progress),
    });
    Object.assign(report, {
      writableRows: result.writable,
      unchangedRows: result.unchanged,
      invalidCount: result.issueCount,
      invalidRows: result.issues,
    });
    if (!commit || (result.issueCount > 0 && !onlyValid)) return { report, committed: false };
    if (result.outcome) await importer.afterCommit?.(db);
    const outcome = result.outcome ?? { created: 0, updated: 0, unchanged: 0 };
    return { report, committed: true, outcome: { ...outcome, unchanged: outcome.unchanged + result.unchanged } };
  }

  const rows: ImportRow<K>[] = [];
  for await (const batch of importRows(opened.rest, mapping)) for (const row of batch) rows.push(row);
  report.totalRows = rows.length;
  if (rows.length === 0) return { report: { ...report, fileError: { key: "csvImport.fileError.noRows" } }, committed: false };

  const total = rows.length;
  const checked = await importer.check(db, rows, {
    ...context,
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
