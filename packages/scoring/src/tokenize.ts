import * as chars from "./char-info.ts";
import { classify, codeUnitsOf } from "./char-info.ts";
import { FOLD_TABLE, isWordCode } from "./fold.ts";
import type { Vocabulary } from "./vocabulary.ts";
import * as hashing from "./word-table.ts";

// Imported bindings copied into this module's own constants: optimised code re-reads an import from its
// cell and checks it at every use (and took the hash seed, too large for a small integer, as a double),
// where it folds a module constant into the instruction. The scan loop runs once per character.
const CHAR_INFO = chars.CHAR_INFO;
const FOLDED = chars.FOLDED;
const WORD = chars.WORD;
const UNCLASSIFIED = chars.UNCLASSIFIED;
const LOWER = chars.LOWER;
const FOLDS = chars.FOLDS;
const SENTENCE_END = chars.SENTENCE_END;
const HASH_SEED = hashing.HASH_SEED;
const FNV_PRIME = hashing.FNV_PRIME;

/** A text split into word tokens, in parallel typed arrays; ids are -1 for words no phrase uses. */
export interface TokenizedText {
  /** The original text. */
  text: string;
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  /** Sentence number of each token; cue scopes never cross a sentence. */
  sentences: Int32Array;
  /** TOKEN_CAPITALISED and TOKEN_NUMERIC bits per token. */
  flags: Uint8Array;
  /** False for ALL CAPS or Title Case Text, where capitals say nothing about proper nouns. */
  isCaseInformative: boolean;
  /** True when the text has a lower-case letter, so a word in capitals stands out as an acronym. */
  hasLowerCase: boolean;
  /** Stopword hits per lexicon language index. */
  stopwordHits: Float64Array;
}

/** The token starts with an upper-case letter in the original text. */
export const TOKEN_CAPITALISED = 1;
/** The token starts with a digit. */
export const TOKEN_NUMERIC = 2;

/**
 * Tokenizes text in one linear pass over its code units: folds each through a table, hashes words as it
 * goes and looks each up in the vocabulary, without building a string per word.
 */
export function tokenize(
  text: string,
  vocabulary: Vocabulary,
  languageCount: number,
  slot = 0,
): TokenizedText {
  const length = text.length;
  const units = codeUnitsOf(text);
  const scratch = scratchFor(slot, (length >> 1) + 1, languageCount);
  const { starts, ends, ids, sentences, flags, stopwordHits } = scratch;
  const classes = vocabulary.classes;
  const stopwordIds = vocabulary.stopwordIds;
  let count = 0;
  let sentence = 0;
  let lastSentence = -1;
  let longWords = 0;
  let capitalisedLongWords = 0;
  let lowerBits = 0;
  let i = 0;
  while (i < length) {
    const code = units[i] as number;
    const info = CHAR_INFO[code] as number;
    if ((info & WORD) === 0) {
      // Re-read after classifying, so the scan sees the resolved entry.
      if ((info & UNCLASSIFIED) !== 0) {
        classify(code);
        continue;
      }
      if (
        (info & SENTENCE_END) !== 0 &&
        (code !== 0x2e || isFullStop(units, length, i, count > 0 ? (ends[count - 1] as number) : -1))
      ) {
        sentence++;
      }
      i++;
      continue;
    }
    // A word: the units array ends with a space, so the run stops without an end test. The inner loop calls
    // nothing, to stay small: a character of a script not seen yet is classified outside it.
    const start = i;
    let hash = HASH_SEED;
    let next = info;
    for (;;) {
      do {
        hash = Math.imul(hash ^ (next & FOLDED), FNV_PRIME);
        lowerBits |= next;
        next = CHAR_INFO[units[++i] as number] as number;
      } while ((next & WORD) !== 0);
      if ((next & UNCLASSIFIED) === 0) break;
      classify(units[i] as number);
      next = CHAR_INFO[units[i] as number] as number;
      if ((next & WORD) === 0) break;
    }
    const isUpper = (info & FOLDS) !== 0;
    const isNumeric = (info & FOLDED) >= 0x30 && (info & FOLDED) <= 0x39;
    let id = vocabulary.find(units, start, i, hash);
    // Any number a phrase doesn't name itself reads as the word "0": "0 dead" matches "18 dead".
    if (id < 0 && isNumeric) id = vocabulary.numberId;
    starts[count] = start;
    ends[count] = i;
    ids[count] = id;
    sentences[count] = sentence;
    flags[count] = (isUpper ? TOKEN_CAPITALISED : 0) | (isNumeric ? TOKEN_NUMERIC : 0);
    // Only ids below stopwordIds carry language bits, and stopwords are marked first: most words skip
    // reading their classes, often a cache miss.
    if (id >= 0 && id < stopwordIds) {
      const languages = (classes[id] as number) & LANGUAGE_MASK;
      if (languages !== 0) countStopwords(languages, stopwordHits);
    }
    // The first word of a sentence is capitalised whatever it is, so it says nothing about the case style.
    if (i - start > 3 && lastSentence === sentence) {
      longWords++;
      if (isUpper) capitalisedLongWords++;
    }
    lastSentence = sentence;
    count++;
  }
  // Sentence case has most longer words in lower case; headlines in Title Case or CAPS do not.
  const isCaseInformative = longWords < 3 || capitalisedLongWords / longWords < 0.5;
  const hasLowerCase = (lowerBits & LOWER) !== 0;
  return { text, count, starts, ends, ids, sentences, flags, isCaseInformative, hasLowerCase, stopwordHits };
}

