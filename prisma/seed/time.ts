/** Date arithmetic relative to `asOf`, in whole UTC days, so the seed never reads the clock. */
import { DAY_MS } from "@/lib/dates";

export const daysBefore = (asOf: Date, days: number) => new Date(asOf.getTime() - Math.round(days) * DAY_MS);

export const daysBetween = (from: Date, to: Date) => Math.round((to.getTime() - from.getTime()) / DAY_MS);

/** The same calendar day `years` earlier (29 Feb falls back to 1 Mar). */
export function yearsBefore(asOf: Date, years: number): Date {
  const date = new Date(asOf);
  date.setUTCFullYear(date.getUTCFullYear() - years);
  return date;
}

/** A time of day within office hours, so activities do not all sit at midnight. */
export const atHour = (day: Date, hour: number, minute = 0) => new Date(day.getTime() + (hour * 60 + minute) * 60_000);
