import { z } from "zod";

/**
 * Form field pieces shared by every feature's schemas (forms, actions, route queries and the CSV import), and the
 * plain rules behind them. A value that Postgres would refuse (a NUL byte, a date it cannot store, a number wider
 * than its Decimal column) is refused here as a field error, never left to fail in the database.
 */

// ───────────── the rules ─────────────

/** Business dates (orders, activities, complaints, due dates) lie within these years. */
export const BUSINESS_YEARS = { min: 1900, max: 2100 } as const;

/** The largest value of a Postgres `integer` (Prisma `Int`). */
export const INT4_MAX = 2_147_483_647;

/** Whether the day exists in the (proleptic Gregorian) calendar: no 2024-02-30, no 2023-02-29. */
export function isCalendarDay(year: number, month: number, day: number): boolean {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return day <= [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_BUT_LINES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

/**
 * Control characters (C0, DEL, C1) in text. Postgres cannot store NUL at all, and the others are invisible noise
 * from copy and paste; multi-line texts may keep tab, line feed and carriage return.
 */
export const hasControlCharacters = (text: string, multiline = false) => (multiline ? CONTROL_BUT_LINES : CONTROL).test(text);

/** The size of a Decimal(precision, scale) column: digits before the point, digits after it. */
export type DecimalColumn = { integerDigits: number; scale: number };

/** Decimal(18, 2): Account.annualRevenue, AccountMetrics figures. */
export const DECIMAL_18_2: DecimalColumn = { integerDigits: 16, scale: 2 };
/** Decimal(14, 2): Order.amount and Order.margin. */
export const DECIMAL_14_2: DecimalColumn = { integerDigits: 12, scale: 2 };

type DecimalParts = { negative: boolean; integer: string; fraction: string };

/** A number as exact decimal digits, without float rounding; null when it is not a plain decimal. */
function decimalParts(value: unknown): DecimalParts | null {
  let text: string;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    // String() is the shortest text that reads back as the same number (0.1, not 0.1000000000000000055).
    text = Number.isInteger(value) ? BigInt(value).toString() : /e/i.test(String(value)) ? value.toFixed(20) : String(value);
  } else if (typeof value === "string") {
    // Spaces and thousands separators as people type them: "1 234 567.5", "1,234,567.5".
    text = value.trim().replace(/[\s\u00a0\u202f]/g, "").replace(/,(?=\d{3}(\D|$))/g, "");
  } else return null;
  const match = /^([+-])?(\d*)(?:\.(\d*))?$/.exec(text);
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return null;
  return { negative: match[1] === "-", integer: match[2].replace(/^0+/, ""), fraction: (match[3] ?? "").replace(/0+$/, "") };
}

/** "-1234.5"-style canonical text of the parts (no "+", no leading or trailing zeros, "0" for zero). */
function canonical({ negative, integer, fraction }: DecimalParts): string {
  const body = `${integer || "0"}${fraction ? `.${fraction}` : ""}`;
  return negative && body !== "0" ? `-${body}` : body;
}

// ───────────── zod pieces ─────────────

/** A blank form value (missing, null or only spaces) means "not given": null; other text is trimmed. */
export const blankToNull = (value: unknown) => (typeof value === "string" ? value.trim() || null : (value ?? null));

/** A field that may be left out or blank in the input and is null in the output then. */
export const blankable = <T extends z.ZodType>(schema: T) =>
  z.preprocess(blankToNull, schema.nullish()).transform((value): z.output<T> | null => value ?? null);

type TextOptions = { multiline?: boolean };
const withoutControl = (multiline = false) => (text: string) => !hasControlCharacters(text, multiline);

/** Text of at most `max` characters, trimmed, without control characters (tab and line breaks only if multi-line). */
export const plainText = (max: number, { multiline = false }: TextOptions = {}) =>
  z.string("validation.invalid").trim().max(max, "validation.tooLong").refine(withoutControl(multiline), "validation.controlCharacters");

/** Required text, trimmed, at most `max` characters, without control characters. */
export const requiredText = (max: number, options: TextOptions = {}) =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .max(max, "validation.tooLong")
    .refine(withoutControl(options.multiline), "validation.controlCharacters");

/** Optional text, trimmed, at most `max` characters, without control characters; blank is null. */
export const optionalText = (max: number, options: TextOptions = {}) => blankable(plainText(max, options));

/** A record id in an action's input. */
export const ZId = z.string().trim().min(1, "validation.required").max(64, "validation.invalid").refine(withoutControl(), "validation.invalid");

/** An account's optimistic-lock version as the form saw it. */
export const ZVersion = z.number().int().min(1).max(INT4_MAX);

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const yearsParams = { min: BUSINESS_YEARS.min, max: BUSINESS_YEARS.max };
const outOfYears = (year: number) => year < BUSINESS_YEARS.min || year > BUSINESS_YEARS.max;

/**
 * A calendar day as YYYY-MM-DD that exists (no 2024-02-30) within the business years; the output is the text,
 * as Postgres `date` takes it.
 */
export const isoDay = () =>
  z
    .string({ error: "validation.required" })
    .trim()
    .min(1, "validation.required")
    .superRefine((text, ctx) => {
      if (text === "") return;
      const match = ISO_DAY.exec(text);
      if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
        ctx.addIssue({ code: "custom", message: "validation.date" });
      } else if (outOfYears(Number(match[1]))) {
        ctx.addIssue({ code: "custom", message: "validation.dateRange", params: yearsParams });
      }
    })
    .meta({ format: "date", description: "A calendar day, YYYY-MM-DD." });

