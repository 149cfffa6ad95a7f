import { codeUnitsOf } from "./char-info.ts";
import * as fold from "./fold.ts";
import { isWordCode } from "./fold.ts";
import { LANGUAGE_BITS } from "./tokenize.ts";
import { HASH_SEED, hashStep, WordTable } from "./word-table.ts";

const FOLD_TABLE = fold.FOLD_TABLE;
/** The stopword-language bits of a word's classes (see tokenize.ts). */
const LANGUAGE_MASK = (1 << LANGUAGE_BITS) - 1;
const ZERO = 0x30;
const ZERO_UNITS = Uint16Array.of(ZERO, 0x20);

/**
 * Every word any phrase or word class contains, with an id and class bits (see WordTable for how words
 * are stored and found). Adding a phrase splits it the way the scanner splits text.
 */
export class Vocabulary extends WordTable {
  /** Word ids of the last `addWords` call. */
  wordIds = new Int32Array(64);
  /** Ids below this may be stopwords (carry language bits): the tokenizer reads no classes for the others. */
  stopwordIds = 0;
  private zeroId = -1;
  private zeroCheckedAt = -1;

  /** The id of "0", which stands for any number in a phrase ("0 dead"); -1 while no phrase uses it. */
  get numberId(): number {
    // Looked up rather than noted on insert, so adding words has no branch that only "0" takes.
    if (this.zeroCheckedAt !== this.count) {
      this.zeroId = this.find(ZERO_UNITS, 0, 1, hashStep(HASH_SEED, ZERO));
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
    // Ends with a space, which closes the last word.
    const units = codeUnitsOf(phrase);
    let words = 0;
    let start = -1;
    let hash = HASH_SEED;
    for (let i = 0; i <= length; i++) {
      const folded = FOLD_TABLE[units[i] as number] as number;
      if (isWordCode(folded)) {
        if (start < 0) {
          start = i;
          hash = HASH_SEED;
        }
        hash = hashStep(hash, folded);
        continue;
      }
      if (start < 0) continue;
      let id = this.find(units, start, i, hash);
      if (id < 0) id = this.insert(units, start, i, hash);
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
    const isLanguage = (bit & LANGUAGE_MASK) !== 0;
    for (const phrase of phrases) {
      const words = this.addWords(phrase);
      for (let k = 0; k < words; k++) {
        const id = this.wordIds[k] as number;
        this.classes[id] = (this.classes[id] as number) | bit;
        if (isLanguage && id >= this.stopwordIds) this.stopwordIds = id + 1;
      }
    }
  }
}
