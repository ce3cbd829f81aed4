import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createCsvParser, detectDelimiter, openCsvStream, parseCsvRecords, type CsvDelimiter, type CsvRecord } from "@/lib/csv/parse";
import { toCsv } from "@/lib/csv/write";

/** The text cut at the given offsets (any order, repeats and out-of-range ones folded in), empty pieces included. */
function cut(text: string, offsets: readonly number[]): string[] {
  const points = [...new Set(offsets.map((o) => o % (text.length + 1)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let from = 0;
  for (const point of [...points, text.length]) {
    pieces.push(text.slice(from, point));
    from = point;
  }
  return pieces;
}

async function* chunksOf(pieces: readonly string[]) {
  for (const piece of pieces) {
    await Promise.resolve();
    yield piece;
  }
}

async function streamRecords(pieces: readonly string[], delimiter?: CsvDelimiter) {
  const stream = await openCsvStream(chunksOf(pieces), delimiter);
  const records: CsvRecord[] = [];
  for await (const batch of stream.batches) {
    expect(batch.length).toBeGreaterThan(0);
    records.push(...batch);
  }
  return { delimiter: stream.delimiter, records };
}

function pushAll(pieces: readonly string[], delimiter: CsvDelimiter = ",") {
  const parser = createCsvParser(delimiter);
  const records = pieces.flatMap((piece) => parser.push(piece));
  return [...records, ...parser.end()];
}

// Every character the reader treats specially, plus plain and wide text.
const unit = fc.constantFrom("a", "中", ",", ";", "\t", '"', "\n", "\r", " ", "\uFEFF", "1");
const delimiterArb = fc.constantFrom<CsvDelimiter>(",", ";", "\t");

describe("createCsvParser: any chunking gives the records of the whole text", () => {
  it("for any text at all, including broken quotes, lone CRs and BOMs", () => {
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 60 }), fc.array(fc.nat(80), { maxLength: 12 }), delimiterArb, (text, offsets, delimiter) => {
        expect(pushAll(cut(text, offsets), delimiter)).toEqual(parseCsvRecords(text, delimiter));
      }),
      { numRuns: 3000 },
    );
  });

  it("one character at a time", () => {
    const text = '\uFEFFname,note\r\n"Acme, Inc.","He said ""yes""\r\nthen left"\r\n\r\nx,"a""b"\rlast,';
    expect(pushAll([...text])).toEqual(parseCsvRecords(text, ","));
    expect(pushAll([...text]).map((r) => r.row)).toEqual([1, 2, 4, 5]);
  });

  it("a doubled quote split between two chunks is one literal quote", () => {
    expect(pushAll(['a,"x"', '"y"\n'])).toEqual([{ row: 1, fields: ["a", 'x"y'] }]);
    expect(pushAll(['a,"x"', "", '"",z\n'])).toEqual([{ row: 1, fields: ["a", 'x"', "z"] }]);
  });

  it("a CR at the end of one chunk and the LF at the start of the next end one record, not two", () => {
    expect(pushAll(["a,b\r", "\nc,d\r", "e,f"])).toEqual([
      { row: 1, fields: ["a", "b"] },
      { row: 2, fields: ["c", "d"] },
      { row: 3, fields: ["e", "f"] },
    ]);
  });

  it("a BOM alone in the first chunk is dropped; a BOM later is text", () => {
    expect(pushAll(["\uFEFF", "h\n\uFEFFx\n"])).toEqual([
      { row: 1, fields: ["h"] },
      { row: 2, fields: ["\uFEFFx"] },
    ]);
  });

  it("a delimiter at the very end still opens an empty last field, whichever chunk it ends", () => {
    expect(pushAll(["a,", ""])).toEqual([{ row: 1, fields: ["a", ""] }]);
    expect(pushAll(["a", ",", ""])).toEqual([{ row: 1, fields: ["a", ""] }]);
  });
});

describe("openCsvStream", () => {
  it("any table written by toCsv and cut anywhere reads back as the table", async () => {
    const cell = fc.string({ unit, maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        delimiterArb,
        fc.boolean(),
        fc.array(fc.nat(400), { maxLength: 16 }),
        async (rows, delimiter, bom, offsets) => {
          // A row of one empty cell is a blank line, which the reader skips: give every row a filled first cell.
          const table = rows.map((r) => [`k${r[0]}`, ...r.slice(1)]);
          const { records } = await streamRecords(cut(toCsv(table, { delimiter, bom }), offsets), delimiter);
          expect(records.map((r) => r.fields)).toEqual(table);
          expect(records.map((r) => r.row)).toEqual(table.map((_, i) => i + 1));
        },
      ),
      { numRuns: 1500 },
    );
  });

  it("detects the delimiter as detectDelimiter does on the whole text, holding back only the first line", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit, maxLength: 60 }), fc.array(fc.nat(80), { maxLength: 12 }), async (text, offsets) => {
        const streamed = await streamRecords(cut(text, offsets));
        expect(streamed.delimiter).toBe(detectDelimiter(text));
        expect(streamed.records).toEqual(parseCsvRecords(text));
      }),
      { numRuns: 1500 },
    );
  });

  it("gives the first batch before the rest of the text has arrived", async () => {
    let pulled = 0;
    async function* slow() {
      for (const piece of ["\r\n\r\nname;amount\r\n", "Acme;1,5\r\n", "Beta;2\r\n"]) {
        pulled++;
        yield piece;
      }
    }
    const stream = await openCsvStream(slow());
    expect(stream.delimiter).toBe(";");
    expect(pulled).toBe(1);
    const iterator = stream.batches[Symbol.asyncIterator]();
    expect((await iterator.next()).value).toEqual([{ row: 3, fields: ["name", "amount"] }]);
    expect(pulled).toBe(1);
    expect((await iterator.next()).value).toEqual([{ row: 4, fields: ["Acme", "1,5"] }]);
  });

  it("closes the source when the reader stops early", async () => {
    let closed = false;
    async function* source() {
      try {
        for (let i = 0; ; i++) yield `row ${i}\n`;
      } finally {
        closed = true;
      }
    }
    const stream = await openCsvStream(source());
    for await (const batch of stream.batches) {
      if (batch[0].row > 3) break;
    }
    expect(closed).toBe(true);
  });

  it("an empty source has no records", async () => {
    expect(await streamRecords([])).toEqual({ delimiter: ",", records: [] });
    expect(await streamRecords(["\uFEFF", "\r\n"])).toEqual({ delimiter: ",", records: [] });
  });
});