const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/**
 * A moment as a Date, from a Date or an ISO date or date-time text ("2025-03-01", "2025-03-01T09:30:00.000Z"): the
 * calendar day must exist (no rolling 2024-02-30 over into March) and the moment lie within the business years.
 */
export const isoDateTime = () =>
  z.union([z.date(), z.string()], "validation.date").transform((value, ctx): Date => {
    let date: Date;
    if (value instanceof Date) date = value;
    else {
      const text = value.trim();
      const match = ISO_DATE_TIME.exec(text);
      if (!match || !isCalendarDay(Number(match[1]), Number(match[2]), Number(match[3]))) {
        ctx.addIssue({ code: "custom", message: "validation.date" });
        return z.NEVER;
      }
      date = new Date(text.length === 10 ? `${text}T00:00:00Z` : text);
    }
    if (Number.isNaN(date.getTime())) {
      ctx.addIssue({ code: "custom", message: "validation.date" });
      return z.NEVER;
    }
    if (outOfYears(date.getUTCFullYear())) {
      ctx.addIssue({ code: "custom", message: "validation.dateRange", params: yearsParams });
      return z.NEVER;
    }
    return date;
  });

/**
 * A decimal for a Decimal(p, s) column, as exact canonical text ("1234.5"; Prisma and Postgres take text without
 * float error). Accepts a number or text with spaces or thousands commas; refuses what the column cannot hold:
 * more digits before the point (validation.tooManyDigits), more decimals (validation.twoDecimals for money) or a
 * value under `min`.
 */
export const decimalText = (column: DecimalColumn, { min }: { min?: 0 } = {}) =>
  z.unknown().transform((value, ctx): string => {
    if (value == null || (typeof value === "string" && value.trim() === "")) {
      ctx.addIssue({ code: "custom", message: "validation.required" });
      return z.NEVER;
    }
    const parts = decimalParts(value);
    if (!parts) {
      ctx.addIssue({ code: "custom", message: "validation.notANumber" });
      return z.NEVER;
    }
    if (parts.integer.length > column.integerDigits) {
      ctx.addIssue({ code: "custom", message: "validation.tooManyDigits", params: { max: column.integerDigits } });
      return z.NEVER;
    }
    if (parts.fraction.length > column.scale) {
      ctx.addIssue({ code: "custom", message: column.scale === 2 ? "validation.twoDecimals" : "validation.invalid" });
      return z.NEVER;
    }
    const text = canonical(parts);
    if (min === 0 && text.startsWith("-")) {
      ctx.addIssue({ code: "custom", message: "validation.tooSmall", params: { min: 0 } });
      return z.NEVER;
    }
    return text;
  })
  // What the REST API's OpenAPI document says the field takes (the transform itself describes nothing).
  .meta({ type: ["string", "number"], description: `A decimal with at most ${column.integerDigits} digits before the point and ${column.scale} after it.`, example: "1234.50" });
