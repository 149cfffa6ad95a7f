import { round3 } from "../combine.ts";

/** A score change of at least this many points is a trend; smaller moves are "steady". */
export const TREND_THRESHOLD = 5;
/** Days at the end of a series compared against the baseline before them. */
export const SPIKE_RECENT_DAYS = 3;
/** Standard deviations above the baseline mean that make a spike. */
export const SPIKE_Z = 3;
/** A spike also needs at least this much daily evidence, so 0 → 0.2 is not a spike. */
export const SPIKE_MIN_EVIDENCE = 1;

/** Direction of a score versus the previous window. */
export type TrendDirection = "rising" | "falling" | "steady" | "new";

/** Trend of the current score against the previous window's; "new" when there was no coverage before. */
export function trendOf(
  current: number,
  previous: number | null,
): { delta: number | null; direction: TrendDirection } {
  if (previous === null) return { delta: null, direction: "new" };
  const delta = round3(current - previous);
  const direction = delta >= TREND_THRESHOLD ? "rising" : delta <= -TREND_THRESHOLD ? "falling" : "steady";
  return { delta, direction };
}

/**
 * Whether the mean of the last SPIKE_RECENT_DAYS of a daily evidence series stands SPIKE_Z standard
 * deviations above the days before it. The deviation has a floor so a flat baseline can't make every
 * blip a spike.
 */
export function detectSpike(daily: readonly number[]): { isSpike: boolean; z: number } {
  if (daily.length <= SPIKE_RECENT_DAYS) return { isSpike: false, z: 0 };
  const recent = daily.slice(-SPIKE_RECENT_DAYS);
  const baseline = daily.slice(0, -SPIKE_RECENT_DAYS);
  const recentMean = recent.reduce((sum, value) => sum + value, 0) / recent.length;
  const mean = baseline.reduce((sum, value) => sum + value, 0) / baseline.length;
  const variance = baseline.reduce((sum, value) => sum + (value - mean) ** 2, 0) / baseline.length;
  const deviation = Math.max(Math.sqrt(variance), 0.25);
  const z = round3((recentMean - mean) / deviation);
  return { isSpike: z >= SPIKE_Z && recentMean >= SPIKE_MIN_EVIDENCE, z };
}

/** Indices of the days in a daily series that stand SPIKE_Z deviations above the days before them. */
export function spikeDays(daily: readonly number[], minHistory = 7): number[] {
  const days: number[] = [];
  for (let end = minHistory; end < daily.length; end++) {
    const history = daily.slice(0, end);
    const mean = history.reduce((sum, value) => sum + value, 0) / history.length;
    const variance = history.reduce((sum, value) => sum + (value - mean) ** 2, 0) / history.length;
    const value = daily[end] as number;
    if (value >= SPIKE_MIN_EVIDENCE && (value - mean) / Math.max(Math.sqrt(variance), 0.25) >= SPIKE_Z)
      days.push(end);
  }
  return days;
}
