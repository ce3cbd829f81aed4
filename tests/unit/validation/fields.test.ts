import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { ZAccountInput, ZAccountRef } from "@/lib/accounts/schemas";
import { ZActivityInput, ZComplaintInput } from "@/lib/activities/schemas";
import { ZAssessmentInput } from "@/lib/assessments/schemas";
import { ZMoveAccountStage } from "@/lib/board/schemas";
import { ZContactInput } from "@/lib/contacts/schemas";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "@/lib/i18n/translate";
import { ZOrderInput } from "@/lib/orders/schemas";
import { ZObjectiveInput, ZPlanTaskInput } from "@/lib/plans/schemas";
import { ZMatrixFactor } from "@/lib/scoring-models/schemas";
import { fieldErrors } from "@/lib/validation/field-errors";
import {
  DECIMAL_14_2,
  DECIMAL_18_2,
  decimalText,
  hasControlCharacters,
  isCalendarDay,
  isoDateTime,
  isoDay,
  optionalText,
  requiredText,
} from "@/lib/validation/fields";

const messages = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => i.message) ?? [];
const en = createTranslator(MESSAGES.en);
const zh = createTranslator(MESSAGES.zh);

describe("calendar days", () => {
  it("agrees with the calendar for every day of 1600–2400", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1600, max: 2400 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (y, m, d) => {
        const date = new Date(Date.UTC(y, m - 1, d));
        return isCalendarDay(y, m, d) === (date.getUTCMonth() === m - 1 && date.getUTCDate() === d);
      }),
    );
    expect([isCalendarDay(2024, 2, 29), isCalendarDay(2023, 2, 29), isCalendarDay(1900, 2, 29), isCalendarDay(2000, 2, 29)]).toEqual([true, false, false, true]);
    expect([isCalendarDay(2024, 2, 30), isCalendarDay(2024, 4, 31), isCalendarDay(2024, 13, 1), isCalendarDay(2024, 0, 1)]).toEqual([false, false, false, false]);
  });

  it("isoDay: impossible days and years outside 1900–2100 are field errors, never rolled over", () => {
    expect(isoDay().parse("2024-02-29")).toBe("2024-02-29");
    for (const text of ["2024-02-30", "2023-02-29", "2024-04-31", "2024-13-01", "31/12/2024", "2024-2-3", "+275760-09-13", "-004714-01-01"]) {
      expect([text, messages(isoDay(), text)]).toEqual([text, ["validation.date"]]);
    }
    for (const text of ["1899-12-31", "2101-01-01", "9999-12-31", "0001-01-01"]) expect([text, messages(isoDay(), text)]).toEqual([text, ["validation.dateRange"]]);
    expect(messages(isoDay(), "")).toEqual(["validation.required"]);
  });

  it("isoDateTime: ISO date-times are checked for the calendar day (V8 would roll 2024-02-30 into March) and the years", () => {
    expect(isoDateTime().parse("2024-03-01T12:30:00.000Z").toISOString()).toBe("2024-03-01T12:30:00.000Z");
    expect(isoDateTime().parse("2024-03-01").toISOString()).toBe("2024-03-01T00:00:00.000Z");
    expect(isoDateTime().parse(new Date("2030-01-01T00:00:00Z")).toISOString()).toBe("2030-01-01T00:00:00.000Z");
    for (const value of ["2024-02-30T12:00:00Z", "2024-02-31", "+275760-09-13T00:00:00Z", "-004714-01-01T00:00:00Z", "yesterday", new Date(Number.NaN)]) {
      expect(messages(isoDateTime(), value)).toEqual(["validation.date"]);
    }
    for (const value of ["9999-12-31T00:00:00Z", "1899-12-31T23:00:00Z", new Date("2150-01-01T00:00:00Z")]) {
      expect(messages(isoDateTime(), value)).toEqual(["validation.dateRange"]);
    }
  });
});

