import { FOLD_TABLE, isWordCode } from "./fold.ts";

/** FNV-1a step over folded code units; the scanner computes the same hash while it folds. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
/** The starting value of a word hash. */
export const HASH_SEED = 0x811c9dc5 | 0;

// A word's record, by id: its length, then its first INLINE_CHARS folded code units packed two per int.
// A cache line holds two, and the words texts use most (stopwords, rule words, lexicon words) come first.
const RECORD = 8;
const INLINE_CHARS = (RECORD - 1) * 2;
const ZERO = 0x30;

/**
 * Every word any phrase or word class contains, with an id. Lookups go through an open-addressing table of
 * one int per slot: the word's id and, in the bits above it, the hash bits the slot number doesn't use. So
 * the table stays small enough for the processor's cache, most words a phrase doesn't use are turned away
 * by the table alone, and a hit compares the original characters, folded on the fly, against the word's
 * record: neither adding a phrase nor scanning a text builds a string.
 */
export class Vocabulary {
  private slots = new Int32Array(1024);
  private mask = 1023;
  private count = 0;
  private hashes = new Int32Array(256);
  private records = new Int32Array(256 * RECORD);
  /** Folded code units of long words past their first INLINE_CHARS, and where each id's begin. */
  private tails = new Uint16Array(4096);
  private tailsUsed = 0;
  private tailAt = new Int32Array(256);
  /** Bit flags per word id: stopword languages in the low bits, word classes above. */
  classes = new Uint32Array(256);
  /** Word ids of the last `addWords` call. */
  wordIds = new Int32Array(64);
  private zeroId = -1;
  private zeroCheckedAt = -1;

  /** Makes room for about this many words at once, so the table is not rebuilt while it fills. */
  reserve(words: number): void {
    let capacity = this.mask + 1;
    while (capacity * 3 < words * 4) capacity *= 2;
    if (capacity !== this.mask + 1) this.rehash(capacity, this.count);
    if (this.classes.length < words) this.growIds(words);
    if (this.tails.length < words) this.growTails(words);
  }

  /** The id of "0", which stands for any number in a phrase ("0 dead"); -1 while no phrase uses it. */
  get numberId(): number {
    // Looked up rather than noted on insert, so adding words has no branch that only "0" takes.
    if (this.zeroCheckedAt !== this.count) {
      this.zeroId = this.lookup("0", 0, 1, hashStep(HASH_SEED, ZERO));
      this.zeroCheckedAt = this.count;
    }
    return this.zeroId;
  }

  /** The id of a word, folded first, adding it when new. */
  add(word: string): number {
    return this.addWords(word) === 0 ? -1 : (this.wordIds[0] as number);
  }

  /**
   * Splits a phrase into folded words the way the scanner splits text, adding the new ones; their ids are
   * left in `wordIds`, and the count returned. No string is built per word.
   */
  addWords(phrase: string): number {
    const length = phrase.length;
    let words = 0;
    let start = -1;
    let hash = HASH_SEED;
    for (let i = 0; i <= length; i++) {
      const folded = i < length ? (FOLD_TABLE[phrase.charCodeAt(i)] as number) : 0x20;
      if (isWordCode(folded)) {
        if (start < 0) {
          start = i;
          hash = HASH_SEED;
        }
        hash = hashStep(hash, folded);
        continue;
      }
      if (start < 0) continue;
      let id = this.lookup(phrase, start, i, hash);
      if (id < 0) id = this.insert(phrase, start, i, hash);
      if (words === this.wordIds.length) {
        const grown = new Int32Array(words * 2);
        grown.set(this.wordIds);
        this.wordIds = grown;
      }
      this.wordIds[words++] = id;
      start = -1;
    }
    return words;
  }

  /** Marks every word of the phrases with a class bit. */
  mark(phrases: readonly string[], bit: number): void {
    for (const phrase of phrases) {
      const words = this.addWords(phrase);
      for (let k = 0; k < words; k++) {
        const id = this.wordIds[k] as number;
        this.classes[id] = (this.classes[id] as number) | bit;
      }
    }
  }

