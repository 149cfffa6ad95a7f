import { type QueryWords, readWords, wordSimilarity } from "./fingerprint-words.ts";

/**
 * The clusters a BandIndex holds for one source type, by slot (0, 1, … in the order added), in typed
 * arrays: id, band day, the last lookup that compared it, and its sorted word hashes in one shared pool.
 * An object and an array per cluster cost a cache miss each per candidate and work for the collector.
 */
export class BandClusters {
  private readonly ids: number[] = [];
  private days = new Int32Array(1024);
  /** The lookup that last compared each cluster, so one met under several bands is compared once. */
  private seenBy = new Float64Array(1024);
  /** Cluster `slot`'s words are words[wordStarts[slot], wordStarts[slot + 1]). */
  private wordStarts = new Int32Array(1025);
  private words = new Uint32Array(16 * 1024);

  /** Adds a cluster; returns its slot. */
  add(id: number, day: number, fingerprint: string): number {
    const slot = this.ids.length;
    if (slot + 1 >= this.days.length) {
      this.days = grown(this.days, new Int32Array(2 * this.days.length));
      this.seenBy = grown(this.seenBy, new Float64Array(2 * this.seenBy.length));
      this.wordStarts = grown(this.wordStarts, new Int32Array(2 * this.wordStarts.length));
    }
    const start = this.wordStarts[slot] as number;
    const room = start + (fingerprint.length >>> 3);
    if (room > this.words.length) {
      this.words = grown(this.words, new Uint32Array(Math.max(room, 2 * this.words.length)));
    }
    this.ids.push(id);
    this.days[slot] = day;
    this.wordStarts[slot + 1] = start + readWords(fingerprint, this.words, start, false);
    return slot;
  }

  idOf(slot: number): number {
    return this.ids[slot] as number;
  }

  dayOf(slot: number): number {
    return this.days[slot] as number;
  }

  /** Whether lookup `call` met this cluster before; marks it met. */
  isSeen(slot: number, call: number): boolean {
    if (this.seenBy[slot] === call) return true;
    this.seenBy[slot] = call;
    return false;
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

function grown<T extends Int32Array | Uint32Array | Float64Array>(array: T, into: T): T {
  into.set(array);
  return into;
}
