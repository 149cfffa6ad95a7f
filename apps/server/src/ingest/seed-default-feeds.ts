import { createFeed } from "@vigil/db";
import { DEFAULT_FEEDS } from "./default-feeds.ts";
import { hasEverHadFeeds } from "./import-source.ts";
import type { VigilDb } from "./ingest-items.ts";

/**
 * Registers the default feeds on first start: only when no feed was ever registered, so a feed an
 * analyst removed is never brought back by a restart. Returns how many were added.
 */
export async function seedDefaultFeeds(db: VigilDb, now: Date): Promise<number> {
  if (await hasEverHadFeeds(db)) return 0;
  for (const feed of DEFAULT_FEEDS) {
    await createFeed(db, {
      feed: {
        name: feed.name,
        url: feed.url,
        lang: feed.lang,
        reliability: feed.reliability,
        pollIntervalSeconds: feed.pollIntervalMinutes * 60,
        enabled: true,
      },
      now,
    });
  }
  return DEFAULT_FEEDS.length;
}
