import { type Database, type StoreScoredItemsOptions, storeScoredItems } from "@vigil/db";
import type { Scorer, TextScore } from "@vigil/scoring";
import type { Kysely } from "kysely";
import type { FeedItem } from "./feed-item.ts";
import { type ItemStory, type StorableScore, scoreFeedItems } from "./feed-preparer.ts";

/** The database handle the db package's query functions take. */
export type VigilDb = Kysely<Database>;

/** Where a batch of items came from; the source's reliability weighs its evidence (docs/SCORING.md). */
export interface ItemSource {
  /** The feed's registry id, or the `file://` URL of an imported file. */
  sourceId: number;
  sourceType: "news" | "alert";
  reliability: number;
}

/** Inputs for `ingestItems`. */
export interface IngestItemsOptions {
  db: VigilDb;
  scorer: Scorer;
  source: ItemSource;
  items: readonly FeedItem[];
  now: Date;
}

/** How many items were new and how many were already stored. */
export interface IngestCounts {
  inserted: number;
  duplicates: number;
}

/** Items per transaction: one feed is one batch; a huge saved file is cut so no transaction runs long. */
export const INGEST_BATCH_SIZE = 1_000;

/** Scores parsed feed items and stores them, one transaction per batch; re-ingesting counts duplicates. */
export async function ingestItems({
  db,
  scorer,
  source,
  items,
  now,
}: IngestItemsOptions): Promise<IngestCounts> {
  const counts: IngestCounts = { inserted: 0, duplicates: 0 };
  for (let start = 0; start < items.length; start += INGEST_BATCH_SIZE) {
    const slice = items.slice(start, start + INGEST_BATCH_SIZE);
    const stored = await storeScoredItems(db, storeBatch(source, slice, scoreFeedItems(scorer, slice), now));
    counts.inserted += stored.inserted;
    counts.duplicates += stored.duplicates;
  }
  return counts;
}

/**
 * Scored feed items as storeScoredItems takes them; `scores[i]` (and `stories[i]`, when given) belong
 * to `items[i]`.
 */
export function storeBatch(
  source: ItemSource,
  items: readonly FeedItem[],
  scores: readonly (TextScore | StorableScore)[],
  now: Date,
  stories?: readonly ItemStory[],
): StoreScoredItemsOptions {
  return {
    ...source,
    items: items.map((item, index) => ({
      guid: item.guid,
      url: item.url,
      title: item.title,
      summary: item.summary,
      publishedAt: item.publishedAt,
      lang: item.lang,
      score: scores[index] as TextScore | StorableScore,
      story: stories?.[index],
    })),
    now,
  };
}
