import { FOLD_TABLE, foldTokens } from "./fold.ts";

/** FNV-1a step over folded code units; the scanner computes the same hash while it folds. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}
/** The starting value of a word hash. */
export const HASH_SEED = 0x811c9dc5 | 0;

/**
 * Every word any phrase or word class contains, with an id. Lookups go through an open-addressing table of
 * hashes and compare the original characters folded on the fly, so scanning a text never builds a string.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly words: string[] = [];
  // Open addressing with [hash, id + 1] pairs side by side, so a probe touches one cache line; 0 = empty.
  private table = new Int32Array(2048);
  private capacity = 1024;
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
    if (this.words.length * 2 > this.capacity) this.rehash(this.capacity * 2);
    this.insert(hashWord(word), id);
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

  /** The id of the word text[start, end) once folded, or -1. */
  lookup(text: string, start: number, end: number, hash: number): number {
    const table = this.table;
    const mask = this.capacity - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = table[2 * slot + 1] as number;
      if (entry === 0) return -1;
      if (table[2 * slot] === hash && this.matches(entry - 1, text, start, end)) return entry - 1;
    }
  }

  /** Number of words. */
  get size(): number {
    return this.words.length;
  }

  private matches(id: number, text: string, start: number, end: number): boolean {
    const word = this.words[id] as string;
    if (word.length !== end - start) return false;
    for (let i = 0; i < word.length; i++) {
      if (word.charCodeAt(i) !== FOLD_TABLE[text.charCodeAt(start + i)]) return false;
    }
    return true;
  }

  private insert(hash: number, id: number): void {
    const mask = this.capacity - 1;
    let slot = hash & mask;
    while (this.table[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
    this.table[2 * slot] = hash;
    this.table[2 * slot + 1] = id + 1;
  }

  private rehash(capacity: number): void {
    this.capacity = capacity;
    this.table = new Int32Array(capacity * 2);
    this.words.forEach((word, id) => {
      this.insert(hashWord(word), id);
    });
  }
}

/** Hash of an already folded word. */
export function hashWord(word: string): number {
  let hash = HASH_SEED;
  for (let i = 0; i < word.length; i++) hash = hashStep(hash, word.charCodeAt(i));
  return hash;
}
