const MS_PER_DAY = 86_400_000;

/** Milliseconds since the epoch of a valid date; throws a RangeError on an invalid one. */
export function instant(date: Date, what: string): number {
  const time = date instanceof Date ? date.getTime() : Number.NaN;
  if (!Number.isFinite(time)) throw new RangeError(`${what} must be a valid date`);
  return time;
}

/** The UTC calendar day of `date` as a day number (days since 1970-01-01). */
export function utcDay(date: Date, what: string): number {
  return Math.floor(instant(date, what) / MS_PER_DAY);
}
