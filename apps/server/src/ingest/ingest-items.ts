import { type Database, storeScoredItems } from "@vigil/db";
import type { Scorer } from "@vigil/scoring";
import type { Kysely } from "kysely";
import type { FeedItem } from "./feed-item.ts";

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
    const batch = items.slice(start, start + INGEST_BATCH_SIZE).map((item) => ({
      guid: item.guid,
      url: item.url,
      title: item.title,
      summary: item.summary,
      publishedAt: item.publishedAt,
      lang: item.lang,
      score: scorer.scoreText({ title: item.title, text: item.summary, lang: scoringLang(item.lang) }),
    }));
    const stored = await storeScoredItems(db, { ...source, items: batch, now });
    counts.inserted += stored.inserted;
    counts.duplicates += stored.duplicates;
  }
  return counts;
}

// Feeds tag languages as BCP 47 ("en-GB"); the scorer's lexicons are keyed by ISO 639-1 and it detects
// the language itself when given none.
function scoringLang(lang: string | null): string | undefined {
  return lang ? lang.slice(0, 2).toLowerCase() : undefined;
}
