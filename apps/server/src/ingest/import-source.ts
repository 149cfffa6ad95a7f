import type { VigilDb } from "./ingest-items.ts";

// This query belongs in packages/db (its registry has no call for it yet); it lives here, small and
// named, until it does.

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

/**
 * The source an imported file's items are stored under, created on first import: a removed, disabled
 * news source, never polled. It lives in packages/db, beside the ingest cache it keeps.
 */
export { ensureImportSource, type ImportSourceOptions } from "@vigil/db";
