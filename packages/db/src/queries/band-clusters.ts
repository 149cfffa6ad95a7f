import { type QueryWords, readWords, wordSimilarity, wordSimilarityAtLeast } from "./fingerprint-words.ts";

/**
 * The clusters a BandIndex holds for one source type, by slot (0, 1, … in the order added), in typed
 * arrays: id, the last lookup that compared it, and its sorted word hashes in one shared pool (its band
 * day rides in each of its postings, band-table.ts).
 * An object and an array per cluster cost a cache miss each per candidate and work for the collector.
 */
export class BandClusters {
  private readonly ids: number[] = [];
  /** 1 when a cluster's words are strictly increasing (every fingerprint Vigil writes), for the early-out merge. */
  private isDistinct = new Uint8Array(1024);
  /** The lookup that last compared each cluster, so one met under several bands is compared once. */
  private seenBy = new Float64Array(1024);
  /** Cluster `slot`'s words are words[wordStarts[slot], wordStarts[slot + 1]). */
  private wordStarts = new Int32Array(1025);
  private words = new Uint32Array(16 * 1024);

  /** Adds a cluster; returns its slot. */
  add(id: number, fingerprint: string): number {
    const slot = this.ids.length;
    if (slot + 1 >= this.seenBy.length) {
      this.isDistinct = grown(this.isDistinct, new Uint8Array(2 * this.isDistinct.length));
      this.seenBy = grown(this.seenBy, new Float64Array(2 * this.seenBy.length));
      this.wordStarts = grown(this.wordStarts, new Int32Array(2 * this.wordStarts.length));
    }
    const start = this.wordStarts[slot] as number;
    const room = start + (fingerprint.length >>> 3);
    if (room > this.words.length) {
      this.words = grown(this.words, new Uint32Array(Math.max(room, 2 * this.words.length)));
    }
    this.ids.push(id);
    const count = readWords(fingerprint, this.words, start, false);
    this.wordStarts[slot + 1] = start + count;
    this.isDistinct[slot] = isIncreasing(this.words, start, start + count) ? 1 : 0;
    return slot;
  }

  idOf(slot: number): number {
    return this.ids[slot] as number;
  }

  /** Whether lookup `call` met this cluster before; marks it met. */
  isSeen(slot: number, call: number): boolean {
    if (this.seenBy[slot] === call) return true;
    this.seenBy[slot] = call;
    return false;
  }

  /** storySimilarity of the query's words and this cluster's when it reaches `threshold`, else below it. */
  similarityAtLeast(query: QueryWords, slot: number, threshold: number): number {
    if (this.isDistinct[slot] !== 1) return this.similarity(query, slot);
    return wordSimilarityAtLeast(
      query,
      this.words,
      this.wordStarts[slot] as number,
      this.wordStarts[slot + 1] as number,
      threshold,
    );
  }

  /** storySimilarity of the query's words and this cluster's. */
  similarity(query: QueryWords, slot: number): number {
    return wordSimilarity(
      query,
      this.words,
      this.wordStarts[slot] as number,
      this.wordStarts[slot + 1] as number,
    );
  }
}

function isIncreasing(words: Uint32Array, start: number, end: number): boolean {
  for (let at = start + 1; at < end; at++)
    if ((words[at] as number) <= (words[at - 1] as number)) return false;
  return true;
}

function grown<T extends Uint8Array | Int32Array | Uint32Array | Float64Array>(array: T, into: T): T {
  into.set(array);
  return into;
}
