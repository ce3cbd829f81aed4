import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CURRENCY, formatDate, formatMoney, formatNumber, formatPercent } from "@/lib/i18n/format";
import { INTL_LOCALE, LOCALES } from "@/lib/i18n/config";

/**
 * The formatters are reused across calls: whatever was formatted before, each call must read exactly as a formatter
 * made for that call's language and options would.
 */
const locale = fc.constantFrom(...LOCALES);
const value = fc.oneof(fc.integer({ min: -1e12, max: 1e12 }), fc.double({ min: -1e9, max: 1e9, noNaN: true }));
const digits = fc.integer({ min: 0, max: 3 });
const day = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2060-12-31T23:59:59Z"), noInvalidDate: true });

type Call =
  | { kind: "number"; locale: (typeof LOCALES)[number]; value: number; digits: number }
  | { kind: "money"; locale: (typeof LOCALES)[number]; value: number; compact: boolean }
  | { kind: "percent"; locale: (typeof LOCALES)[number]; value: number; digits: number }
  | { kind: "date"; locale: (typeof LOCALES)[number]; value: Date; withTime: boolean };

const call: fc.Arbitrary<Call> = fc.oneof(
  fc.record({ kind: fc.constant("number" as const), locale, value, digits }),
  fc.record({ kind: fc.constant("money" as const), locale, value, compact: fc.boolean() }),
  fc.record({ kind: fc.constant("percent" as const), locale, value, digits }),
  fc.record({ kind: fc.constant("date" as const), locale, value: day, withTime: fc.boolean() }),
);

function viaFormatters(c: Call): string {
  switch (c.kind) {
    case "number":
      return formatNumber(c.locale, c.value, c.digits);
    case "money":
      return formatMoney(c.locale, c.value, { compact: c.compact });
    case "percent":
      return formatPercent(c.locale, c.value, c.digits);
    case "date":
      return formatDate(c.locale, c.value, c.withTime);
  }
}

function madeFresh(c: Call): string {
  const tag = INTL_LOCALE[c.locale];
  switch (c.kind) {
    case "number":
      return new Intl.NumberFormat(tag, { maximumFractionDigits: c.digits, minimumFractionDigits: c.digits }).format(c.value);
    case "money":
      return new Intl.NumberFormat(tag, { style: "currency", currency: CURRENCY, notation: c.compact ? "compact" : "standard", maximumFractionDigits: c.compact ? 1 : 0 }).format(c.value);
    case "percent":
      return new Intl.NumberFormat(tag, { style: "percent", maximumFractionDigits: c.digits }).format(c.value);
    case "date":
      return new Intl.DateTimeFormat(tag, { dateStyle: "medium", timeStyle: c.withTime ? "short" : undefined, timeZone: "UTC" }).format(c.value);
  }
}

describe("number and date formatting", () => {
  it("any sequence of calls reads as formatters made for each call", () => {
    fc.assert(
      fc.property(fc.array(call, { minLength: 1, maxLength: 30 }), (calls) => {
        for (const c of calls) expect(viaFormatters(c)).toBe(madeFresh(c));
      }),
    );
  });

  it("keeps languages and options apart after each was used", () => {
    expect(formatMoney("en", 1_234_567)).toBe("CN¥1,234,567");
    expect(formatMoney("en", 1_234_567, { compact: true })).toBe("CN¥1.2m");
    expect(formatMoney("zh", 1_234_567)).toBe("¥1,234,567");
    expect(formatNumber("en", 1.5, 2)).toBe("1.50");
    expect(formatNumber("en", 1.5)).toBe("2");
    expect(formatPercent("en", 0.125, 1)).toBe("12.5%");
    expect(formatPercent("en", 0.125)).toBe("13%");
    const date = new Date("2026-03-05T23:30:00Z");
    expect(formatDate("en", date)).toBe("5 Mar 2026");
    expect(formatDate("en", date, true)).toBe("5 Mar 2026, 23:30");
    expect(formatDate("zh", date)).toBe("2026年3月5日");
  });

  it("shows a dash for what is not a number or a date", () => {
    expect(formatNumber("en", null)).toBe("—");
    expect(formatMoney("zh", "not a number")).toBe("—");
    expect(formatPercent("en", undefined)).toBe("—");
    expect(formatDate("en", null)).toBe("—");
  });
});
