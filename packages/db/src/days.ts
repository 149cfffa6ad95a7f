/**
 * Days are whole UTC days counted from 1970-01-01. Aggregates are kept per day, decay counts whole days
 * from the as-of day, and integers make window bounds plain comparisons in any SQL dialect.
 */

const MS_PER_DAY = 86_400_000;

/** The UTC day number of an instant. */
export function dayOf(instant: Date | string): number {
  const ms = typeof instant === "string" ? Date.parse(instant) : instant.getTime();
  return Math.floor(ms / MS_PER_DAY);
}

/** "YYYY-MM-DD" for a day number. */
export function isoDateOfDay(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The ISO instant at which a day starts. */
export function dayStartIso(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString();
}

/** The days of a window ending on `lastDay`, oldest first. */
export function windowDays(lastDay: number, length: number): number[] {
  return Array.from({ length }, (_, index) => lastDay - length + 1 + index);
}
