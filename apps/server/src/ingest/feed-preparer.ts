import { readFile } from "node:fs/promises";
import { fingerprintBands, type Scorer, storyFingerprint, type TextScore } from "@vigil/scoring";
import type { FeedItem, ParsedFeed } from "./feed-item.ts";
import { parseFeedFile } from "./feed-pipeline.ts";

/** A saved feed parsed and its items scored, ready to store: `scores[i]` belongs to `feed.items[i]`. */
export interface PreparedFeed {
  feed: ParsedFeed;
  scores: StorableScore[];
  /** Each item's story fingerprint and bands, so the storing thread doesn't compute them. */
  stories: ItemStory[];
}

/**
 * What the store reads of an item's score, evidence already JSON (as storeScoredItems takes it): encoded
 * where the item is scored, in the worker, so the storing thread neither encodes the evidence nor
 * receives its objects (a structured clone is rebuilt property by property on arrival).
 */
export interface StorableScore {
  lang: string;
  countries: { iso2: string; confidence: number; evidence: string }[];
  signals: { indicator: string; riskFactor: number; weight: number; evidence: string }[];
  riskFactors: { id: number; weight: number }[];
  severity: number;
  version: string;
}

/** The parts of a score the store reads, evidence encoded as the store would encode it. */
export function storableScore(score: TextScore): StorableScore {
  return {
    lang: score.lang,
    countries: score.countries.map(({ iso2, confidence, evidence }) => ({
      iso2,
      confidence,
      evidence: JSON.stringify(evidence),
    })),
    signals: score.signals.map(({ indicator, riskFactor, weight, evidence }) => ({
      indicator,
      riskFactor,
      weight,
      evidence: JSON.stringify(evidence),
    })),
    riskFactors: score.riskFactors.map(({ id, weight }) => ({ id, weight })),
    severity: score.severity,
    version: score.version,
  };
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
  /**
   * Reads a file and prepares it; rejects with the read or parse error's message. The worker reads
   * in its own thread: reading in the storing thread took an event-loop turn per step (open, stat,
   * read, close), which a long commit held up, and the worker ran out of files.
   */
  prepareFile(file: string, nameForErrors: string): Promise<PreparedFeed>;
  /** Frees what the preparer holds (the worker thread); it can't be used after. */
  close(): Promise<void>;
}

/** A preparer that works in the calling thread with the given scorer. */
export function inlineFeedPreparer(scorer: Scorer): FeedPreparer {
  const prepare = async (bytes: Uint8Array, nameForErrors: string): Promise<PreparedFeed> => {
    const feed = await parseFeedFile(bytes, nameForErrors);
    const scores = scoreFeedItems(scorer, feed.items).map(storableScore);
    return { feed, scores, stories: feed.items.map(itemStory) };
  };
  return {
    prepare,
    async prepareFile(file, nameForErrors) {
      return prepare(await readFile(file), nameForErrors);
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