describe("text", () => {
  it("refuses control characters; multi-line texts keep tab and line breaks", () => {
    expect(hasControlCharacters("a\u0000b")).toBe(true);
    expect(hasControlCharacters("a\u007fb")).toBe(true);
    expect(hasControlCharacters("a\u0085b")).toBe(true);
    expect(hasControlCharacters("a\tb\r\nc")).toBe(true);
    expect(hasControlCharacters("a\tb\r\nc", true)).toBe(false);
    expect(hasControlCharacters("a\u0000b", true)).toBe(true);
    expect(hasControlCharacters("华东 Précision — ok")).toBe(false);
    fc.assert(fc.property(fc.string(), fc.integer({ min: 0, max: 0x1f }), (text, code) => messages(requiredText(500), `x${text}${String.fromCharCode(code)}y`).includes("validation.controlCharacters")));
    expect(messages(requiredText(100), "Line one\nline two")).toEqual(["validation.controlCharacters"]);
    expect(requiredText(100, { multiline: true }).parse(" Line one\n\tline two ")).toBe("Line one\n\tline two");
    expect(messages(optionalText(100, { multiline: true }), "note\u0000")).toEqual(["validation.controlCharacters"]);
  });
});

describe("decimals sized to their column", () => {
  it("Decimal(18, 2): 16 digits before the point, two after, exact text out", () => {
    const money = decimalText(DECIMAL_18_2, { min: 0 });
    expect(money.parse("9999999999999999.99")).toBe("9999999999999999.99");
    expect(money.parse(" 1,234,567.50 ")).toBe("1234567.5");
    expect(money.parse(0.1)).toBe("0.1");
    expect(money.parse(1250000.5)).toBe("1250000.5");
    expect(messages(money, 1e16)).toEqual(["validation.tooManyDigits"]);
    expect(messages(money, "10000000000000000")).toEqual(["validation.tooManyDigits"]);
    expect(messages(money, "1e16")).toEqual(["validation.notANumber"]);
    expect(messages(money, "1.234")).toEqual(["validation.twoDecimals"]);
    expect(messages(money, "-5")).toEqual(["validation.tooSmall"]);
    expect(messages(money, Number.POSITIVE_INFINITY)).toEqual(["validation.notANumber"]);
  });

  it("whatever fits the column passes unchanged in value; nothing wider does", () => {
    const column = decimalText(DECIMAL_14_2);
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n) + 1n, max: 10n ** 14n - 1n }), (cents) => {
        const negative = cents < 0n;
        const abs = (negative ? -cents : cents).toString().padStart(3, "0");
        const text = `${negative ? "-" : ""}${abs.slice(0, -2)}.${abs.slice(-2)}`;
        const out = column.parse(text);
        return Number(out) === Number(text) && out.replace("-", "").split(".")[0].replace(/^0+/, "").length <= 12;
      }),
    );
    fc.assert(fc.property(fc.bigInt({ min: 10n ** 12n, max: 10n ** 30n }), (n) => messages(column, n.toString()).includes("validation.tooManyDigits")));
  });
});

