import type { Trend } from "./api-types.ts";

const DAY_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const TIME_FORMAT = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  hour: "2-digit",
  minute: "2-digit",
  timeZone: "UTC",
  timeZoneName: "short",
});

/** A score as analysts read it: a whole number out of 100. */
export function formatScore(score: number): string {
  return String(Math.round(score));
}

/** A calendar day in UTC, "12 Nov 2026". */
export function formatDay(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : DAY_FORMAT.format(date);
}

/** A moment in UTC, "12 Nov, 14:05 UTC". */
export function formatMoment(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : TIME_FORMAT.format(date);
}

/** A trend in short ("▲ +5") and in words for screen readers ("rising 5 points"). */
export function describeTrend(trend: Trend): { short: string; words: string } {
  const points = trend.delta === null ? 0 : Math.abs(Math.round(trend.delta));
  switch (trend.direction) {
    case "new":
      return { short: "new", words: "no trend: previous window not monitored" };
    case "steady":
      return { short: "→ 0", words: "steady" };
    case "rising":
      return { short: `▲ +${points}`, words: `rising ${points} points` };
    case "falling":
      return { short: `▼ −${points}`, words: `falling ${points} points` };
  }
}

const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ["day", 86_400_000],
  ["hour", 3_600_000],
  ["minute", 60_000],
];
const RELATIVE = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

/** How far a moment is from now, "5 minutes ago" or "in 2 hours"; "just now" under a minute. */
export function formatRelative(iso: string, now: Date): string {
  const difference = new Date(iso).getTime() - now.getTime();
  if (Number.isNaN(difference)) return iso;
  for (const [unit, size] of UNITS) {
    if (Math.abs(difference) >= size) return RELATIVE.format(Math.round(difference / size), unit);
  }
  return "just now";
}

/** "1 item", "3 items". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count.toLocaleString("en-US")} ${count === 1 ? singular : pluralForm}`;
}
