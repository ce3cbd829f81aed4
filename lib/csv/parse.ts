/**
 * A small RFC 4180 CSV reader for files people export from Excel and other tools: UTF-8 with or without BOM,
 * comma, semicolon or tab delimiter, quoted fields with embedded delimiters, line breaks and doubled quotes,
 * CRLF, LF or CR line ends. Pure: no I/O.
 */

export type CsvDelimiter = "," | ";" | "\t";
export type CsvRecord = {
  /** 1-based record number, header included and blank lines counted: the row a spreadsheet shows. */
  row: number;
  fields: string[];
};

const BOM = "\uFEFF";
const CANDIDATES: readonly CsvDelimiter[] = [",", ";", "\t"];
const QUOTE = 34;
const CR = 13;
const LF = 10;

export const stripBom = (text: string) => (text.startsWith(BOM) ? text.slice(1) : text);

/**
 * The delimiter of the first non-blank line: whichever of comma, semicolon and tab occurs most often outside
 * quotes (Excel writes semicolons where the decimal separator is a comma). Comma when none occurs.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  let seenContent = false;
  for (const char of stripBom(text)) {
    if (char === '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (char === "\n" || char === "\r") {
      if (seenContent) break;
      continue;
    }
    seenContent = true;
    if (char in counts) counts[char as CsvDelimiter] += 1;
  }
  return CANDIDATES.reduce((best, d) => (counts[d] > counts[best] ? d : best), ",");
}

/** Reads one field starting at `start`; returns its value and the index of the character that ended it. */
function readField(text: string, start: number, sep: number): [string, number] {
  const n = text.length;
  const isEnd = (c: number) => c === sep || c === CR || c === LF;
  if (text.charCodeAt(start) !== QUOTE) {
    let i = start;
    while (i < n && !isEnd(text.charCodeAt(i))) i++;
    return [text.slice(start, i), i];
  }
  let value = "";
  let from = start + 1;
  let i = from;
  for (;;) {
    const q = text.indexOf('"', i);
    // An unterminated quote takes the rest of the file, as spreadsheet programs do.
    if (q === -1) return [value + text.slice(from), n];
    if (text.charCodeAt(q + 1) === QUOTE) {
      value += text.slice(from, q + 1);
      i = from = q + 2;
      continue;
    }
    value += text.slice(from, q);
    i = q + 1;
    break;
  }
  // Stray characters between the closing quote and the delimiter are kept, as Excel does.
  const rest = i;
  while (i < n && !isEnd(text.charCodeAt(i))) i++;
  return [value + text.slice(rest, i), i];
}

/** Every non-blank record with its row number; blank lines are skipped but still counted. */
export function parseCsvRecords(input: string, delimiter: CsvDelimiter = detectDelimiter(input)): CsvRecord[] {
  const text = stripBom(input);
  const sep = delimiter.charCodeAt(0);
  const n = text.length;
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let row = 1;
  let i = 0;
  while (i < n) {
    const [value, end] = readField(text, i, sep);
    fields.push(value);
    i = end;
    const c = text.charCodeAt(i);
    if (c === sep) {
      i++;
      // A delimiter at the very end of the file still opens a last, empty field.
      if (i === n) fields.push("");
      if (i < n) continue;
    } else if (i < n) {
      i += c === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    }
    if (fields.length > 1 || fields[0] !== "") records.push({ row, fields });
    fields = [];
    row++;
  }
  return records;
}

/** The fields of every non-blank record. */
export function parseCsv(input: string, delimiter?: CsvDelimiter): string[][] {
  return parseCsvRecords(input, delimiter).map((r) => r.fields);
}
