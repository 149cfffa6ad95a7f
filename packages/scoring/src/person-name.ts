import { fillRange, type MatchBuffer } from "./match-buffer.ts";
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

/**
 * Marks in `placeTokens` the tokens of the kept place matches (`hits` at `candidates[0, kept)`) and of context
 * cues ("Atlanta"), which are never a person's other name; clears the rest of the text's `tokenCount` tokens.
 */
export function markPlaceTokens(
  placeTokens: Uint8Array,
  tokenCount: number,
  hits: MatchBuffer,
  cueTag: number,
  candidates: Int32Array,
  kept: number,
): void {
  fillRange(placeTokens, 0, tokenCount, 0);
  for (let at = 0; at < hits.count; at++) {
    if (((hits.tags[at] as number) & cueTag) === 0) continue;
    fillRange(placeTokens, hits.firsts[at] as number, (hits.lasts[at] as number) + 1, 1);
  }
  for (let k = 0; k < kept; k++) {
    const at = candidates[k] as number;
    fillRange(placeTokens, hits.firsts[at] as number, (hits.lasts[at] as number) + 1, 1);
  }
}
