/**
 * A small RFC 4180 CSV reader for files people export from Excel and other tools: UTF-8 with or without BOM,
 * comma, semicolon or tab delimiter, quoted fields with embedded delimiters, line breaks and doubled quotes,
 * CRLF, LF or CR line ends. Pure: no I/O. It reads text in chunks of any size (`createCsvParser`, `openCsvStream`),
 * so a file of any length is parsed in the memory of one chunk and one record; a whole string is one chunk.
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
 * Counts the candidate delimiters of the first non-blank line outside quotes; `complete` is false when the text
 * ends before that line does (a stream must read on before deciding).
 */
function scanFirstLine(text: string): { counts: Record<CsvDelimiter, number>; complete: boolean } {
  const counts: Record<CsvDelimiter, number> = { ",": 0, ";": 0, "\t": 0 };
  let inQuotes = false;
  let seenContent = false;
  for (const char of stripBom(text)) {
    if (char === '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (char === "\n" || char === "\r") {
      if (seenContent) return { counts, complete: true };
      continue;
    }
    seenContent = true;
    if (char in counts) counts[char as CsvDelimiter] += 1;
  }
  return { counts, complete: false };
}

/**
 * The delimiter of the first non-blank line: whichever of comma, semicolon and tab occurs most often outside
 * quotes (Excel writes semicolons where the decimal separator is a comma). Comma when none occurs.
 */
export function detectDelimiter(text: string): CsvDelimiter {
  const { counts } = scanFirstLine(text);
  return CANDIDATES.reduce((best, d) => (counts[d] > counts[best] ? d : best), ",");
}

/** Where the reader is between two characters; a chunk may end in any of them. */
const State = {
  /** At the start of a field (a quote here opens a quoted field). */
  FieldStart: 0,
  /** In an unquoted field, or after the closing quote of a quoted one (stray characters are kept, as Excel does). */
  Unquoted: 1,
  Quoted: 2,
  /** Just after a quote inside a quoted field: a second quote is a literal one, anything else closed the field. */
  QuoteInQuoted: 3,
  /** Just after a CR that ended a record: an LF here belongs to it. */
  AfterCr: 4,
} as const;
type State = (typeof State)[keyof typeof State];

export type CsvParser = {
  /** Parses the next piece of text; returns the records it completed. */
  push: (chunk: string) => CsvRecord[];
  /** The end of the text: returns the last record if one was still open. */
  end: () => CsvRecord[];
};

/**
 * An incremental reader: records come out exactly as if the whole text had been parsed at once, whatever the
 * chunk boundaries (in a quoted field, between two quotes, between CR and LF, in the BOM's place). Blank lines are
 * skipped but counted in the row numbers; an unterminated quote takes the rest of the text, as spreadsheet
 * programs do.
 */
export function createCsvParser(delimiter: CsvDelimiter = ","): CsvParser {
  const sep = delimiter.charCodeAt(0);
  let state: State = State.FieldStart;
  let fields: string[] = [];
  let field = "";
  let row = 1;
  let started = false;

  const endRecord = (out: CsvRecord[]) => {
    if (fields.length > 1 || fields[0] !== "") out.push({ row, fields });
    fields = [];
    row++;
  };

  function push(input: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    let text = input;
    if (!started && text.length > 0) {
      started = true;
      text = stripBom(text);
    }
    const n = text.length;
    let i = 0;
    while (i < n) {
      switch (state) {
        case State.AfterCr:
          if (text.charCodeAt(i) === LF) i++;
          state = State.FieldStart;
          break;
        case State.FieldStart:
          if (text.charCodeAt(i) === QUOTE) {
            state = State.Quoted;
            i++;
          } else state = State.Unquoted;
          break;
        case State.Quoted: {
          const q = text.indexOf('"', i);
          if (q === -1) {
            field += text.slice(i);
            i = n;
          } else {
            field += text.slice(i, q);
            state = State.QuoteInQuoted;
            i = q + 1;
          }
          break;
        }
        case State.QuoteInQuoted:
          if (text.charCodeAt(i) === QUOTE) {
            field += '"';
            state = State.Quoted;
            i++;
          } else state = State.Unquoted;
          break;
        case State.Unquoted: {
          let j = i;
          let c = 0;
          while (j < n) {
            c = text.charCodeAt(j);
            if (c === sep || c === CR || c === LF) break;
            j++;
          }
          field += text.slice(i, j);
          i = j;
          if (j === n) break;
          fields.push(field);
          field = "";
          i++;
          if (c === sep) state = State.FieldStart;
          else {
            endRecord(out);
            state = c === CR ? State.AfterCr : State.FieldStart;
          }
          break;
        }
      }
    }
    return out;
  }

  function end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    // Open field (or one just opened by a delimiter at the very end of the text): the last record.
    if (state !== State.AfterCr && (state !== State.FieldStart || fields.length > 0)) {
      fields.push(field);
      field = "";
      endRecord(out);
    }
    state = State.FieldStart;
    return out;
  }

  return { push, end };
}

/** Every non-blank record with its row number; blank lines are skipped but still counted. */
export function parseCsvRecords(input: string, delimiter: CsvDelimiter = detectDelimiter(input)): CsvRecord[] {
  const parser = createCsvParser(delimiter);
  const records = parser.push(input);
  for (const record of parser.end()) records.push(record);
  return records;
}

/** The fields of every non-blank record. */
export function parseCsv(input: string, delimiter?: CsvDelimiter): string[][] {
  return parseCsvRecords(input, delimiter).map((r) => r.fields);
}

export type CsvStream = {
  delimiter: CsvDelimiter;
  /** The records, a chunk's worth at a time (never an empty batch). Iterate once. */
  batches: AsyncIterable<CsvRecord[]>;
};

/**
 * Reads CSV text arriving in chunks (a file or an upload decoded with TextDecoderStream): the delimiter is
 * detected from the first non-blank line (text is held back only until that line is complete), then records come
 * out batch by batch as the chunks arrive. Memory: one chunk, the first line, and the record being read.
 */
export async function openCsvStream(chunks: AsyncIterable<string>, delimiter?: CsvDelimiter): Promise<CsvStream> {
  const iterator = chunks[Symbol.asyncIterator]();
  let head = "";
  let done = false;
  if (delimiter === undefined) {
    while (!done && !scanFirstLine(head).complete) {
      const next = await iterator.next();
      if (next.done) done = true;
      else head += next.value;
    }
  }
  const chosen = delimiter ?? detectDelimiter(head);
  async function* batches(): AsyncGenerator<CsvRecord[]> {
    const parser = createCsvParser(chosen);
    try {
      if (head !== "") {
        const first = parser.push(head);
        head = "";
        if (first.length > 0) yield first;
      }
      while (!done) {
        const next = await iterator.next();
        if (next.done) break;
        const records = parser.push(next.value);
        if (records.length > 0) yield records;
      }
      done = true;
      const last = parser.end();
      if (last.length > 0) yield last;
    } finally {
      // Stopped early (e.g. a file error after the header): let the source close its file.
      if (!done) await iterator.return?.();
    }
  }
  return { delimiter: chosen, batches: batches() };
}