describe("every schema uses the shared fields", () => {
  const account = { name: "Acme", industry: "Steel", region: "North", country: "CN", size: "SMALL", lifecyclePhase: "GROWTH" };
  const order = { account: "Acme", orderDate: "2025-01-31", amount: "10.5", margin: "-2", productCategory: "Valves", externalRef: "A-1" };
  const contact = { name: "Li Wei", function: "PURCHASING", level: "MANAGER" };
  const at = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues.map((i) => [i.path.join("."), i.message]) ?? [];

  it.each([
    ["account revenue 1e16", ZAccountInput, { ...account, annualRevenue: 1e16 }, ["annualRevenue", "validation.tooManyDigits"]],
    ["account name with NUL", ZAccountInput, { ...account, name: "Acme\u0000" }, ["name", "validation.controlCharacters"]],
    ["account ref id with NUL", ZAccountRef, { id: "a\u0000", version: 1 }, ["id", "validation.invalid"]],
    ["order date 2024-02-30", ZOrderInput, { ...order, orderDate: "2024-02-30" }, ["orderDate", "validation.date"]],
    ["order amount over Decimal(14, 2)", ZOrderInput, { ...order, amount: "1000000000000" }, ["amount", "validation.tooManyDigits"]],
    ["contact e-mail-less name with a line break", ZContactInput, { ...contact, name: "Li\nWei" }, ["name", "validation.controlCharacters"]],
    ["contact needs with NUL", ZContactInput, { ...contact, explicitNeeds: "a\u0000" }, ["explicitNeeds", "validation.controlCharacters"]],
    ["activity on 2024-02-30", ZActivityInput, { accountId: "a1", type: "CALL", summary: "x", occurredAt: "2024-02-30T09:00:00.000Z" }, ["occurredAt", "validation.date"]],
    ["activity in 275760", ZActivityInput, { accountId: "a1", type: "CALL", summary: "x", occurredAt: "+275760-09-13T00:00:00Z" }, ["occurredAt", "validation.date"]],
    ["complaint in 9999", ZComplaintInput, { accountId: "a1", severity: "LOW", summary: "x", openedAt: "9999-12-31T12:00:00Z" }, ["openedAt", "validation.dateRange"]],
    ["plan task due 9999", ZPlanTaskInput, { title: "t", dueDate: "9999-12-31" }, ["dueDate", "validation.dateRange"]],
    ["objective title with NUL", ZObjectiveInput, { title: "t\u0000" }, ["title", "validation.controlCharacters"]],
    ["stage note with NUL", ZMoveAccountStage, { accountId: "a1", version: 1, toStage: "BASIC", note: "n\u0000" }, ["note", "validation.controlCharacters"]],
    ["assessment score 1e9", ZAssessmentInput, { accountId: "a1", version: 1, modelId: "m1", scores: [{ factorId: "f1", score: "1e9" }] }, ["scores.0.score", "validation.tooBig"]],
    ["factor label with NUL", ZMatrixFactor, { key: "k", dimension: "ATTRACTIVENESS", groupKey: "CURRENT", labelEn: "a\u0000", labelZh: "b", weight: 1, inverted: false }, ["labelEn", "validation.controlCharacters"]],
  ] as const)("%s", (_name, schema, value, expected) => {
    expect(at(schema, value)).toContainEqual([...expected]);
  });

  it("multi-line texts keep their line breaks", () => {
    const parsed = ZContactInput.parse({ ...contact, explicitNeeds: "Shorter lead times,\n\t\"on time\"" });
    expect(parsed.explicitNeeds).toBe("Shorter lead times,\n\t\"on time\"");
  });
});

describe("field errors in both languages", () => {
  it("date range, control characters, digits and decimals read as field errors, never the generic message", () => {
    const error = ZAccountInput.safeParse({ name: "A\u0000", industry: "x", region: "x", country: "x", size: "SMALL", lifecyclePhase: "GROWTH", annualRevenue: 1e16 }).error!;
    expect(fieldErrors(error, en)).toEqual({ name: "Remove the control characters (such as NUL or line breaks) from this text.", annualRevenue: "At most 16 digits before the decimal point." });
    expect(fieldErrors(error, zh)).toEqual({ name: "请删除文本中的控制字符（如 NUL 或换行符）。", annualRevenue: "小数点前最多 16 位数字。" });
    const dates = ZPlanTaskInput.safeParse({ title: "t", dueDate: "2101-01-01" }).error!;
    expect(fieldErrors(dates, en)).toEqual({ dueDate: "Enter a date between 1900 and 2100." });
    expect(fieldErrors(dates, zh)).toEqual({ dueDate: "请输入 1900 年至 2100 年之间的日期。" });
    const decimals = ZAccountInput.safeParse({ ...{ name: "A", industry: "x", region: "x", country: "x", size: "SMALL", lifecyclePhase: "GROWTH" }, annualRevenue: "1.234" }).error!;
    expect([fieldErrors(decimals, en).annualRevenue, fieldErrors(decimals, zh).annualRevenue]).toEqual(["At most two decimal places.", "最多保留两位小数。"]);
  });
});
