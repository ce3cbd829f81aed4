import type { CsvDelimiter } from "./parse";

export type CsvCell = string | number | null | undefined;
export type ToCsvOptions = {
  delimiter?: CsvDelimiter;
  /** Start with a UTF-8 byte order mark, so Excel opens Chinese text correctly. */
  bom?: boolean;
};

/** Fields that need quotes: the delimiter, a quote, a line break, or leading/trailing spaces that would be lost. */
const needsQuotes = (value: string, delimiter: string) =>
  value.includes(delimiter) || /["\r\n]/.test(value) || value !== value.trim();

function cell(value: CsvCell, delimiter: string): string {
  const text = value == null ? "" : String(value);
  return needsQuotes(text, delimiter) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** RFC 4180 text with CRLF line ends, which parseCsv and Excel both read back unchanged. */
export function toCsv(rows: readonly (readonly CsvCell[])[], { delimiter = ",", bom = false }: ToCsvOptions = {}): string {
  const body = rows.map((row) => row.map((v) => cell(v, delimiter)).join(delimiter)).join("\r\n");
  return (bom ? "\uFEFF" : "") + body + (rows.length ? "\r\n" : "");
}
