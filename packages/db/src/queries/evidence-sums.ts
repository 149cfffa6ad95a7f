import { type Kysely, type RawBuilder, sql } from "kysely";
import { type Database, RISK_FACTOR_IDS, type RiskFactorId } from "../database.ts";
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

type FactorRow = { iso2: string; risk_factor: number; current: number; previous: number; clusters: number };
type DailyRow = { iso2: string; day: number; evidence: number };
type CoverageRow = { iso2: string; current: number; previous: number };

/**
 * Sums the aggregate tables for a window in two small grouped queries: one row per country with its
 * coverage and decayed evidence per factor, and one per (country, day) with evidence for spikes. The
 * decay weights join in as a VALUES list, so SQL does the decay-weighted sums.
 */
export async function evidenceSums(db: Kysely<Database>, query: EvidenceQuery): Promise<Map<string, CountrySums>> {
  const plan = planWindow(query.windowDays, query.asOf);
  if (query.iso2s.length === 0) return new Map();
  const filters: RawBuilder<unknown>[] = [sql`d.source_type in (${sql.join(sourceTypesOf(query))})`];
  if (query.iso2s.length < MAX_IN_LIST_COUNTRIES) filters.push(sql`d.iso2 in (${sql.join([...query.iso2s])})`);
  const weights = sql.join(plan.days.map((row) => sql`(${row.day}, ${row.current}, ${row.previous})`));
  const factors = query.riskFactors ? RISK_FACTOR_IDS.filter((id) => query.riskFactors?.includes(id)) : RISK_FACTOR_IDS;
  const read = query.indicators ? readIndicatorSums : readCountryDaily;
  const { factorRows, dailyRows, coverageRows } = await read(db, { query, plan, filters, weights, factors });
  return collectSums(plan, new Set(query.iso2s), factorRows, dailyRows, coverageRows);
}

interface ReadOptions {
  query: EvidenceQuery;
  plan: WindowPlan;
  filters: RawBuilder<unknown>[];
  weights: RawBuilder<unknown>;
  factors: readonly RiskFactorId[];
}

/** The unfiltered and factor-filtered case: everything from country_daily. */
async function readCountryDaily(db: Kysely<Database>, { plan, filters, weights, factors }: ReadOptions) {
  const where = sql.join(filters, sql` and `);
  const columns = factors.flatMap((factor) => [
    sql`sum(${sql.ref(`d.evidence_${factor}`)} * w.cur) as ${sql.ref(`cur_${factor}`)}`,
    sql`sum(${sql.ref(`d.evidence_${factor}`)} * w.prev) as ${sql.ref(`prev_${factor}`)}`,
    sql`sum(case when w.cur > 0 then ${sql.ref(`d.clusters_${factor}`)} else 0 end) as ${sql.ref(`clusters_${factor}`)}`,
  ]);
  const wide = await sql<Record<string, number> & { iso2: string }>`
    with w(day, cur, prev) as (values ${weights})
    select d.iso2 as iso2, sum(case when w.cur > 0 then d.items else 0 end) as coverage,
      sum(case when w.cur > 0 then 0 else d.items end) as previous_coverage, ${sql.join(columns)}
    from w join country_daily d on d.day = w.day
    where d.day between ${plan.previousStart} and ${plan.asOfDay} and ${where}
    group by d.iso2`.execute(db);
  const total = sql.join(
    factors.map((factor) => sql.ref(`d.evidence_${factor}`)),
    sql` + `,
  );
  const daily = await sql<DailyRow>`
    select d.iso2 as iso2, d.day as day, sum(${total}) as evidence from country_daily d
    where d.day between ${plan.currentStart} and ${plan.asOfDay} and ${where}
    group by d.day, d.iso2`.execute(db);
  const factorRows: FactorRow[] = [];
  for (const row of wide.rows) {
    for (const factor of factors) {
      const current = row[`cur_${factor}`] ?? 0;
      const previous = row[`prev_${factor}`] ?? 0;
      if (current === 0 && previous === 0) continue;
      factorRows.push({ iso2: row.iso2, risk_factor: factor, current, previous, clusters: row[`clusters_${factor}`] ?? 0 });
    }
  }
  const coverageRows = wide.rows.map((row) => ({
    iso2: row.iso2,
    current: row.coverage ?? 0,
    previous: row.previous_coverage ?? 0,
  }));
  return { factorRows, dailyRows: daily.rows, coverageRows };
}

/** The indicator-filtered case: evidence from country_indicator_daily, coverage from country_daily. */
async function readIndicatorSums(db: Kysely<Database>, { query, plan, filters, weights, factors }: ReadOptions) {
  const where = sql.join(
    [
      ...filters,
      sql`d.indicator in (${sql.join([...(query.indicators ?? [])])})`,
      sql`d.risk_factor in (${sql.join([...factors])})`,
    ],
    sql` and `,
  );
  const factorRows = await sql<FactorRow>`
    with w(day, cur, prev) as (values ${weights})
    select d.iso2 as iso2, d.risk_factor as risk_factor, sum(d.evidence * w.cur) as current,
      sum(d.evidence * w.prev) as previous, sum(case when w.cur > 0 then d.clusters else 0 end) as clusters
    from w join country_indicator_daily d on d.day = w.day
    where d.day between ${plan.previousStart} and ${plan.asOfDay} and ${where}
    group by d.iso2, d.risk_factor`.execute(db);
  const daily = await sql<DailyRow>`
    select d.iso2 as iso2, d.day as day, sum(d.evidence) as evidence from country_indicator_daily d
    where d.day between ${plan.currentStart} and ${plan.asOfDay} and ${where}
    group by d.iso2, d.day`.execute(db);
  const coverage = await sql<CoverageRow>`
    select d.iso2 as iso2, sum(case when d.day >= ${plan.currentStart} then d.items else 0 end) as current,
      sum(case when d.day < ${plan.currentStart} then d.items else 0 end) as previous
    from country_daily d
    where d.day between ${plan.previousStart} and ${plan.asOfDay} and ${sql.join(filters, sql` and `)}
    group by d.iso2`.execute(db);
  return { factorRows: factorRows.rows, dailyRows: daily.rows, coverageRows: coverage.rows };
}

function collectSums(
  plan: WindowPlan,
  wanted: Set<string>,
  factorRows: readonly FactorRow[],
  dailyRows: readonly DailyRow[],
  coverageRows: readonly CoverageRow[],
): Map<string, CountrySums> {
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
  for (const row of factorRows) {
    sumsOf(row.iso2)?.factors.set(row.risk_factor, {
      current: row.current,
      previous: row.previous,
      clusters: row.clusters,
    });
  }
  for (const row of dailyRows) {
    const entry = sumsOf(row.iso2);
    if (entry) entry.daily[row.day - plan.currentStart] = row.evidence;
  }
  for (const row of coverageRows) {
    const entry = sumsOf(row.iso2);
    if (entry) {
      entry.coverage = row.current;
      entry.previousCoverage = row.previous;
    }
  }
  return sums;
}
