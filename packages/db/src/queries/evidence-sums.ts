import { type Kysely, type RawBuilder, sql } from "kysely";
import type { Database } from "../database.ts";
import { type EvidenceQuery, planWindow, sourceTypesOf, type WindowPlan } from "./evidence-window.ts";

/** Per-factor sums for one country. */
export interface FactorSums {
  /** Σ evidence × decay over the current window. */
  current: number;
  /** Σ evidence × decay over the previous window, decayed from its own last day. */
  previous: number;
  /** Story clusters whose first evidence for the factor arrived in the current window. */
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

// Below this many countries the IN list narrows the scan; above, filtering the few extra rows is cheaper.
const MAX_IN_LIST_COUNTRIES = 100;

/**
 * Sums the aggregate tables for a window, in three small grouped queries: decayed evidence per
 * (country, factor), daily evidence per (country, day) for spikes, and coverage. The decay weights join
 * in as a VALUES list, so SQL returns one row per country and factor instead of one per day.
 */
export async function evidenceSums(db: Kysely<Database>, query: EvidenceQuery): Promise<Map<string, CountrySums>> {
  const plan = planWindow(query.windowDays, query.asOf);
  const wanted = new Set(query.iso2s);
  const table = query.indicators ? sql.table("country_indicator_daily") : sql.table("country_factor_daily");
  const filters: RawBuilder<unknown>[] = [sql`f.source_type in (${sql.join(sourceTypesOf(query))})`];
  if (query.indicators) filters.push(sql`f.indicator in (${sql.join([...query.indicators])})`);
  if (query.riskFactors) filters.push(sql`f.risk_factor in (${sql.join([...query.riskFactors])})`);
  if (query.iso2s.length < MAX_IN_LIST_COUNTRIES) {
    if (query.iso2s.length === 0) return new Map();
    filters.push(sql`f.iso2 in (${sql.join([...query.iso2s])})`);
  }
  const where = sql.join(filters, sql` and `);
  const weights = sql.join(plan.days.map((row) => sql`(${row.day}, ${row.current}, ${row.previous})`));

  const factorRows = await sql<{ iso2: string; risk_factor: number; current: number; previous: number; clusters: number }>`
    with w(day, cur, prev) as (values ${weights})
    select f.iso2 as iso2, f.risk_factor as risk_factor, sum(f.evidence * w.cur) as current,
      sum(f.evidence * w.prev) as previous, sum(case when w.cur > 0 then f.clusters else 0 end) as clusters
    from w join ${table} f on f.day = w.day
    where f.day between ${plan.previousStart} and ${plan.asOfDay} and ${where}
    group by f.iso2, f.risk_factor`.execute(db);
  const dailyRows = await sql<{ iso2: string; day: number; evidence: number }>`
    select f.iso2 as iso2, f.day as day, sum(f.evidence) as evidence
    from ${table} f
    where f.day between ${plan.currentStart} and ${plan.asOfDay} and ${where}
    group by f.iso2, f.day`.execute(db);
  const coverageFilters = [sql`source_type in (${sql.join(sourceTypesOf(query))})`];
  if (query.iso2s.length < MAX_IN_LIST_COUNTRIES) coverageFilters.push(sql`iso2 in (${sql.join([...query.iso2s])})`);
  const coverageRows = await sql<{ iso2: string; current: number; previous: number }>`
    select iso2, sum(case when day >= ${plan.currentStart} then items else 0 end) as current,
      sum(case when day < ${plan.currentStart} then items else 0 end) as previous
    from country_coverage_daily
    where day between ${plan.previousStart} and ${plan.asOfDay} and ${sql.join(coverageFilters, sql` and `)}
    group by iso2`.execute(db);

  const sums = new Map<string, CountrySums>();
  const sumsOf = (iso2: string): CountrySums | undefined => {
    if (!wanted.has(iso2)) return undefined;
    let entry = sums.get(iso2);
    if (!entry) {
      entry = emptySums(plan);
      sums.set(iso2, entry);
    }
    return entry;
  };
  for (const row of factorRows.rows) {
    sumsOf(row.iso2)?.factors.set(row.risk_factor, {
      current: row.current,
      previous: row.previous,
      clusters: row.clusters,
    });
  }
  for (const row of dailyRows.rows) {
    const entry = sumsOf(row.iso2);
    if (entry) entry.daily[row.day - plan.currentStart] = row.evidence;
  }
  for (const row of coverageRows.rows) {
    const entry = sumsOf(row.iso2);
    if (entry) {
      entry.coverage = row.current;
      entry.previousCoverage = row.previous;
    }
  }
  return sums;
}
