import type BetterSqlite3 from "better-sqlite3";

/**
 * Transactions of at least this many items run without foreign-key checks. Break-even is ~60 items
 * (callgrind: switching and re-preparing ~1.9M instructions a transaction, the checks ~33k an item);
 * well above it, so a polled feed's own transaction keeps its prepared statements.
 */
export const FOREIGN_KEYS_OFF_ITEMS = 500;

/**
 * Runs `write` with SQLite's foreign-key checks off when it stores at least FOREIGN_KEYS_OFF_ITEMS
 * items and no transaction is open, and puts the setting back however `write` ends. For ingest, whose
 * every reference points at a row it wrote or read in the same transaction (the source is checked
 * first; a matched cluster comes from cluster_band_days, and clusters are never deleted), so the per-row
 * parent lookups (~25 an item, ~8% of SQLite's work in an import) check nothing new; the bulk loader
 * skips them too. Switching costs: the pragma expires every prepared statement, each re-prepared on
 * next use. It can't change inside a transaction, so a nested call keeps the checks.
 */
export function withForeignKeysOff<T>(sqlite: BetterSqlite3.Database, items: number, write: () => T): T {
  const isOn =
    !sqlite.inTransaction &&
    items >= FOREIGN_KEYS_OFF_ITEMS &&
    Number(sqlite.pragma("foreign_keys", { simple: true })) === 1;
  if (!isOn) return write();
  sqlite.pragma("foreign_keys = OFF");
  try {
    return write();
  } finally {
    sqlite.pragma("foreign_keys = ON");
  }
}
