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

// Upper-case form of each BMP code unit where it is one code unit, to tell lower-case letters.
// Scripts above U+3000 (CJK, Hangul) have no case, so their letters count as neither.
const UPPER_TABLE = new Uint16Array(0x10000);
for (let code = 0; code < 0x10000; code++) {
  const upper = code < 0x3000 ? String.fromCharCode(code).toUpperCase() : "";
  UPPER_TABLE[code] = upper.length === 1 ? upper.charCodeAt(0) : code;
}

// '.', '!', '?', ';', '|', newline and the ideographic full stop end a sentence for cue scoping.
const SENTENCE_END = new Uint8Array(0x10000);
for (const code of [0x2e, 0x21, 0x3f, 0x3b, 0x7c, 0x0a, 0x3002]) SENTENCE_END[code] = 1;

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
  let start = -1;
  let hash = HASH_SEED;
  let longWords = 0;
  let capitalisedLongWords = 0;
  let hasLowerCase = false;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x20;
    const folded = FOLD_TABLE[code] as number;
    const wordClass = WORD_CHAR[folded] as number;
    if (i < length && (wordClass === 1 || (wordClass === 2 && isWordCode(folded)))) {
      if (start < 0) {
        start = i;
        hash = HASH_SEED;
      }
      hash = hashStep(hash, folded);
      // A letter that folds to itself but has a capital form is lower case (digits have none).
      if (!hasLowerCase && folded === code && code !== (UPPER_TABLE[code] as number)) hasLowerCase = true;
      continue;
    }
    if (start >= 0) {
      const first = text.charCodeAt(start);
      const isUpper = FOLD_TABLE[first] !== first;
      const isNumeric = first >= 0x30 && first <= 0x39;
      let id = vocabulary.lookup(text, start, i, hash);
      // Any number a phrase doesn't name itself reads as the word "0": "0 dead" matches "18 dead".
      if (id < 0 && isNumeric) id = vocabulary.numberId;
      starts[count] = start;
      ends[count] = i;
      ids[count] = id;
      sentences[count] = sentence;
      flags[count] = (isUpper ? TOKEN_CAPITALISED : 0) | (isNumeric ? TOKEN_NUMERIC : 0);
      if (id >= 0) countStopwords(classes[id] as number, stopwordHits);
      // The first word of a sentence is capitalised whatever it is, so it says nothing about the case style.
      const isSentenceStart = count === 0 || sentences[count - 1] !== sentence;
      if (i - start > 3 && !isSentenceStart) {
        longWords++;
        if (isUpper) capitalisedLongWords++;
      }
      count++;
      start = -1;
    }
    if (
      SENTENCE_END[code] === 1 &&
      (code !== 0x2e || isFullStop(text, i, count > 0 ? (ends[count - 1] as number) : -1))
    ) {
      sentence++;
    }
  }
  // Sentence case has most longer words in lower case; headlines in Title Case or CAPS do not.
  const isCaseInformative = longWords < 3 || capitalisedLongWords / longWords < 0.5;
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
  else scratch.stopwordHits.fill(0);
  return scratch;
}

/** Low bits of a word's classes say in which lexicon languages it is a stopword. */
export const LANGUAGE_BITS = 16;

function countStopwords(wordClasses: number, hits: Float64Array): void {
  const languages = wordClasses & ((1 << LANGUAGE_BITS) - 1);
  if (languages === 0) return;
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
