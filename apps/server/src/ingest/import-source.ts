import type { VigilDb } from "./ingest-items.ts";

// These two queries belong in packages/db (its registry has no call for either yet); they live here,
// small and named, until it does.

/**
 * Whether any news feed was ever registered, removed ones included. Imported files don't count: an
 * analyst who imports saved feeds before the first start still gets the default registry.
 */
export async function hasEverHadFeeds(db: VigilDb): Promise<boolean> {
  const row = await db
    .selectFrom("sources")
    .select("id")
    .where("kind", "=", "news")
    .where("url", "not like", `${FILE_URL_PREFIX}%`)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Imported files are keyed by their file URL. */
export const FILE_URL_PREFIX = "file://";

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
 * any removed feed's (docs/SCORING.md counts evidence by item, not by registry state).
 */
export async function ensureImportSource(
  db: VigilDb,
  options: ImportSourceOptions,
): Promise<{ id: number; reliability: number }> {
  const existing = await db
    .selectFrom("sources")
    .select(["id", "reliability"])
    .where("url", "=", options.url)
    .executeTakeFirst();
  if (existing) return existing;
  const now = options.now.toISOString();
  return db
    .insertInto("sources")
    .values({
      kind: "news",
      name: options.name,
      url: options.url,
      lang: options.lang,
      reliability: options.reliability,
      poll_interval_seconds: 0,
      enabled: 0,
      consecutive_failures: 0,
      items_seen: 0,
      removed_at: now,
      created_at: now,
      updated_at: now,
    })
    .returning(["id", "reliability"])
    .executeTakeFirstOrThrow();
}
