import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import type { CsvColumnSpec } from "@/lib/csv/columns";
import { MAX_LISTED_ISSUES, type ImportOutcome, type ImportProgress, type ImportReason, type ImportRowIssue } from "@/lib/csv-import/report";
import type { Db, Tx } from "../db/prisma";

/** One data row of the file: its spreadsheet row number and its trimmed values by field key. */
export type ImportRow<K extends string> = { row: number; values: Partial<Record<K, string>> };

export type CheckContext = {
  user: SessionUser;
  /** Numbers use a decimal comma (semicolon files from Excel). */
  decimalComma: boolean;
  /** The file's header for a field, so reasons name the column as the user wrote it. */
  headerOf: (field: string) => string | undefined;
  /** Reports rows checked so far; awaited so a streaming response can flush. */
  progress: (done: number) => Promise<void>;
};

export type CheckResult<P> = {
  issues: ImportRowIssue[];
  /** Rows written anyway but reported (see ImportReport.warningRows). */
  warnings?: ImportRowIssue[];
  unchanged: number;
  writable: number;
  plan: P;
};

export type WriteContext = { user: SessionUser; progress: (done: number, total: number) => Promise<void> };

/**
 * What the accounts and contacts imports provide to the shared preview/commit flow: a check over all rows at once
 * (their cross-row rules — parents in the same file, contacts matched by person — want them together; such files
 * have thousands of rows, not millions), then a write in one transaction.
 */
export type Importer<K extends string, P> = {
  columns: readonly CsvColumnSpec<K>[];
  check: (db: Db, rows: ImportRow<K>[], ctx: CheckContext) => Promise<CheckResult<P>>;
  /** Runs inside the import's single transaction. */
  write: (tx: Tx, plan: P, ctx: WriteContext) => Promise<ImportOutcome>;
  /** Runs after the commit, outside the transaction (e.g. refreshing cached metrics). */
  afterCommit?: (db: Db) => Promise<void>;
};

/** Rows between progress reports and per bulk statement. */
export const IMPORT_CHUNK = 5000;

/**
 * A 100,000-row import writes in seconds, a file at the maximum (IMPORT_MAX_MB, ~1.5 million order rows) in about a
 * minute on an idle server and several on a busy one; the limit leaves room for that, so a large import is never
 * cut off half-way (it would roll back as a whole anyway).
 */
export const TRANSACTION_TIMEOUT_MS = 20 * 60_000;

export type StreamContext = Omit<CheckContext, "progress"> & {
  /** Data rows in the file (counted before the check, for the progress bar). */
  total: number;
  commit: boolean;
  onlyValid: boolean;
  progress: (progress: ImportProgress) => Promise<void>;
};

export type StreamResult = {
  /** The first MAX_LISTED_ISSUES invalid rows by row number, and how many there are in all. */
  issues: ImportRowIssue[];
  issueCount: number;
  unchanged: number;
  writable: number;
  /** Set when the rows were written (in one transaction). */
  outcome?: ImportOutcome;
};

/**
 * An import that reads its rows as a stream, batch by batch (the orders: files of a million rows), so its memory
 * does not grow with the file; it checks and, on commit, writes in ONE transaction of its own.
 */
export type StreamImporter<K extends string> = {
  columns: readonly CsvColumnSpec<K>[];
  run: (db: Db, batches: AsyncIterable<ImportRow<K>[]>, ctx: StreamContext) => Promise<StreamResult>;
  afterCommit?: (db: Db) => Promise<void>;
};

/**
 * Invalid rows as the report lists them, collected while rows stream by in file order: the first
 * MAX_LISTED_ISSUES are kept, all are counted.
 */
export class IssueList {
  readonly listed: ImportRowIssue[] = [];
  count = 0;
  add(row: number, reasons: ImportReason[]) {
    this.count++;
    if (this.listed.length < MAX_LISTED_ISSUES) this.listed.push({ row, reasons });
  }
}

/** The first MAX_LISTED_ISSUES of two lists sorted by row (no row in both). */
export function mergeIssues(a: readonly ImportRowIssue[], b: readonly ImportRowIssue[]): ImportRowIssue[] {
  const out: ImportRowIssue[] = [];
  let i = 0;
  let j = 0;
  while (out.length < MAX_LISTED_ISSUES && (i < a.length || j < b.length)) {
    out.push(j >= b.length || (i < a.length && a[i].row < b[j].row) ? a[i++] : b[j++]);
  }
  return out;
}

/** Reasons collected per row, as the report lists them: by row number. */
export const sortIssues = (issues: Map<number, ImportReason[]>): ImportRowIssue[] =>
  [...issues].map(([row, reasons]) => ({ row, reasons })).sort((a, b) => a.row - b.row);
