import { FOLD_TABLE, isWordCode, WORD_CHAR } from "./fold.ts";
import { HASH_SEED, hashStep, type Vocabulary } from "./vocabulary.ts";

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

// Everything the scanner asks about a code unit, in one table so each character costs one read:
// its folded form (low 16 bits), whether it is part of a word, and the bits below.
const FOLDED = 0xffff;
const WORD = 1 << 16;
/** Word-ness not known yet (scripts above U+3000 are classified on first sight). */
const UNCLASSIFIED = 1 << 17;
/** A letter that folds to itself but has a capital form: lower case (digits and CJK have none). */
const LOWER = 1 << 18;
/** Folding changes it: a capital or an accented letter. */
const FOLDS = 1 << 19;
/** '.', '!', '?', ';', '|', newline and the ideographic full stop end a sentence for cue scoping. */
const SENTENCE_END = 1 << 20;
const CHAR_INFO = new Int32Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const folded = FOLD_TABLE[code] as number;
  const wordClass = WORD_CHAR[folded] as number;
  // Scripts above U+3000 (CJK, Hangul) have no case, so their letters count as neither case.
  const upper = code < 0x3000 ? String.fromCharCode(code).toUpperCase() : "";
  const isLower = folded === code && upper.length === 1 && upper.charCodeAt(0) !== code;
  CHAR_INFO[code] =
    folded |
    (wordClass === 1 ? WORD : wordClass === 2 ? UNCLASSIFIED : 0) |
    (isLower ? LOWER : 0) |
    (folded !== code ? FOLDS : 0);
}
for (const code of [0x2e, 0x21, 0x3f, 0x3b, 0x7c, 0x0a, 0x3002])
  CHAR_INFO[code] = (CHAR_INFO[code] as number) | SENTENCE_END;

/** Resolves the word-ness of a code unit seen for the first time, and remembers it in CHAR_INFO. */
function classify(code: number): void {
  const info = CHAR_INFO[code] as number;
  CHAR_INFO[code] = (info & ~UNCLASSIFIED) | (isWordCode(info & FOLDED) ? WORD : 0);
}

/**
 * Tokenizes text in one linear pass: folds each character through a table, hashes words as it goes and
 * looks each up in the vocabulary, without building a string per word.
 */
export function tokenize(
  text: string,
  vocabulary: Vocabulary,
  languageCount: number,
  slot = 0,
): TokenizedText {
  const length = text.length;
  const scratch = scratchFor(slot, (length >> 1) + 1, languageCount);
  const { starts, ends, ids, sentences, flags, stopwordHits } = scratch;
  const classes = vocabulary.classes;
  let count = 0;
  let sentence = 0;
  let lastSentence = -1;
  let start = -1;
  let startInfo = 0;
  let hash = HASH_SEED;
  let longWords = 0;
  let capitalisedLongWords = 0;
  let lowerBits = 0;
  for (let i = 0; i <= length; i++) {
    // Past the end the scanner reads a space, which closes the last word.
    const code = i < length ? text.charCodeAt(i) : 0x20;
    let info = CHAR_INFO[code] as number;
    // Re-read from the table rather than taken from the call, so `info` stays a plain int32 in optimised
    // code: taking the call's result made every bit test below generic and cost a quarter of the scan.
    if ((info & UNCLASSIFIED) !== 0) {
      classify(code);
      info = CHAR_INFO[code] as number;
    }
    if ((info & WORD) !== 0) {
      if (start < 0) {
        start = i;
        startInfo = info;
        hash = HASH_SEED;
      }
      hash = hashStep(hash, info & FOLDED);
      lowerBits |= info;
      continue;
    }
    if (start >= 0) {
      const isUpper = (startInfo & FOLDS) !== 0;
      const isNumeric = (startInfo & FOLDED) >= 0x30 && (startInfo & FOLDED) <= 0x39;
      let id = vocabulary.lookup(text, start, i, hash);
      // Any number a phrase doesn't name itself reads as the word "0": "0 dead" matches "18 dead".
      if (id < 0 && isNumeric) id = vocabulary.numberId;
      starts[count] = start;
      ends[count] = i;
      ids[count] = id;
      sentences[count] = sentence;
      flags[count] = (isUpper ? TOKEN_CAPITALISED : 0) | (isNumeric ? TOKEN_NUMERIC : 0);
      if (id >= 0) {
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
      start = -1;
    }
    if (
      (info & SENTENCE_END) !== 0 &&
      (code !== 0x2e || isFullStop(text, i, count > 0 ? (ends[count - 1] as number) : -1))
    ) {
      sentence++;
    }
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
function isFullStop(text: string, at: number, lastEnd: number): boolean {
  if (at + 1 < text.length && text.charCodeAt(at + 1) !== 0x20) return false;
  const isSingleLetter =
    lastEnd === at && (at - 1 === 0 || !isWordCode(FOLD_TABLE[text.charCodeAt(at - 2)] as number));
  return !isSingleLetter;
}

/** Whether token `index` carries a class bit. */
export function hasClass(tokens: TokenizedText, vocabulary: Vocabulary, index: number, bit: number): boolean {
  const id = tokens.ids[index] as number;
  return id >= 0 && ((vocabulary.classes[id] as number) & bit) !== 0;
}
