import type BetterSqlite3 from "better-sqlite3";
import { RISK_FACTOR_IDS } from "../../database.ts";
import { storeStatements } from "../store-statements.ts";

const ZEROS = new Array<number>(2 * RISK_FACTOR_IDS.length).fill(0);

/**
 * Moves the coverage (items about a country) an alert's item adds, by `delta` (+1 or −1), on its day and
 * in each of its countries. A dismissed alert counts for nothing, coverage included: it must not turn a
 * country from "not monitored" to rated. Runs inside the caller's transaction; bumps the day's version
 * so cached aggregates are re-read.
 */
export function moveAlertCoverage(sqlite: BetterSqlite3.Database, itemId: number, delta: 1 | -1): void {
  const statements = storeStatements(sqlite);
  const rows = sqlite
    .prepare<[number], { published_day: number; iso2: string }>(
      `SELECT i.published_day, c.iso2 FROM items i JOIN item_countries c ON c.item_id = i.id WHERE i.id = ?`,
    )
    .all(itemId);
  for (const row of rows)
    statements.addCountryDaily.run(row.published_day, "alert", row.iso2, delta, ...ZEROS);
  for (const day of new Set(rows.map((row) => row.published_day))) statements.bumpDay.run(day);
}
