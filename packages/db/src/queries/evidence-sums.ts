import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { readDaySpan } from "./country-day-cache.ts";
import { EvidenceAccumulators } from "./evidence-accumulators.ts";
import { type EvidenceQuery, planWindow, type WindowPlan } from "./evidence-window.ts";

/** Per-factor sums for one country. */
export interface FactorSums {
  /** Σ evidence × decay over the current window. */
  current: number;
  /** Σ evidence × decay over the previous window, decayed from its own last day. */
  previous: number;
  /** Story clusters whose first evidence for the factor (or indicator) arrived in the current window. */
  clusters: number;
}

/** Everything a country's situation is computed from. */
export interface CountrySums {
  factors: Map<number, FactorSums>;
  coverage: number;
  previousCoverage: number;
  /** Undecayed evidence per day of the current window, oldest first. */
  daily: number[];
}

/** Creates empty sums for a window. */
export function emptySums(plan: WindowPlan): CountrySums {
  return { factors: new Map(), coverage: 0, previousCoverage: 0, daily: new Array(plan.windowDays).fill(0) };
}

/**
 * Sums the aggregates over a window for the asked countries: coverage and decayed evidence per factor
 * in the current and previous windows, and daily evidence for spikes. Decay weights come from
 * planWindow (decayFactor per day). Unfiltered and factor-filtered questions read country_daily;
 * indicator filters read country_indicator_daily; both through the day cache (country-day-cache.ts),
 * summed here over typed arrays, in day order, into one slot per (country, factor).
 */
export async function evidenceSums(
  db: Kysely<Database>,
  query: EvidenceQuery,
): Promise<Map<string, CountrySums>> {
  const plan = planWindow(query.windowDays, query.asOf);
  // An empty indicator list asks for no evidence (only coverage), as an unmatched filter would.
  const indicators = query.indicators ? [...new Set(query.indicators)] : undefined;
  const span = readDaySpan(db, plan.previousStart, plan.asOfDay, indicators);
  const accumulators = new EvidenceAccumulators(span, query, plan);
  plan.days.forEach((weights, index) => {
    const isCurrent = weights.day >= plan.currentStart;
    const weight = isCurrent ? weights.current : weights.previous;
    const block = span.days[index];
    if (block)
      accumulators.addCountryDay(block, weight, isCurrent, weights.day - plan.currentStart, !indicators);
    for (const blocks of span.indicators.values()) {
      const indicatorBlock = blocks[index];
      if (indicatorBlock)
        accumulators.addIndicatorDay(indicatorBlock, weight, isCurrent, weights.day - plan.currentStart);
    }
  });
  return accumulators.toSums();
}
