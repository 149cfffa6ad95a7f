import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import { type Database, RISK_FACTOR_IDS } from "../database.ts";
import { sqliteHandleOf } from "../open-database.ts";

/** Number of risk factors: a row's `values[f]` is factor f's evidence and `values[FACTOR_COUNT + f]` its clusters. */
export const FACTOR_COUNT = RISK_FACTOR_IDS.length;
/** Values per country_daily row: items, evidence_1…14, clusters_1…14. */
export const ROW_WIDTH = 1 + 2 * FACTOR_COUNT;

/** A day's country_daily rows, column-wise: row r's values are values[r × ROW_WIDTH …]. */
export interface CountryDayBlock {
  version: number;
  count: number;
  /** Index into DaySpan.countries. */
  country: Uint16Array;
  /** Index into DaySpan.sourceTypes. */
  sourceType: Uint8Array;
  values: Float64Array;
}

/** A day's country_indicator_daily rows for one indicator, column-wise. */
export interface IndicatorDayBlock {
  version: number;
  count: number;
  country: Uint16Array;
  sourceType: Uint8Array;
  riskFactor: Uint8Array;
  evidence: Float64Array;
  clusters: Float64Array;
}

/** The aggregate rows of a span of days, as one consistent read saw them. */
export interface DaySpan {
  firstDay: number;
  lastDay: number;
  /** Interned country codes and source types: the blocks hold indexes into these. */
  countries: readonly string[];
  sourceTypes: readonly string[];
  /** One block per day, firstDay first. */
  days: readonly CountryDayBlock[];
  /** One block per day for each asked indicator. */
  indicators: ReadonlyMap<string, readonly IndicatorDayBlock[]>;
}

interface Cache {
  countries: string[];
  countryIndex: Map<string, number>;
  sourceTypes: string[];
  sourceTypeIndex: Map<string, number>;
  days: Map<number, CountryDayBlock>;
  indicatorDays: Map<string, Map<number, IndicatorDayBlock>>;
}

// Past this many cached days (a 365-day map and its previous window need 730) the days outside the
// asked span are dropped; the same bound applies per indicator.
const MAX_CACHED_DAYS = 800;
const CACHES = new WeakMap<BetterSqlite3.Database, Cache>();
const COLUMNS = [
  "items",
  ...RISK_FACTOR_IDS.map((id) => `evidence_${id}`),
  ...RISK_FACTOR_IDS.map((id) => `clusters_${id}`),
];
const STATEMENTS = new WeakMap<BetterSqlite3.Database, ReturnType<typeof prepare>>();

/**
 * The aggregate rows of days firstDay…lastDay (and of the asked indicators), through a per-database
 * cache checked against aggregate_days on every call. Past days rarely change, so a call reads the day
 * versions (one small range scan) and re-reads only days whose version moved — usually just today; the
 * caller then does the decay-weighted sums over typed arrays, with no SQL and few objects per query.
 * Every writer bumps a day's version in the transaction that changes it, and versions and rows are
 * read in one read transaction, so a stale day is never served. Inside a caller's transaction (which
 * may still roll back and leave a version number to be reused) nothing read is kept.
 */
export function readDaySpan(
  db: Kysely<Database>,
  firstDay: number,
  lastDay: number,
  indicators: readonly string[] = [],
): DaySpan {
  const sqlite = sqliteHandleOf(db, "readDaySpan");
  let statements = STATEMENTS.get(sqlite);
  if (!statements) {
    statements = prepare(sqlite);
    STATEMENTS.set(sqlite, statements);
  }
  const prepared = statements;
  const isNested = sqlite.inTransaction;
  let cache = CACHES.get(sqlite);
  if (!cache || isNested) {
    cache = {
      countries: [],
      countryIndex: new Map(),
      sourceTypes: [],
      sourceTypeIndex: new Map(),
      days: new Map(),
      indicatorDays: new Map(),
    };
    if (!isNested) CACHES.set(sqlite, cache);
  }
  const kept = cache;
  const read = () => {
    const versions = new Float64Array(lastDay - firstDay + 1);
    for (const [day, version] of prepared.versions.all(firstDay, lastDay) as [number, number][]) {
      versions[day - firstDay] = version;
    }
    const days = refreshDays(kept, prepared, firstDay, versions);
    const byIndicator = new Map<string, IndicatorDayBlock[]>();
    for (const indicator of new Set(indicators)) {
      byIndicator.set(indicator, refreshIndicator(kept, prepared, indicator, firstDay, versions));
    }
    return {
      firstDay,
      lastDay,
      countries: kept.countries,
      sourceTypes: kept.sourceTypes,
      days,
      indicators: byIndicator,
    };
  };
  return isNested ? read() : sqlite.transaction(read)();
}

