import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ACCOUNT_CSV_COLUMNS, ACCOUNT_CSV_COMPUTED_COLUMNS, accountCsvRow, type AccountCsvRecord } from "@/lib/csv/account-columns";
import { mapColumns, normalizeHeader, pickFields } from "@/lib/csv/columns";
import { parseCsv } from "@/lib/csv/parse";
import { ORDER_CSV_COLUMNS } from "@/lib/csv/order-columns";
import { guardFormula, normalizeBoolean, normalizeDate, normalizeDecimal, normalizeEnum, numberCell, unguardFormula } from "@/lib/csv/values";
import { ZOrderInput } from "@/lib/orders/schemas";

describe("normalizeDate", () => {
  it.each([
    ["2025-03-05", "2025-03-05"],
    ["2025/3/5", "2025-03-05"],
    ["2025.03.05", "2025-03-05"],
    ["2025年3月5日", "2025-03-05"],
    ["2025-03-05T10:00:00Z", "2025-03-05"],
    ["2025-03-05 00:00:00", "2025-03-05"],
    [" 2024-02-29 ", "2024-02-29"],
    ["2025-02-29", "2025-02-29"], // no such day: left for the schema to reject
    ["05/03/2025", "05/03/2025"], // day-first or month-first: ambiguous, not guessed
    ["", ""],
  ])("%j → %j", (input, expected) => expect(normalizeDate(input)).toBe(expected));
});

describe("normalizeDecimal", () => {
  it.each([
    ["1200.5", false, "1200.5"],
    ["1,200.50", false, "1200.5"],
    ["1 200", false, "1200"],
    ["-12.345", false, "-12.35"],
    ["0.005", false, "0.01"],
    ["-0.001", false, "0"],
    ["100", false, "100"],
    ["1,5", false, "1,5"],
    ["1.234,56", true, "1234.56"],
    ["-12,5", true, "-12.5"],
    ["1.234", true, "1234"],
    ["12.5", true, "12.5"],
    ["abc", false, "abc"],
    ["", false, ""],
  ])("%j (decimal comma %j) → %j", (input, comma, expected) => expect(normalizeDecimal(input, comma)).toBe(expected));
});

describe("normalizeEnum, normalizeBoolean", () => {
  const keys = ["DECISION_MAKER", "INFLUENCER"];
  const labels = [{ DECISION_MAKER: "Decision maker" }, { DECISION_MAKER: "决策者" }];
  it.each([
    ["decision_maker", "DECISION_MAKER"],
    ["Decision maker", "DECISION_MAKER"],
    ["decision-maker", "DECISION_MAKER"],
    ["决策者", "DECISION_MAKER"],
    ["Boss", "Boss"],
    ["", ""],
  ])("%j → %j", (input, expected) => expect(normalizeEnum(input, keys, labels)).toBe(expected));

  it.each([["Yes", "true"], ["是", "true"], ["0", "false"], ["", "false"], ["maybe", "maybe"]])("%j → %j", (input, expected) =>
    expect(normalizeBoolean(input)).toBe(expected),
  );
});

