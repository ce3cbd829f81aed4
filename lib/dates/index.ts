import { EngineError } from "../domain";

/**
 * UTC calendar-day arithmetic. A "day number" counts days since 1970-01-01 (UTC); the time of day is ignored
 * wherever a day is asked for. Pure: nothing here reads the clock, callers pass `now`.
 */

export const DAY_MS = 86_400_000;

/** Milliseconds since the epoch of a valid date; an invalid one throws an EngineError INVALID_DATE. */
export function instant(date: Date, what = "date"): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new EngineError("INVALID_DATE", `${what} must be a valid date`);
  return time;
}

/** The day number of the UTC calendar day of `date`. */
export function utcDay(date: Date, what = "date"): number {
  return Math.floor(instant(date, what) / DAY_MS);
}

/** Midnight UTC of day number `day`. */
export function dateOfDay(day: number): Date {
  return new Date(day * DAY_MS);
}

/** Midnight UTC of the day of `now`: the analysis day of anything that is counted in whole days. */
export function startOfUtcDay(now: Date): Date {
  return dateOfDay(utcDay(now, "now"));
}

/** `date` moved by `days` whole days of 24 hours (negative: back), time of day kept. */
export function addDays(date: Date, days: number): Date {
  if (!Number.isFinite(days)) throw new EngineError("NOT_FINITE", `days must be a finite number, got ${days}`);
  return new Date(instant(date) + days * DAY_MS);
}

/** Whole UTC calendar days from the day of `from` to the day of `to` (negative when `to` is earlier). */
export function daysBetween(from: Date, to: Date): number {
  return utcDay(to, "to") - utcDay(from, "from");
}

/** The UTC calendar day of a date as `YYYY-MM-DD`, the form passed to SQL `::date` (time of day ignored). */
export function utcDayString(date: Date): string {
  instant(date);
  return date.toISOString().slice(0, 10);
}
