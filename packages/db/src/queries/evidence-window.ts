import { decayFactor, halfLifeDays } from "@vigil/scoring";
import type { SourceType } from "../database.ts";
import { dayOf } from "../days.ts";

/** The question every situation query answers: which evidence, over which days, as of when. */
export interface EvidenceQuery {
  windowDays: number;
  asOf: Date;
  riskFactors?: readonly number[];
  indicators?: readonly string[];
  sourceTypes?: readonly SourceType[];
  /** Countries to answer for; the caller has applied any region filter. */
  iso2s: readonly string[];
}

/** The days of the current and previous windows and each day's decay weight in either. */
export interface WindowPlan {
  asOfDay: number;
  windowDays: number;
  halfLifeDays: number;
  /** First day of the current window; the window is (asOfDay − windowDays, asOfDay]. */
  currentStart: number;
  /** First day of the previous window, which ends the day before currentStart. */
  previousStart: number;
  /** One row per day of both windows: decay weight in the current window (0 outside), and in the previous. */
  days: { day: number; current: number; previous: number }[];
}

/**
 * Plans a window as of a day. Age counts whole days from the as-of day; the previous window is scored
 * as of its own last day, so the trend compares like with like. Days are UTC; the as-of day counts whole.
 */
export function planWindow(windowDays: number, asOf: Date): WindowPlan {
  const asOfDay = dayOf(asOf);
  const currentStart = asOfDay - windowDays + 1;
  const previousStart = currentStart - windowDays;
  const days: WindowPlan["days"] = [];
  for (let day = previousStart; day <= asOfDay; day++) {
    const isCurrent = day >= currentStart;
    days.push({
      day,
      current: isCurrent ? decayFactor(asOfDay - day, windowDays) : 0,
      previous: isCurrent ? 0 : decayFactor(currentStart - 1 - day, windowDays),
    });
  }
  return { asOfDay, windowDays, halfLifeDays: halfLifeDays(windowDays), currentStart, previousStart, days };
}

/** The source types a query covers; all when unfiltered. */
export function sourceTypesOf(query: { sourceTypes?: readonly SourceType[] }): SourceType[] {
  return query.sourceTypes && query.sourceTypes.length > 0
    ? [...new Set(query.sourceTypes)]
    : ["news", "alert"];
}
