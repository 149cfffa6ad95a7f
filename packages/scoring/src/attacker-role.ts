import { hasClass, type TokenizedText } from "./tokenize.ts";
import type { Vocabulary } from "./vocabulary.ts";
import { WORD_CLASS } from "./word-classes.ts";

/**
 * Whether the mention at tokens [first, last] names a side acting on someone else: right next to a noun of
 * armed force ("Israeli raid", "Russian warplanes", "frappes israéliennes"), or the subject of a diplomatic
 * verb ("US sanctions…"). Such a side is often not where the story happens.
 */
export function isAttackerRole(
  first: number,
  last: number,
  tokens: TokenizedText,
  vocabulary: Vocabulary,
): boolean {
  const next = last + 1;
  const previous = first - 1;
  return (
    ((isNeighbour(tokens, vocabulary, first, next, WORD_CLASS.ARMED) ||
      isNeighbour(tokens, vocabulary, first, next, WORD_CLASS.DIPLOMATIC)) &&
      isAdjacent(tokens, last, next)) ||
    (isNeighbour(tokens, vocabulary, first, previous, WORD_CLASS.ARMED) &&
      isAdjacent(tokens, previous, first))
  );
}

function isNeighbour(
  tokens: TokenizedText,
  vocabulary: Vocabulary,
  first: number,
  index: number,
  bit: number,
): boolean {
  return (
    index >= 0 &&
    index < tokens.count &&
    tokens.sentences[index] === tokens.sentences[first] &&
    hasClass(tokens, vocabulary, index, bit)
  );
}

/** Only a direct neighbour counts: "Niger: soldiers…" is a dateline, not "Nigerien soldiers". */
function isAdjacent(tokens: TokenizedText, from: number, to: number): boolean {
  for (let i = tokens.ends[from] as number; i < (tokens.starts[to] as number); i++) {
    const code = tokens.text.charCodeAt(i);
    if (code !== 0x20 && code !== 0x2d && code !== 0xa0) return false;
  }
  return true;
}
