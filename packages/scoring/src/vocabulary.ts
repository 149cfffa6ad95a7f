import { FOLD_TABLE, foldTokens } from "./fold.ts";

/** FNV-1a step over folded code units; the scanner computes the same hash while it folds. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
/** The starting value of a word hash. */
export const HASH_SEED = 0x811c9dc5 | 0;

// A table slot: hash, id + 1 (0 = empty), length, then the first INLINE_CHARS folded code units packed two
// per int. Half a cache line, so a probe for a word of up to INLINE_CHARS characters touches one line.
const SLOT = 8;
const HEADER = 3;
const INLINE_CHARS = (SLOT - HEADER) * 2;

/**
 * Every word any phrase or word class contains, with an id. Lookups go through an open-addressing table of
 * hashes and compare the original characters folded on the fly against the word's characters kept in its
 * slot, so scanning a text never builds a string and a probe rarely leaves the slot's cache line.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  private table = new Int32Array(0);
  private capacity = 0;
  /** How many words the table holds: words added since are indexed before the next scan. */
  private indexed = -1;
  /** Bit flags per word id: stopword languages in the low bits, word classes above. */
  classes = new Uint32Array(256);
  /** The id of "0", which stands for any number in a phrase ("0 dead"); -1 until a phrase uses it. */
  numberId = -1;

  /** The id of a folded word, adding it when new. */
  add(word: string): number {
    const known = this.ids.get(word);
    if (known !== undefined) return known;
    const id = this.words.length;
    this.words.push(word);
    this.ids.set(word, id);
    if (word === "0") this.numberId = id;
    if (id >= this.classes.length) {
      const grown = new Uint32Array(this.classes.length * 2);
      grown.set(this.classes);
      this.classes = grown;
    }
    return id;
  }

  /** Marks every word of the phrases with a class bit. */
  mark(phrases: readonly string[], bit: number): void {
    for (const phrase of phrases) {
      for (const token of foldTokens(phrase)) {
        const id = this.add(token);
        this.classes[id] = (this.classes[id] as number) | bit;
      }
    }
  }

  /**
   * Builds the lookup table over every word added so far, if words were added since the last time.
   * Building once at the end, in one loop, costs a fraction of keeping a table current through every add.
   */
  index(): void {
    if (this.indexed === this.words.length) return;
    // Filled to at most three quarters: slots are big, and a smaller table stays in cache.
    let capacity = 1024;
    while (capacity * 3 < this.words.length * 4) capacity *= 2;
    this.capacity = capacity;
    this.table = new Int32Array(capacity * SLOT);
    for (let id = 0; id < this.words.length; id++) this.insert(id);
    this.indexed = this.words.length;
  }

  /** The id of the word text[start, end) once folded, or -1. Call `index()` after adding words. */
  lookup(text: string, start: number, end: number, hash: number): number {
    const table = this.table;
    const mask = this.capacity - 1;
    const length = end - start;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const base = slot * SLOT;
      const entry = table[base + 1] as number;
      if (entry === 0) return -1;
      if (
        table[base] === hash &&
        table[base + 2] === length &&
        this.matches(base, entry - 1, text, start, length)
      )
        return entry - 1;
    }
  }

  /** Number of words. */
  get size(): number {
    return this.words.length;
  }

  private matches(base: number, id: number, text: string, start: number, length: number): boolean {
    const table = this.table;
    const inline = Math.min(length, INLINE_CHARS);
    // Two folded code units per comparison, as the slot packs them.
    let at = base + HEADER;
    let i = 0;
    for (; i + 1 < inline; i += 2, at++) {
      const low = FOLD_TABLE[text.charCodeAt(start + i)] as number;
      const pair = low | ((FOLD_TABLE[text.charCodeAt(start + i + 1)] as number) << 16);
      if (pair !== table[at]) return false;
    }
    if (i < inline && FOLD_TABLE[text.charCodeAt(start + i)] !== table[at]) return false;
    if (length <= INLINE_CHARS) return true;
    const word = this.words[id] as string;
    for (let k = INLINE_CHARS; k < length; k++) {
      if (word.charCodeAt(k) !== FOLD_TABLE[text.charCodeAt(start + k)]) return false;
    }
    return true;
  }

  private insert(id: number): void {
    const table = this.table;
    const word = this.words[id] as string;
    const hash = hashWord(word);
    const mask = this.capacity - 1;
    let slot = hash & mask;
    while (table[slot * SLOT + 1] !== 0) slot = (slot + 1) & mask;
    const base = slot * SLOT;
    table[base] = hash;
    table[base + 1] = id + 1;
    table[base + 2] = word.length;
    const inline = Math.min(word.length, INLINE_CHARS);
    for (let i = 0; i < inline; i++) {
      const at = base + HEADER + (i >> 1);
      table[at] = (table[at] as number) | (word.charCodeAt(i) << ((i & 1) * 16));
    }
  }
}

/** Hash of an already folded word. */
export function hashWord(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}
