import { type Kysely, sql } from "kysely";
import { type Database, RISK_FACTOR_IDS } from "../database.ts";
import { countryDayRows, FACTOR_COUNT } from "./country-day-cache.ts";
import { type EvidenceQuery, planWindow, sourceTypesOf, type WindowPlan } from "./evidence-window.ts";

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
 * indicator filters read country_indicator_daily, whose key starts with the indicator.
 */
export async function evidenceSums(
  db: Kysely<Database>,
  query: EvidenceQuery,
): Promise<Map<string, CountrySums>> {
  const plan = planWindow(query.windowDays, query.asOf);
  const wanted = new Set(query.iso2s);
  const sourceTypes = new Set<string>(sourceTypesOf(query));
  const factors = query.riskFactors
    ? RISK_FACTOR_IDS.filter((id) => query.riskFactors?.includes(id))
    : RISK_FACTOR_IDS;
  const sums = new Map<string, CountrySums>();
  const sumsOf = (iso2: string): CountrySums => {
    let entry = sums.get(iso2);
    if (!entry) {
      entry = emptySums(plan);
      sums.set(iso2, entry);
    }
    return entry;
  };
  const addFactor = (
    entry: CountrySums,
    factor: number,
    evidence: number,
    clusters: number,
    weights: WindowPlan["days"][number],
  ) => {
    const sum = entry.factors.get(factor) ?? { current: 0, previous: 0, clusters: 0 };
    sum.current += evidence * weights.current;
    sum.previous += evidence * weights.previous;
    sum.clusters += clusters;
    entry.factors.set(factor, sum);
  };

  const days = await countryDayRows(db, plan.previousStart, plan.asOfDay);
  for (const weights of plan.days) {
    const isCurrent = weights.day >= plan.currentStart;
    for (const row of days.get(weights.day) ?? []) {
      if (!wanted.has(row.iso2) || !sourceTypes.has(row.sourceType)) continue;
      const entry = sumsOf(row.iso2);
      const values = row.values;
      if (isCurrent) entry.coverage += values[0] ?? 0;
      else entry.previousCoverage += values[0] ?? 0;
      if (query.indicators) continue;
      let total = 0;
      for (const factor of factors) {
        const evidence = values[factor] ?? 0;
        if (evidence === 0) continue;
        addFactor(entry, factor, evidence, isCurrent ? (values[FACTOR_COUNT + factor] ?? 0) : 0, weights);
        total += evidence;
      }
      if (isCurrent)
        entry.daily[weights.day - plan.currentStart] =
          (entry.daily[weights.day - plan.currentStart] ?? 0) + total;
    }
  }
  if (query.indicators && query.indicators.length > 0) {
    // Indicator filters read country_indicator_daily by its indicator-first key; SQL does the
    // decay-weighted sums with the weights joined in as VALUES, so few rows come back.
    const where = sql`d.indicator in (${sql.join([...query.indicators])})
      and d.source_type in (${sql.join([...sourceTypes])}) and d.risk_factor in (${sql.join([...factors])})`;
    const weights = sql.join(plan.days.map((row) => sql`(${row.day}, ${row.current}, ${row.previous})`));
    const factorRows = await sql<{
      iso2: string;
      risk_factor: number;
      current: number;
      previous: number;
      clusters: number;
    }>`
      with w(day, cur, prev) as (values ${weights})
      select d.iso2 as iso2, d.risk_factor as risk_factor, sum(d.evidence * w.cur) as current,
        sum(d.evidence * w.prev) as previous, sum(case when w.cur > 0 then d.clusters else 0 end) as clusters
      from w join country_indicator_daily d on d.day = w.day
      where d.day between ${plan.previousStart} and ${plan.asOfDay} and ${where}
      group by d.iso2, d.risk_factor`.execute(db);
    for (const row of factorRows.rows) {
      if (!wanted.has(row.iso2)) continue;
      const sum = { current: row.current, previous: row.previous, clusters: row.clusters };
      sumsOf(row.iso2).factors.set(row.risk_factor, sum);
    }
    const dailyRows = await sql<{ iso2: string; day: number; evidence: number }>`
      select d.iso2 as iso2, d.day as day, sum(d.evidence) as evidence from country_indicator_daily d
      where d.day between ${plan.currentStart} and ${plan.asOfDay} and ${where}
      group by d.iso2, d.day`.execute(db);
    for (const row of dailyRows.rows) {
      if (wanted.has(row.iso2)) sumsOf(row.iso2).daily[row.day - plan.currentStart] = row.evidence;
    }
  }
  return sums;
}