function prepare(sqlite: BetterSqlite3.Database) {
  return {
    versions: sqlite.prepare("SELECT day, version FROM aggregate_days WHERE day BETWEEN ? AND ?").raw(true),
    countryDays: sqlite
      .prepare(
        `SELECT day, source_type, iso2, ${COLUMNS.join(", ")} FROM country_daily WHERE day BETWEEN ? AND ?`,
      )
      .raw(true),
    indicatorDays: sqlite
      .prepare(
        `SELECT day, source_type, iso2, risk_factor, evidence, clusters FROM country_indicator_daily
         WHERE indicator = ? AND day BETWEEN ? AND ?`,
      )
      .raw(true),
  };
}

/** Re-reads stale days of country_daily, a run of consecutive stale days per range scan. */
function refreshDays(
  cache: Cache,
  statements: ReturnType<typeof prepare>,
  firstDay: number,
  versions: Float64Array,
): CountryDayBlock[] {
  const isStale = (index: number) => cache.days.get(firstDay + index)?.version !== versions[index];
  forEachStaleRun(versions.length, isStale, (from, to) => {
    const rows = statements.countryDays.all(firstDay + from, firstDay + to) as unknown[][];
    const byDay = groupByDay(rows, from + firstDay, to + firstDay);
    byDay.forEach((dayRows, offset) => {
      const block: CountryDayBlock = {
        version: versions[from + offset] ?? 0,
        count: dayRows.length,
        country: new Uint16Array(dayRows.length),
        sourceType: new Uint8Array(dayRows.length),
        values: new Float64Array(dayRows.length * ROW_WIDTH),
      };
      dayRows.forEach((row, index) => {
        block.sourceType[index] = intern(cache.sourceTypes, cache.sourceTypeIndex, row[1] as string);
        block.country[index] = intern(cache.countries, cache.countryIndex, row[2] as string);
        for (let column = 0; column < ROW_WIDTH; column++) {
          block.values[index * ROW_WIDTH + column] = (row[3 + column] as number | null) ?? 0;
        }
      });
      cache.days.set(firstDay + from + offset, block);
    });
  });
  trim(cache.days, firstDay, firstDay + versions.length - 1);
  return Array.from(versions, (_, index) => cache.days.get(firstDay + index) as CountryDayBlock);
}

/** Re-reads stale days of one indicator's country_indicator_daily rows (its primary-key range). */
function refreshIndicator(
  cache: Cache,
  statements: ReturnType<typeof prepare>,
  indicator: string,
  firstDay: number,
  versions: Float64Array,
): IndicatorDayBlock[] {
  let days = cache.indicatorDays.get(indicator);
  if (!days) {
    days = new Map();
    cache.indicatorDays.set(indicator, days);
  }
  const blocks = days;
  const isStale = (index: number) => blocks.get(firstDay + index)?.version !== versions[index];
  forEachStaleRun(versions.length, isStale, (from, to) => {
    const rows = statements.indicatorDays.all(indicator, firstDay + from, firstDay + to) as unknown[][];
    groupByDay(rows, from + firstDay, to + firstDay).forEach((dayRows, offset) => {
      const count = dayRows.length;
      const block: IndicatorDayBlock = {
        version: versions[from + offset] ?? 0,
        count,
        country: new Uint16Array(count),
        sourceType: new Uint8Array(count),
        riskFactor: new Uint8Array(count),
        evidence: new Float64Array(count),
        clusters: new Float64Array(count),
      };
      dayRows.forEach((row, index) => {
        block.sourceType[index] = intern(cache.sourceTypes, cache.sourceTypeIndex, row[1] as string);
        block.country[index] = intern(cache.countries, cache.countryIndex, row[2] as string);
        block.riskFactor[index] = row[3] as number;
        block.evidence[index] = row[4] as number;
        block.clusters[index] = row[5] as number;
      });
      blocks.set(firstDay + from + offset, block);
    });
  });
  trim(blocks, firstDay, firstDay + versions.length - 1);
  return Array.from(versions, (_, index) => blocks.get(firstDay + index) as IndicatorDayBlock);
}

/** Calls `read(from, to)` for each run of consecutive stale indexes, inclusive. */
function forEachStaleRun(
  length: number,
  isStale: (index: number) => boolean,
  read: (from: number, to: number) => void,
) {
  for (let index = 0; index < length; index++) {
    if (!isStale(index)) continue;
    const from = index;
    while (index + 1 < length && isStale(index + 1)) index++;
    read(from, index);
  }
}

/** Rows (day first, in day order) split per day of firstDay…lastDay; days without rows get []. */
function groupByDay(rows: unknown[][], firstDay: number, lastDay: number): unknown[][][] {
  const byDay: unknown[][][] = Array.from({ length: lastDay - firstDay + 1 }, () => []);
  for (const row of rows) byDay[(row[0] as number) - firstDay]?.push(row);
  return byDay;
}

function intern(values: string[], index: Map<string, number>, value: string): number {
  let at = index.get(value);
  if (at === undefined) {
    at = values.length;
    values.push(value);
    index.set(value, at);
  }
  return at;
}

function trim(days: Map<number, unknown>, firstDay: number, lastDay: number): void {
  if (days.size <= MAX_CACHED_DAYS) return;
  for (const day of days.keys()) if (day < firstDay || day > lastDay) days.delete(day);
}
