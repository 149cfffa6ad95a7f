import { fingerprintBands, type Scorer, storyFingerprint, type TextScore } from "@vigil/scoring";
import type { FeedItem, ParsedFeed } from "./feed-item.ts";
import { parseFeedFile } from "./feed-pipeline.ts";

/** A saved feed parsed and its items scored, ready to store: `scores[i]` belongs to `feed.items[i]`. */
export interface PreparedFeed {
  feed: ParsedFeed;
  scores: TextScore[];
  /** Each item's story fingerprint and bands, so the storing thread doesn't compute them. */
  stories: ItemStory[];
}

/** An item's story fingerprint and its LSH bands, as storeScoredItems takes them. */
export interface ItemStory {
  fingerprint: string;
  bands: number[];
}

/**
 * Parses and scores feed files: in this thread (inlineFeedPreparer) or in a worker thread
 * (startFeedWorker), so an import parses the next files while this thread stores the last ones.
 */
export interface FeedPreparer {
  /** Decodes, parses and scores one file's bytes; rejects with the parse error's message. */
  prepare(bytes: Uint8Array, nameForErrors: string): Promise<PreparedFeed>;
  /** Frees what the preparer holds (the worker thread); it can't be used after. */
  close(): Promise<void>;
}

/** A preparer that works in the calling thread with the given scorer. */
export function inlineFeedPreparer(scorer: Scorer): FeedPreparer {
  return {
    async prepare(bytes, nameForErrors) {
      const feed = await parseFeedFile(bytes, nameForErrors);
      return { feed, scores: scoreFeedItems(scorer, feed.items), stories: feed.items.map(itemStory) };
    },
    async close() {},
  };
}

/** Scores feed items as ingest stores them: title and summary, in the feed's language when it names one. */
export function scoreFeedItems(scorer: Scorer, items: readonly FeedItem[]): TextScore[] {
  return items.map((item) =>
    scorer.scoreText({ title: item.title, text: item.summary, lang: scoringLang(item.lang) }),
  );
}

/** The fingerprint storeScoredItems clusters an item by: of the title and summary it stores. */
export function itemStory(item: FeedItem): ItemStory {
  const fingerprint = storyFingerprint(item.title, item.summary);
  return { fingerprint, bands: fingerprintBands(fingerprint) };
}

// Feeds tag languages as BCP 47 ("en-GB"); the scorer's lexicons are keyed by ISO 639-1 and it detects
// the language itself when given none.
function scoringLang(lang: string | null): string | undefined {
  return lang ? lang.slice(0, 2).toLowerCase() : undefined;
}