type Scratch = Omit<TokenizedText, "text" | "count" | "isCaseInformative" | "hasLowerCase">;
const SCRATCH: Scratch[] = [];

/**
 * Reusable token arrays, one set per slot (a scorer scans a title and a text): allocating six typed arrays
 * per headline cost more than scanning it. A slot's arrays are valid until the next scan in that slot.
 */
function scratchFor(slot: number, capacity: number, languageCount: number): Scratch {
  let scratch = SCRATCH[slot];
  if (scratch === undefined || scratch.starts.length < capacity) {
    const size = Math.max(capacity, 256, (scratch?.starts.length ?? 0) * 2);
    scratch = {
      starts: new Int32Array(size),
      ends: new Int32Array(size),
      ids: new Int32Array(size),
      sentences: new Int32Array(size),
      flags: new Uint8Array(size),
      stopwordHits: new Float64Array(languageCount),
    };
    SCRATCH[slot] = scratch;
  }
  if (scratch.stopwordHits.length !== languageCount) scratch.stopwordHits = new Float64Array(languageCount);
  else for (let lang = 0; lang < languageCount; lang++) scratch.stopwordHits[lang] = 0;
  return scratch;
}

/** Low bits of a word's classes say in which lexicon languages it is a stopword. */
export const LANGUAGE_BITS = 16;
const LANGUAGE_MASK = (1 << LANGUAGE_BITS) - 1;

function countStopwords(languages: number, hits: Float64Array): void {
  let owners = 0;
  for (let bits = languages; bits !== 0; bits &= bits - 1) owners++;
  // A word shared by several languages ("de", "la") counts for each, but less.
  for (let lang = 0; lang < hits.length; lang++) {
    if ((languages & (1 << lang)) !== 0) hits[lang] = (hits[lang] as number) + 1 / owners;
  }
}

/** A dot ends a sentence when a space follows and it doesn't close an initial: "3.5" and "U.S. said" don't. */
function isFullStop(units: Uint16Array, length: number, at: number, lastEnd: number): boolean {
  if (at + 1 < length && units[at + 1] !== 0x20) return false;
  const isSingleLetter =
    lastEnd === at && (at - 1 === 0 || !isWordCode(FOLD_TABLE[units[at - 2] as number] as number));
  return !isSingleLetter;
}

/** Whether token `index` carries a class bit. */
export function hasClass(tokens: TokenizedText, vocabulary: Vocabulary, index: number, bit: number): boolean {
  const id = tokens.ids[index] as number;
  return id >= 0 && ((vocabulary.classes[id] as number) & bit) !== 0;
}
