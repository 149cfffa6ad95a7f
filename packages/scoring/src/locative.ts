import { hasClass, type TokenizedText } from "./tokenize.ts";
import type { Vocabulary } from "./vocabulary.ts";
import { WORD_CLASS } from "./word-classes.ts";

const MAX_BETWEEN = 3;

/**
 * Whether the place at token `first` follows a locative preposition, perhaps with a few words between
 * ("in northern Al-Raqqa"). A place named this way says where something happened; a demonym or an actor
 * only says who took part.
 */
export function isLocative(first: number, tokens: TokenizedText, vocabulary: Vocabulary): boolean {
  const sentence = tokens.sentences[first];
  for (let index = first - 1, skipped = 0; index >= 0 && skipped <= MAX_BETWEEN; index--, skipped++) {
    if (tokens.sentences[index] !== sentence) return false;
    if (hasClass(tokens, vocabulary, index, WORD_CLASS.LOCATIVE)) return true;
    if (!hasClass(tokens, vocabulary, index, WORD_CLASS.BETWEEN)) return false;
  }
  return false;
}