describe("formula guard", () => {
  it("guards text a spreadsheet would run and the import takes it back", () => {
    for (const text of ["=SUM(A1)", "+cmd", "@x", "-x"]) expect(unguardFormula(guardFormula(text))).toBe(text);
    expect(guardFormula("=1")).toBe("'=1");
    expect(guardFormula(null)).toBe("");
    expect(unguardFormula("'plain")).toBe("'plain");
  });

  it("guards every text cell starting with = + - @ tab or CR, digits after the sign included", () => {
    // These passed unguarded before: a leading digit after the sign was taken for a number.
    for (const text of ["-1+HYPERLINK(\"http://evil.example\",\"x\")", "+1+cmd|' /C calc'!A0", "-12.5", "+86 21 5555 0100", "@SUM(1)", "\t=1", "\r=1"]) {
      expect(guardFormula(text)).toBe(`'${text}`);
      expect(unguardFormula(guardFormula(text))).toBe(text);
    }
    fc.assert(
      fc.property(fc.constantFrom("=", "+", "-", "@", "\t", "\r"), fc.string(), (first, rest) => guardFormula(first + rest) === `'${first}${rest}`),
    );
    expect(guardFormula("12.5")).toBe("12.5");
    expect(guardFormula("Acme")).toBe("Acme");
  });

  it("the accounts export guards its text cells and keeps its numbers", () => {
    const record = Object.fromEntries([...ACCOUNT_CSV_COLUMNS, ...ACCOUNT_CSV_COMPUTED_COLUMNS].map((c) => [c, null])) as AccountCsvRecord;
    const line = accountCsvRow({ ...record, name: "+1+cmd|' /C calc'!A0", industry: "-1+HYPERLINK(\"x\")", annualRevenue: "1234.5", revenue12m: "-20.5", riskScore: 3, isKeyAccount: true });
    expect(parseCsv(line)[0].slice(0, 6)).toEqual(["'+1+cmd|' /C calc'!A0", "'-1+HYPERLINK(\"x\")", "", "", "", "1234.5"]);
    expect(parseCsv(line)[0].slice(-5)).toEqual(["-20.5", "", "", "", "3"]);
  });

  it("numeric columns keep plain numbers and guard anything else", () => {
    expect(numberCell("-12.5")).toBe("-12.5");
    expect(numberCell(-3)).toBe(-3);
    expect(numberCell("1234")).toBe("1234");
    expect(numberCell("-1+HYPERLINK(\"x\")")).toBe("'-1+HYPERLINK(\"x\")");
    expect(numberCell(null)).toBe("");
  });
});

describe("mapColumns", () => {
  it("matches keys and English/Chinese aliases ignoring case, spaces and punctuation", () => {
    const mapping = mapColumns(["Order Date", "客户", "AMOUNT", "margin", "product_category", "订单号", "Notes", "amount"], ORDER_CSV_COLUMNS);
    expect(mapping.mapped.map((m) => m.key)).toEqual(["orderDate", "account", "amount", "margin", "productCategory", "externalRef"]);
    expect(mapping.ignored).toEqual(["Notes", "amount"]);
    expect(mapping.missing).toEqual([]);
    expect(pickFields([" 2025-01-01 ", "Acme", "1"], mapping)).toMatchObject({ orderDate: "2025-01-01", account: "Acme", amount: "1", margin: "" });
  });

  it("lists the required columns that are missing", () => {
    expect(mapColumns(["account"], ORDER_CSV_COLUMNS).missing).toEqual(["orderDate", "amount", "margin", "productCategory", "externalRef"]);
    expect(normalizeHeader(" Ｏｒｄｅｒ－Ｄａｔｅ ")).toBe("orderdate");
  });
});

describe("ZOrderInput", () => {
  const valid = { account: "Acme", orderDate: "2025-01-31", amount: "10.5", margin: "-2", productCategory: "Valves", externalRef: "A-1" };
  it("accepts a valid order and rejects each broken field with a message key", () => {
    expect(ZOrderInput.safeParse(valid).success).toBe(true);
    const messages = (patch: object) => ZOrderInput.safeParse({ ...valid, ...patch }).error?.issues.map((i) => i.message);
    expect(messages({ amount: "-1" })).toEqual(["csvImport.reason.negativeAmount"]);
    expect(messages({ orderDate: "2025-02-30" })).toEqual(["validation.date"]);
    expect(messages({ orderDate: "2101-01-01" })).toEqual(["validation.dateRange"]);
    expect(messages({ amount: "1000000000000" })).toEqual(["validation.tooManyDigits"]);
    expect(messages({ productCategory: "Valves\u0000" })).toEqual(["validation.controlCharacters"]);
    expect(messages({ externalRef: "" })).toEqual(["validation.required"]);
    expect(messages({ amount: "1e3" })).toEqual(["validation.notANumber"]);
    expect(messages({ account: "" })).toEqual(["validation.required"]);
  });
});