  /** The id of the word text[start, end) once folded, or -1. */
  lookup(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const high = hash & ~mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) return -1;
      if ((entry & ~mask) === high) {
        const id = (entry & mask) - 1;
        if (this.matches(id, text, start, end - start)) return id;
      }
    }
  }

  /** Number of words. */
  get size(): number {
    return this.count;
  }

  private matches(id: number, text: string, start: number, length: number): boolean {
    const records = this.records;
    const base = id * RECORD;
    if (records[base] !== length) return false;
    const inline = Math.min(length, INLINE_CHARS);
    // Two folded code units per comparison, as the record packs them.
    let at = base + 1;
    let i = 0;
    for (; i + 1 < inline; i += 2, at++) {
      const low = FOLD_TABLE[text.charCodeAt(start + i)] as number;
      const pair = low | ((FOLD_TABLE[text.charCodeAt(start + i + 1)] as number) << 16);
      if (pair !== records[at]) return false;
    }
    if (i < inline && FOLD_TABLE[text.charCodeAt(start + i)] !== records[at]) return false;
    if (length <= INLINE_CHARS) return true;
    const tail = (this.tailAt[id] as number) - INLINE_CHARS;
    for (let k = INLINE_CHARS; k < length; k++) {
      if (this.tails[tail + k] !== FOLD_TABLE[text.charCodeAt(start + k)]) return false;
    }
    return true;
  }

  /** Adds the folded word text[start, end), known to be new, and returns its id. */
  private insert(text: string, start: number, end: number, hash: number): number {
    const id = this.count++;
    if ((id + 1) * 4 > (this.mask + 1) * 3) this.rehash((this.mask + 1) * 2, id);
    if (id >= this.classes.length) this.growIds(id + 1);
    this.place(hash, id);
    this.hashes[id] = hash;
    const length = end - start;
    const records = this.records;
    const base = id * RECORD;
    records[base] = length;
    const inline = Math.min(length, INLINE_CHARS);
    for (let i = 0; i < inline; i++) {
      const at = base + 1 + (i >> 1);
      records[at] =
        (records[at] as number) | ((FOLD_TABLE[text.charCodeAt(start + i)] as number) << ((i & 1) * 16));
    }
    // Every word notes where its tail begins, empty or not: one path for all, nothing to deoptimise on.
    if (this.tailsUsed + length > this.tails.length) this.growTails(this.tailsUsed + length);
    const tails = this.tails;
    let used = this.tailsUsed;
    this.tailAt[id] = used;
    for (let i = start + INLINE_CHARS; i < end; i++) tails[used++] = FOLD_TABLE[text.charCodeAt(i)] as number;
    this.tailsUsed = used;
    return id;
  }

  private place(hash: number, id: number): void {
    const slots = this.slots;
    const mask = this.mask;
    let slot = hash & mask;
    while (slots[slot] !== 0) slot = (slot + 1) & mask;
    slots[slot] = (hash & ~mask) | (id + 1);
  }

  /** Moves words [0, words) to a table of the given capacity, by their stored hashes: none is re-read. */
  private rehash(capacity: number, words: number): void {
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let id = 0; id < words; id++) this.place(this.hashes[id] as number, id);
  }

  private growIds(atLeast: number): void {
    const size = Math.max(atLeast, this.classes.length * 2);
    const classes = new Uint32Array(size);
    classes.set(this.classes);
    this.classes = classes;
    const tailAt = new Int32Array(size);
    tailAt.set(this.tailAt);
    this.tailAt = tailAt;
    const hashes = new Int32Array(size);
    hashes.set(this.hashes);
    this.hashes = hashes;
    const records = new Int32Array(size * RECORD);
    records.set(this.records);
    this.records = records;
  }

  private growTails(atLeast: number): void {
    const grown = new Uint16Array(Math.max(atLeast, this.tails.length * 2));
    grown.set(this.tails);
    this.tails = grown;
  }
}
