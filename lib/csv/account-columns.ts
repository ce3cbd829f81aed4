import { guardFormula, numberCell } from "./values";
import { toCsv } from "./write";

/**
 * Columns of the accounts CSV, shared by the export (/accounts/export) and the accounts import: a file that was
 * exported imports again unchanged. Enum columns hold the enum keys (SMALL, AAA, GROWTH, COOPERATIVE …), money a
 * plain decimal with a point, booleans `true`/`false`; the owner is named by e-mail and the parent by name.
 */
export const ACCOUNT_CSV_COLUMNS = [
  "name",
  "industry",
  "region",
  "country",
  "size",
  "annualRevenue",
  "creditRating",
  "lifecyclePhase",
  "ownerEmail",
  "parentName",
  "isKeyAccount",
  "stage",
] as const;

/** Figures computed from orders and assessments; exported for reading, ignored by the import. */
export const ACCOUNT_CSV_COMPUTED_COLUMNS = ["revenue12m", "quadrant", "rfmSegment", "abcClass", "riskScore"] as const;

export type AccountCsvColumn = (typeof ACCOUNT_CSV_COLUMNS)[number] | (typeof ACCOUNT_CSV_COMPUTED_COLUMNS)[number];
export type AccountCsvRecord = Record<AccountCsvColumn, string | number | boolean | null>;

const ALL_COLUMNS = [...ACCOUNT_CSV_COLUMNS, ...ACCOUNT_CSV_COMPUTED_COLUMNS];
const NUMERIC = new Set<AccountCsvColumn>(["annualRevenue", "revenue12m", "riskScore"]);

type Cell = string | number | boolean | null;
/** Text cells are guarded against spreadsheet formulas like every export (the import unguards); numbers are not. */
const cell = (value: Cell, numeric: boolean) =>
  typeof value === "boolean" ? String(value) : numeric ? numberCell(value) : typeof value === "string" ? guardFormula(value) : value;

export const accountCsvHeader = () => toCsv([ALL_COLUMNS.map((column) => guardFormula(column))]);
export const accountCsvRow = (record: AccountCsvRecord) => toCsv([ALL_COLUMNS.map((column) => cell(record[column], NUMERIC.has(column)))]);
