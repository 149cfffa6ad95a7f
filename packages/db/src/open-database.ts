import fs from "node:fs";
import path from "node:path";
import BetterSqlite3 from "better-sqlite3";
import { Kysely, SqliteDialect } from "kysely";
import type { Database } from "./database.ts";

/** Options for openDatabase. */
export interface OpenDatabaseOptions {
  /** Path of the SQLite file; its directory is created if missing. ":memory:" works for throwaway use. */
  file: string;
}

/** An open database: Kysely for queries, the raw handle for the prepared-statement hot path. */
export interface VigilDatabase {
  db: Kysely<Database>;
  sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

// storeScoredItems needs the raw handle behind a Kysely instance; a WeakMap keeps every query
// function's first parameter a plain Kysely<Database> without leaking the handle into its type.
const HANDLES = new WeakMap<Kysely<Database>, BetterSqlite3.Database>();

/**
 * Opens (creating if needed) a SQLite database with the pragmas Vigil relies on.
 *
 * Durability: WAL with synchronous=NORMAL. A commit appends to the WAL with write(2) before returning,
 * so the OS holds it and a killed process (kill -9, crash) loses no committed row; only an OS crash or
 * power cut can lose the last commits before a checkpoint fsyncs them. FULL would fsync every commit,
 * costing ingest throughput for a risk (power loss on the server) that re-polling the feeds repairs.
 */
export function openDatabase(options: OpenDatabaseOptions): VigilDatabase {
  if (options.file !== ":memory:")
    fs.mkdirSync(path.dirname(path.resolve(options.file)), { recursive: true });
  const sqlite = new BetterSqlite3(options.file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  // 256 MiB of page cache (allocated as used): ingest touches random index pages, and at 300,000 items
  // this did ~14% more items per CPU-second than SQLite's 2 MiB default.
  sqlite.pragma("cache_size = -262144");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  HANDLES.set(db, sqlite);
  return {
    db,
    sqlite,
    async close() {
      // Kysely's SqliteDriver closes the better-sqlite3 handle when it is destroyed.
      await db.destroy();
    },
  };
}

/** The better-sqlite3 handle behind a Kysely instance made by openDatabase. */
export function sqliteHandleOf(db: Kysely<Database>, caller: string): BetterSqlite3.Database {
  const handle = HANDLES.get(db);
  if (!handle) throw new Error(`${caller} needs a database opened with openDatabase() (a SQLite file)`);
  return handle;
}

// Pages of WAL between automatic checkpoints during a bulk write (~40 MiB); SQLite's default is 1,000.
const BULK_CHECKPOINT_PAGES = 10_000;

/**
 * Runs a long write (an import) with automatic checkpoints every BULK_CHECKPOINT_PAGES instead of
 * every 1,000: a checkpoint copies each page the WAL holds into the database file and fsyncs it, and
 * an import rewrites the same index pages over and over, so fewer checkpoints copy each page fewer
 * times (~15% more items per second into a database that already holds data). The WAL grows to
 * ~40 MiB meanwhile; the connection's own setting is restored afterwards, however `work` ends.
 * Durability is unchanged: commits still reach the WAL before they return.
 */
export async function withBulkCheckpoints<T>(db: Kysely<Database>, work: () => Promise<T>): Promise<T> {
  const sqlite = sqliteHandleOf(db, "withBulkCheckpoints");
  const previous = sqlite.pragma("wal_autocheckpoint", { simple: true }) as number;
  sqlite.pragma(`wal_autocheckpoint = ${Math.max(previous, BULK_CHECKPOINT_PAGES)}`);
  try {
    return await work();
  } finally {
    if (sqlite.open) sqlite.pragma(`wal_autocheckpoint = ${previous}`);
  }
}
