import type { MessageKey } from "@/lib/i18n/translate";
import type { CsvDelimiter } from "../csv/parse";

/** Shapes shared by the import route, its engine (lib/db/csv-import*) and the import screen. */
export const IMPORT_KINDS = ["accounts", "contacts", "orders"] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];
export const isImportKind = (v: unknown): v is ImportKind => typeof v === "string" && (IMPORT_KINDS as readonly string[]).includes(v);

/** Why a row cannot be imported; `column` is the header as the file spells it. */
export type ImportReason = { column?: string; key: MessageKey; values?: Record<string, string | number> };
export type ImportRowIssue = { row: number; reasons: ImportReason[] };

/**
 * The largest file the import takes, in MB (of 1,048,576 bytes): a million order rows are about 140 MB. A larger
 * upload is refused before anything is read or written; README documents the figure.
 */
export const IMPORT_MAX_MB = 200;
export const IMPORT_MAX_BYTES = IMPORT_MAX_MB * 1024 * 1024;

/** At most this many invalid rows are listed (all are counted): a wholly wrong file must not flood the screen. */
export const MAX_LISTED_ISSUES = 1000;

export type ImportReport = {
  kind: ImportKind;
  delimiter: CsvDelimiter;
  /** Data rows in the file (the header and blank lines not counted). */
  totalRows: number;
  /** Rows that would be written (new or changed). */
  writableRows: number;
  /** Rows already in the database unchanged (a re-import): skipped, not an error. */
  unchangedRows: number;
  invalidCount: number;
  invalidRows: ImportRowIssue[];
  /**
   * Rows that are written but deserve a look: an account whose name is close to an existing account's (a possible
   * duplicate, lib/duplicates). Listed like invalid rows (at most MAX_LISTED_ISSUES); absent for kinds without any.
   */
  warningCount?: number;
  warningRows?: ImportRowIssue[];
  mapped: { header: string; key: string }[];
  ignored: string[];
  missing: string[];
  /** Set when the file as a whole cannot be read (not UTF-8, no header, required column missing …). */
  fileError?: ImportReason;
};

export type ImportOutcome = { created: number; updated: number; unchanged: number };

export type ImportPhase = "check" | "write";
export type ImportProgress = { phase: ImportPhase; done: number; total: number };

/** The import route streams these as NDJSON, one per line. */
export type ImportEvent =
  | ({ type: "progress" } & ImportProgress)
  | { type: "report"; report: ImportReport; committed: false }
  | { type: "report"; report: ImportReport; committed: true; outcome: ImportOutcome }
  | { type: "error"; message: string };
