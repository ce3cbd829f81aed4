import "server-only";
import type { SessionUser } from "@/lib/auth/roles";
import type { CsvColumnSpec } from "@/lib/csv/columns";
import type { ImportOutcome, ImportReason, ImportRowIssue } from "@/lib/csv-import/report";
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

/** What each kind of import (accounts, contacts, orders) provides to the shared preview/commit flow. */
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

/** Reasons collected per row, as the report lists them: by row number. */
export const sortIssues = (issues: Map<number, ImportReason[]>): ImportRowIssue[] =>
  [...issues].map(([row, reasons]) => ({ row, reasons })).sort((a, b) => a.row - b.row);
