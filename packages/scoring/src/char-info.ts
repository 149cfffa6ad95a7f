import { Buffer } from "node:buffer";
import { FOLD_TABLE, isWordCode, WORD_CHAR } from "./fold.ts";

// Everything the scanner asks about a code unit, in one table so each character costs one read:
// its folded form (low 16 bits), whether it is part of a word, and the bits below.
export const FOLDED = 0xffff;
export const WORD = 1 << 16;
/** Word-ness not known yet (scripts above U+3000 are classified on first sight); WORD is clear meanwhile. */
export const UNCLASSIFIED = 1 << 17;
/** A letter that folds to itself but has a capital form: lower case (digits and CJK have none). */
export const LOWER = 1 << 18;
/** Folding changes it: a capital or an accented letter. */
export const FOLDS = 1 << 19;
/** '.', '!', '?', ';', '|', newline and the ideographic full stop end a sentence for cue scoping. */
export const SENTENCE_END = 1 << 20;

export const CHAR_INFO = new Int32Array(0x10000);
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
export function classify(code: number): void {
  const info = CHAR_INFO[code] as number;
  CHAR_INFO[code] = (info & ~UNCLASSIFIED) | (isWordCode(info & FOLDED) ? WORD : 0);
}

// One buffer of code units, reused and grown: the scanner reads a typed array instead of calling
// charCodeAt per character, which costs several times a typed-array read.
let bytes = Buffer.from(new ArrayBuffer(8192));
let units = new Uint16Array(bytes.buffer);

// `write(text, 0, "utf16le")` checks its arguments and looks the encoding up before it calls Buffer's own
// ucs2Write, which costs about as much as the copy of a headline: the method is called directly where it exists.
type Ucs2Write = (this: Buffer, text: string, offset: number, length: number) => number;
const ucs2Write = (Buffer.prototype as { ucs2Write?: Ucs2Write }).ucs2Write;

/**
 * The UTF-16 code units of `text`, copied in one native call (surrogates kept as they are), followed by
 * a space so a scan needs no end test. Valid until the next call.
 */
export function codeUnitsOf(text: string): Uint16Array {
  const length = text.length;
  if (units.length <= length) {
    const buffer = new ArrayBuffer(Math.max(units.length * 2, length + 1) * 2);
    bytes = Buffer.from(buffer);
    units = new Uint16Array(buffer);
  }
  if (ucs2Write !== undefined) ucs2Write.call(bytes, text, 0, length * 2);
  else bytes.write(text, 0, "utf16le");
  units[length] = 0x20;
  return units;
}
