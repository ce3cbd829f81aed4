/**
 * Normalises the values people type into spreadsheets to the canonical forms the zod schemas check:
 * dates to YYYY-MM-DD, numbers to a plain decimal with a point, enum labels to enum keys. A value that cannot be
 * normalised is returned unchanged, so the schema rejects it with a clear reason.
 */

const pad = (n: number) => String(n).padStart(2, "0");

function validDay(y: number, m: number, d: number) {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/**
 * Year-first dates only (2024-03-05, 2024/3/5, 2024.03.05, 2024年3月5日, ISO date-times): day-first and
 * month-first forms such as 05/03/2024 are ambiguous between countries, so they are not guessed.
 */
export function normalizeDate(text: string): string {
  const match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(text.trim());
  if (!match) return text;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : text;
}

const SPACES = /[\s\u00a0\u202f']/g;

/**
 * A decimal as "1234.5" (at most two decimals, rounded half away from zero like money). `decimalComma` reads
 * "1.234,5" as Excel writes it where the comma is the decimal separator (files with semicolons); otherwise
 * commas are thousands separators.
 */
export function normalizeDecimal(text: string, decimalComma = false): string {
  let value = text.trim().replace(SPACES, "");
  if (decimalComma && value.includes(",")) value = value.replace(/\./g, "").replace(",", ".");
  else if (decimalComma && /^-?\d{1,3}(\.\d{3})+$/.test(value)) value = value.replace(/\./g, "");
  else if (!decimalComma) value = value.replace(/,(?=\d{3}(\D|$))/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(value)) return text;
  return roundToCents(value);
}

/** Exact decimal rounding of a plain decimal string to two places, without floating-point error. */
function roundToCents(value: string): string {
  const negative = value.startsWith("-");
  const [intPart, frac = ""] = value.replace(/^[-+]/, "").split(".");
  let cents = BigInt((intPart || "0") + (frac + "00").slice(0, 2));
  if (Number(frac[2] ?? "0") >= 5) cents += BigInt(1);
  const digits = cents.toString().padStart(3, "0");
  const out = `${digits.slice(0, -2)}.${digits.slice(-2)}`.replace(/\.?0+$/, "");
  return negative && cents !== BigInt(0) ? `-${out}` : out;
}

/** "2024-03-05"-style comparison form of a decimal, for telling identical rows from different ones. */
export const canonicalDecimal = (value: string) => roundToCents(value);

/**
 * The enum key a cell means: the key itself in any case ("board", "BOARD", "Decision maker" → DECISION_MAKER)
 * or one of its labels (English or Chinese). Unknown values come back unchanged.
 */
export function normalizeEnum(text: string, keys: readonly string[], labels: readonly Record<string, string>[] = []): string {
  const wanted = text.trim().toLowerCase().replace(/[\s-]+/g, "_");
  if (wanted === "") return "";
  const key = keys.find((k) => k.toLowerCase() === wanted);
  if (key) return key;
  const plain = text.trim().toLowerCase();
  for (const table of labels) {
    const hit = Object.entries(table).find(([, label]) => label.toLowerCase() === plain);
    if (hit && keys.includes(hit[0])) return hit[0];
  }
  return text;
}

const TRUE = new Set(["true", "yes", "y", "1", "x", "是", "是的", "真"]);
const FALSE = new Set(["false", "no", "n", "0", "否", "不是", "假", ""]);

/** "true"/"false" for the usual spellings of yes and no; anything else unchanged. */
export function normalizeBoolean(text: string): string {
  const value = text.trim().toLowerCase();
  if (TRUE.has(value)) return "true";
  if (FALSE.has(value)) return "false";
  return text;
}

/**
 * Spreadsheets run a cell starting with = + - @ as a formula, and some strip a leading tab or carriage return
 * first. Exports guard EVERY text cell that starts so — "-1+HYPERLINK(…)" and "+1+cmd|…" included, whatever
 * follows — with a leading apostrophe (Excel's own "this is text" marker); the import removes it again. Numeric
 * columns go through `numberCell` instead, so a negative amount stays a number.
 */
export const guardFormula = (text: string | null | undefined) => (text && /^[=+\-@\t\r]/.test(text) ? `'${text}` : (text ?? ""));
export const unguardFormula = (text: string) => (/^'[=+\-@\t\r]/.test(text) ? text.slice(1) : text);

/** A numeric column's cell: a plain number ("-12.5", 3) as it is, anything else guarded like text. */
export const numberCell = (value: string | number | null | undefined): string | number =>
  typeof value === "number" ? (Number.isFinite(value) ? value : "") : value != null && /^-?\d+(\.\d+)?$/.test(value) ? value : guardFormula(value);
