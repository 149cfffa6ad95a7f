import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { sqliteHandleOf } from "../open-database.ts";
import { keepingIngestCache } from "./ingest-cache.ts";

/** What an imported file is registered as. */
export interface ImportSourceOptions {
  /** The file's `file://` URL: the source key, so importing the same file again finds the same source. */
  url: string;
  name: string;
  lang: string;
  reliability: number;
  now: Date;
}

/**
 * The source an imported file's items are stored under, created on first import. It is stored as a
 * removed, disabled news source: never polled and not listed among feeds, while its items count like
 * any removed feed's (docs/SCORING.md counts evidence by item, not by registry state). Synchronous, and
 * it keeps the ingest cache (a new source row changes no story cluster), so an import that creates a
 * source per file still stores each file against the clusters it holds in memory.
 */
export function ensureImportSource(
  db: Kysely<Database>,
  options: ImportSourceOptions,
): { id: number; reliability: number } {
  const sqlite = sqliteHandleOf(db, "ensureImportSource");
  const existing = sqlite.prepare("SELECT id, reliability FROM sources WHERE url = ?").get(options.url) as
    | { id: number; reliability: number }
    | undefined;
  if (existing) return existing;
  const now = options.now.toISOString();
  return keepingIngestCache(sqlite, () => {
    const inserted = sqlite
      .prepare(
        `INSERT INTO sources (kind, name, url, lang, reliability, poll_interval_seconds, enabled,
           consecutive_failures, items_seen, removed_at, created_at, updated_at)
         VALUES ('news', ?, ?, ?, ?, 0, 0, 0, 0, ?, ?, ?)`,
      )
      .run(options.name, options.url, options.lang, options.reliability, now, now, now);
    return { id: Number(inserted.lastInsertRowid), reliability: options.reliability };
  });
}
