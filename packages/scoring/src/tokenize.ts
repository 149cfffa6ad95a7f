import { FOLD_TABLE, WORD_CHAR, foldText } from "./fold.ts";

/** A text split into word tokens: offsets, folded forms and sentence numbers, in parallel arrays. */
export interface TokenizedText {
  /** The original text. */
  text: string;
  /** The folded text, the same length as `text`. */
  folded: string;
  starts: number[];
  ends: number[];
  /** Folded token strings. */
  words: string[];
  /** Sentence number of each token; cue scopes never cross a sentence. */
  sentences: number[];
  /** Whether a token starts with an upper-case letter in the original text. */
  capitalised: boolean[];
  /** False for ALL CAPS or Title Case Text, where capitals say nothing about proper nouns. */
  isCaseInformative: boolean;
}

// '.', '!', '?', ';', '|', newline and the ideographic full stop end a sentence for cue scoping.
const SENTENCE_END = new Set([0x2e, 0x21, 0x3f, 0x3b, 0x7c, 0x0a, 0x3002]);

/** A dot ends a sentence when a space follows and it doesn't close an initial: "3.5" and "U.S. said" don't. */
function isFullStop(text: string, at: number, ends: readonly number[]): boolean {
  if (at + 1 < text.length && text.charCodeAt(at + 1) !== 0x20) return false;
  const lastEnd = ends[ends.length - 1];
  const lastStart = lastEnd === at ? at - 1 : -1;
  return !(lastStart >= 0 && (at - 1 === 0 || WORD_CHAR[FOLD_TABLE[text.charCodeAt(at - 2)] as number] !== 1));
}

/** Tokenizes text in one linear pass. */
export function tokenize(text: string): TokenizedText {
  const folded = foldText(text);
  const starts: number[] = [];
  const ends: number[] = [];
  const words: string[] = [];
  const sentences: number[] = [];
  const capitalised: boolean[] = [];
  let sentence = 0;
  let start = -1;
  let longWords = 0;
  let capitalisedLongWords = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? folded.charCodeAt(i) : 0x20;
    const isWord = i < length && WORD_CHAR[code] === 1;
    if (isWord) {
      if (start < 0) start = i;
      continue;
    }
    if (start >= 0) {
      const first = text.charCodeAt(start);
      const isUpper = FOLD_TABLE[first] !== first;
      starts.push(start);
      ends.push(i);
      words.push(folded.slice(start, i));
      sentences.push(sentence);
      capitalised.push(isUpper);
      // The first word of a sentence is capitalised whatever it is, so it says nothing about the case style.
      const isSentenceStart = sentences.length === 1 || sentences[sentences.length - 2] !== sentence;
      if (i - start > 3 && !isSentenceStart) {
        longWords++;
        if (isUpper) capitalisedLongWords++;
      }
      start = -1;
    }
    if (SENTENCE_END.has(code) && (code !== 0x2e || isFullStop(text, i, ends))) sentence++;
  }
  // Sentence case has most longer words in lower case; headlines in Title Case or CAPS do not.
  const isCaseInformative = longWords < 3 || capitalisedLongWords / longWords < 0.5;
  return { text, folded, starts, ends, words, sentences, capitalised, isCaseInformative };
}
