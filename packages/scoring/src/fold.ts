/**
 * Case and diacritic folding that keeps every UTF-16 offset in place, so evidence spans found in the
 * folded text point at the same characters in the original. One table lookup per code unit keeps the
 * scorer linear and allocation-free on the hot path.
 */

/** Folded code unit for each BMP code unit (lower case, diacritics removed). */
export const FOLD_TABLE: Uint16Array = new Uint16Array(0x10000);
/** 1 where the folded code unit is part of a word (a letter or a digit), 0 where not, 2 until classified. */
export const WORD_CHAR: Uint8Array = new Uint8Array(0x10000);

// Letters that NFD does not decompose but readers treat as their base letter.
const SPECIAL_FOLDS: Readonly<Record<string, string>> = {
  ß: "s",
  æ: "a",
  œ: "o",
  ø: "o",
  đ: "d",
  ð: "d",
  ł: "l",
  ı: "i",
  þ: "t",
  ħ: "h",
};

// Folding and word classes are tabulated up to here; above it (CJK, Hangul, symbols) folding is the identity,
// so Hangul syllables are never decomposed into their first jamo, and word classes are resolved on first sight.
const TABULATED_UP_TO = 0x3000;
/** WORD_CHAR value for a code unit not classified yet. */
const UNKNOWN = 2;
const IS_WORD = /[\p{L}\p{N}]/u;

function buildTables(): void {
  for (let code = 0; code < 0x10000; code++) {
    if (code >= TABULATED_UP_TO) {
      FOLD_TABLE[code] = code;
      WORD_CHAR[code] = code >= 0xd800 && code <= 0xdfff ? 0 : UNKNOWN;
      continue;
    }
    const char = String.fromCharCode(code);
    const lower = char.toLowerCase();
    const base = SPECIAL_FOLDS[lower] ?? lower.normalize("NFD")[0] ?? lower;
    // Only a one-to-one fold keeps offsets stable; anything longer keeps its lower-case form.
    const folded = base.length === 1 ? base.charCodeAt(0) : lower.length === 1 ? lower.charCodeAt(0) : code;
    FOLD_TABLE[code] = folded;
    WORD_CHAR[code] = IS_WORD.test(String.fromCharCode(folded)) ? 1 : 0;
  }
}

/** Whether a folded code unit belongs to a word, classifying untabulated ones once. */
export function isWordCode(code: number): boolean {
  const known = WORD_CHAR[code] as number;
  if (known !== UNKNOWN) return known === 1;
  const isWord = IS_WORD.test(String.fromCharCode(code));
  WORD_CHAR[code] = isWord ? 1 : 0;
  return isWord;
}
buildTables();

/** Folds a whole string; the result has exactly the same length as the input. */
export function foldText(text: string): string {
  const length = text.length;
  const codes = new Uint16Array(length);
  for (let i = 0; i < length; i++) codes[i] = FOLD_TABLE[text.charCodeAt(i)] as number;
  // TextDecoder on UTF-16LE turns the code units back into a string without per-char concatenation.
  return UTF16.decode(codes);
}

const UTF16 = new TextDecoder("utf-16le");

/** Splits a phrase into folded word tokens, the same way the scanner splits text. */
export function foldTokens(phrase: string): string[] {
  const folded = foldText(phrase);
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= folded.length; i++) {
    const isWord = i < folded.length && isWordCode(folded.charCodeAt(i));
    if (isWord && start < 0) start = i;
    else if (!isWord && start >= 0) {
      tokens.push(folded.slice(start, i));
      start = -1;
    }
  }
  return tokens;
}
