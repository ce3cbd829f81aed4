import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { detectDelimiter, parseCsv, parseCsvRecords } from "@/lib/csv/parse";
import { toCsv } from "@/lib/csv/write";

describe("parseCsv", () => {
  it("reads a plain comma file", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([["a", "b", "c"], ["1", "2", "3"]]);
  });

  it("drops a UTF-8 byte order mark", () => {
    const rows = parseCsv("\uFEFFName,Amount\nAcme,1");
    expect(rows[0][0]).toBe("Name");
  });

  it("reads semicolon files (Excel where the decimal separator is a comma)", () => {
    expect(parseCsv("Name;Amount\nAcme;1234,50\n")).toEqual([["Name", "Amount"], ["Acme", "1234,50"]]);
  });

  it("reads quoted fields with delimiters, doubled quotes and line breaks", () => {
    const text = 'name,note\n"Acme, Inc.","He said ""yes""\r\nthen left"\n';
    expect(parseCsv(text)).toEqual([["name", "note"], ["Acme, Inc.", 'He said "yes"\r\nthen left']]);
  });

  it("reads CRLF, LF and lone CR line ends", () => {
    expect(parseCsv("a,b\r\n1,2\r\n")).toEqual([["a", "b"], ["1", "2"]]);
    expect(parseCsv("a,b\r1,2\r")).toEqual([["a", "b"], ["1", "2"]]);
  });

  it("keeps empty fields, including a trailing one", () => {
    expect(parseCsv("a,,c\n,,\n1,2,")).toEqual([["a", "", "c"], ["", "", ""], ["1", "2", ""]]);
  });

  it("skips blank lines but counts them in the row numbers", () => {
    const records = parseCsvRecords("h1,h2\n\r\nx,1\n\n\ny,2\n");
    expect(records).toEqual([
      { row: 1, fields: ["h1", "h2"] },
      { row: 3, fields: ["x", "1"] },
      { row: 6, fields: ["y", "2"] },
    ]);
  });

  it("numbers a record with an embedded line break as one row", () => {
    const records = parseCsvRecords('h\n"two\nlines"\nnext\n');
    expect(records.map((r) => r.row)).toEqual([1, 2, 3]);
  });

  it("reads Chinese text", () => {
    expect(parseCsv("\uFEFF名称,行业\n华东精密制造有限公司,制造业\n")).toEqual([["名称", "行业"], ["华东精密制造有限公司", "制造业"]]);
  });

  it("takes the rest of the file for an unterminated quote", () => {
    expect(parseCsv('a,"open\nstill')).toEqual([["a", "open\nstill"]]);
  });

  it("returns nothing for an empty file or a file of blank lines", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF\r\n\n")).toEqual([]);
  });
});

describe("detectDelimiter", () => {
  it.each([
    ["a,b,c\n1;2,3", ","],
    ["a;b;c\n1,5;2;3", ";"],
    ["a\tb\n1\t2", "\t"],
    ['"x;y;z",b\n', ","],
    ["\n\nName;Amount", ";"],
    ["single", ","],
  ] as const)("%j → %j", (text, expected) => {
    expect(detectDelimiter(text)).toBe(expected);
  });
});

describe("toCsv", () => {
  it("quotes only where needed and ends lines with CRLF", () => {
    expect(toCsv([["a", "b,c", 'q"x', null, 3], ["line\nbreak", " pad", undefined, "", 0]])).toBe(
      'a,"b,c","q""x",,3\r\n"line\nbreak"," pad",,,0\r\n',
    );
  });

  it("starts with a BOM when asked and honours the delimiter", () => {
    expect(toCsv([["a;b", "c"]], { bom: true, delimiter: ";" })).toBe('\uFEFF"a;b";c\r\n');
  });

  it("round-trips any table through parseCsv", () => {
    const cellArb = fc.string({ unit: fc.constantFrom("a", "中", ",", ";", '"', "\n", "\r", " ", "1") });
    fc.assert(
      fc.property(fc.array(fc.array(cellArb, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 }), (rows) => {
        const table = rows.map((r) => [...r.slice(0, 1), "x", ...r.slice(1)]);
        expect(parseCsv(toCsv(table, { bom: true }), ",")).toEqual(table);
      }),
    );
  });
});
