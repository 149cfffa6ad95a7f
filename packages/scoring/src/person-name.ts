import { LANGUAGE_BITS, TOKEN_CAPITALISED, TOKEN_NUMERIC, type TokenizedText } from "./tokenize.ts";
import type { Vocabulary } from "./vocabulary.ts";
import { WORD_CLASS } from "./word-classes.ts";

const STOPWORD_BITS = (1 << LANGUAGE_BITS) - 1;

/**
 * Whether a country name that doubles as a first or last name ("Jordan", "Chad") reads as a person here:
 * a neighbouring capitalised word in running text that is neither a function word nor a place word,
 * as in "Michael Jordan" or "Chad Smith" (but not "Amman, Jordan": place words don't count). Only
 * case-informative text can show this.
 */
export function hasPersonNameContext(
  first: number,
  last: number,
  tokens: TokenizedText,
  vocabulary: Vocabulary,
  placeTokens: Uint8Array,
): boolean {
  if (!tokens.isCaseInformative) return false;
  const sentence = tokens.sentences[first] as number;
  return (
    isNameLike(first - 1, sentence, tokens, vocabulary, placeTokens) ||
    isNameLike(last + 1, sentence, tokens, vocabulary, placeTokens)
  );
}

function isNameLike(
  index: number,
  sentence: number,
  tokens: TokenizedText,
  vocabulary: Vocabulary,
  placeTokens: Uint8Array,
): boolean {
  if (index < 0 || index >= tokens.count || tokens.sentences[index] !== sentence) return false;
  const flags = tokens.flags[index] as number;
  if ((flags & TOKEN_CAPITALISED) === 0 || (flags & TOKEN_NUMERIC) !== 0 || placeTokens[index] === 1)
    return false;
  if ((tokens.ends[index] as number) - (tokens.starts[index] as number) < 2) return false;
  const id = tokens.ids[index] as number;
  const classes = id < 0 ? 0 : (vocabulary.classes[id] as number);
  return (classes & (STOPWORD_BITS | WORD_CLASS.PLACE_NEIGHBOUR)) === 0;
}
