import { INTL_LOCALE, type Locale } from "./config";

/** The currency demo data and orders are kept in; one per installation. */
export const CURRENCY = process.env.NEXT_PUBLIC_KAM_CURRENCY ?? "CNY";

type Numeric = number | string | { toString(): string } | null | undefined;

const toNumber = (value: Numeric) => (value == null ? null : Number(typeof value === "number" ? value : value.toString()));

export function formatNumber(locale: Locale, value: Numeric, digits = 0) {
  const n = toNumber(value);
  if (n == null || Number.isNaN(n)) return "—";
  return new Intl.NumberFormat(INTL_LOCALE[locale], { maximumFractionDigits: digits, minimumFractionDigits: digits }).format(n);
}

export function formatMoney(locale: Locale, value: Numeric, { compact = false } = {}) {
  const n = toNumber(value);
  if (n == null || Number.isNaN(n)) return "—";
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: "currency",
    currency: CURRENCY,
    notation: compact ? "compact" : "standard",
    maximumFractionDigits: compact ? 1 : 0,
  }).format(n);
}

export function formatPercent(locale: Locale, ratio: Numeric, digits = 0) {
  const n = toNumber(ratio);
  if (n == null || Number.isNaN(n)) return "—";
  return new Intl.NumberFormat(INTL_LOCALE[locale], { style: "percent", maximumFractionDigits: digits }).format(n);
}

/** Dates are shown in UTC: order dates are calendar dates, and every viewer must see the same day. */
export function formatDate(locale: Locale, value: Date | string | null | undefined, withTime = false) {
  if (!value) return "—";
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    dateStyle: "medium",
    timeStyle: withTime ? "short" : undefined,
    timeZone: "UTC",
  }).format(new Date(value));
}
