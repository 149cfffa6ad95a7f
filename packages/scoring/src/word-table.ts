import * as fold from "./fold.ts";

// A module constant rather than the import itself: optimised code folds it, where it re-reads an import's
// cell at every use.
const FOLD_TABLE = fold.FOLD_TABLE;

/** FNV-1a multiplier; the scanner inlines the same step while it folds. */
export const FNV_PRIME = 0x01000193;

/** FNV-1a step over folded code units. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, FNV_PRIME);
}
/** The starting value of a word hash. */
export const HASH_SEED = 0x811c9dc5 | 0;

// A word's record, by id: its length, then its first INLINE_CHARS folded code units packed two per int.
// A cache line holds two, and the words texts use most (stopwords, rule words, lexicon words) come first.
// (Records kept inside the hash table's slots, one line per lookup, measured slower: an 8 times larger
// table, whose lines of common words the processor keeps less often.)
const RECORD = 8;
const INLINE_CHARS = (RECORD - 1) * 2;

/**
 * Words with ids, stored for lookup by hash: an open-addressing table of one int per slot holds the word's
 * id and, in the bits above it, the hash bits the slot number doesn't use. So the table stays small enough
 * for the processor's cache, most words no phrase uses are turned away by the table alone, and a hit
 * compares the text's code units, folded on the fly, against the word's record. No string is built.
 */
export class WordTable {
  private slots = new Int32Array(1024);
  private mask = 1023;
  protected count = 0;
  private hashes = new Int32Array(256);
  private records = new Int32Array(256 * RECORD);
  /** Folded code units of long words past their first INLINE_CHARS, and where each id's begin. */
  private tails = new Uint16Array(4096);
  private tailsUsed = 0;
  private tailAt = new Int32Array(256);
  /** Bit flags per word id: stopword languages in the low bits, word classes above. */
  classes = new Uint32Array(256);

  /** Makes room for about this many words at once, so the table is not rebuilt while it fills. */
  reserve(words: number): void {
    let capacity = this.mask + 1;
    while (capacity * 3 < words * 4) capacity *= 2;
    if (capacity !== this.mask + 1) this.rehash(capacity, this.count);
    if (this.classes.length < words) this.growIds(words);
    if (this.tails.length < words) this.growTails(words);
  }

  /** The id of the word units[start, end) once folded (see char-info.ts for the units), or -1. */
  find(units: Uint16Array, start: number, end: number, hash: number): number {
    const slots = this.slots;
    const mask = this.mask;
    const high = hash & ~mask;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[slot] as number;
      if (entry === 0) return -1;
      if ((entry & ~mask) === high) {
        const id = (entry & mask) - 1;
        if (this.matches(id, units, start, end - start)) return id;
      }
    }
  }

  /** Number of words. */
  get size(): number {
    return this.count;
  }

  private matches(id: number, units: Uint16Array, start: number, length: number): boolean {
    const records = this.records;
    const base = id * RECORD;
    if (records[base] !== length) return false;
    const inline = Math.min(length, INLINE_CHARS);
    let at = base + 1;
    let i = start;
    const pairsEnd = start + (inline & ~1);
    // Two folded code units per comparison, as the record packs them.
    for (; i < pairsEnd; i += 2, at++) {
      const pair =
        (FOLD_TABLE[units[i] as number] as number) | ((FOLD_TABLE[units[i + 1] as number] as number) << 16);
      if (pair !== records[at]) return false;
    }
    if ((inline & 1) !== 0 && FOLD_TABLE[units[i] as number] !== records[at]) return false;
    if (length <= INLINE_CHARS) return true;
    const tail = (this.tailAt[id] as number) - INLINE_CHARS;
    for (let k = INLINE_CHARS; k < length; k++) {
      if (this.tails[tail + k] !== FOLD_TABLE[units[start + k] as number]) return false;
    }
    return true;
  }

  /** Adds the folded word units[start, end), known to be new, and returns its id. */
  protected insert(units: Uint16Array, start: number, end: number, hash: number): number {
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
        (records[at] as number) | ((FOLD_TABLE[units[start + i] as number] as number) << ((i & 1) * 16));
    }
    // Every word notes where its tail begins, empty or not: one path for all, nothing to deoptimise on.
    if (this.tailsUsed + length > this.tails.length) this.growTails(this.tailsUsed + length);
    const tails = this.tails;
    let used = this.tailsUsed;
    this.tailAt[id] = used;
    for (let i = start + INLINE_CHARS; i < end; i++) tails[used++] = FOLD_TABLE[units[i] as number] as number;
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
