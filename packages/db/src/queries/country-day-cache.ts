import { type Kysely, sql } from "kysely";
import { type Database, RISK_FACTOR_IDS } from "../database.ts";

/** One country_daily row as cached: `values` holds items, evidence_1…14, clusters_1…14 in that order. */
export interface CountryDayRow {
  iso2: string;
  sourceType: string;
  values: Float64Array;
}

interface CachedDay {
  version: number;
  rows: CountryDayRow[];
}

/** Number of risk factors: `values[f]` is factor f's evidence and `values[FACTOR_COUNT + f]` its clusters. */
export const FACTOR_COUNT = RISK_FACTOR_IDS.length;

// Days beyond this many are dropped from a cache rather than kept forever (a 365-day map and its
// previous window need 730).
const MAX_CACHED_DAYS = 800;
const CACHES = new WeakMap<Kysely<Database>, Map<number, CachedDay>>();
const COLUMNS = [
  "items",
  ...RISK_FACTOR_IDS.map((id) => `evidence_${id}`),
  ...RISK_FACTOR_IDS.map((id) => `clusters_${id}`),
];

/**
 * The country_daily rows of a span of days, read through a per-database cache that is checked
 * against aggregate_days on every call. SQLite sums 12,000 wide rows per map query in ~30 ms, which
 * misses the 20 ms budget; past days rarely change, so each call reads the day versions (one small
 * range scan) and re-reads only days whose version moved — usually just today — then the caller
 * does the decay-weighted sums in memory. Any writer, in any process, bumps the version in the same
 * transaction as its change, so a stale day is never served.
 */
export async function countryDayRows(
  db: Kysely<Database>,
  firstDay: number,
  lastDay: number,
): Promise<Map<number, CountryDayRow[]>> {
  let cache = CACHES.get(db);
  if (!cache || cache.size > MAX_CACHED_DAYS) {
    cache = new Map();
    CACHES.set(db, cache);
  }
  // Versions first, rows second: a commit between the two reads then only causes a re-read later.
  const versions = await db
    .selectFrom("aggregate_days")
    .select(["day", "version"])
    .where("day", ">=", firstDay)
    .where("day", "<=", lastDay)
    .execute();
  const versionOf = new Map(versions.map((row) => [row.day, row.version]));
  const stale: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    if (cache.get(day)?.version !== (versionOf.get(day) ?? 0)) stale.push(day);
  }
  if (stale.length > 0) {
    for (const day of stale) cache.set(day, { version: versionOf.get(day) ?? 0, rows: [] });
    const rows = await sql<Record<string, number> & { day: number; source_type: string; iso2: string }>`
      select day, source_type, iso2, ${sql.join(COLUMNS.map((column) => sql.ref(column)))}
      from country_daily where day in (${sql.join(stale)})`.execute(db);
    for (const row of rows.rows) {
      const values = new Float64Array(COLUMNS.length);
      COLUMNS.forEach((column, index) => {
        values[index] = row[column] ?? 0;
      });
      cache.get(row.day)?.rows.push({ iso2: row.iso2, sourceType: row.source_type, values });
    }
  }
  const span = new Map<number, CountryDayRow[]>();
  for (let day = firstDay; day <= lastDay; day++) span.set(day, cache.get(day)?.rows ?? []);
  return span;
}
