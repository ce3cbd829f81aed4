export const DAY_MS = 86_400_000;

/** The UTC calendar day of a date as `YYYY-MM-DD`, the form passed to SQL `::date` (time of day ignored). */
export function utcDayString(date: Date): string {
  if (!(date instanceof Date) || !Number.isFinite(date.getTime())) throw new RangeError("not a valid date");
  return date.toISOString().slice(0, 10);
}

/** Midnight UTC of the day `days` days after 1970-01-01. */
export function dateOfDay(days: number): Date {
  return new Date(days * DAY_MS);
}
