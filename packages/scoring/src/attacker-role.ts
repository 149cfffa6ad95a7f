import { type TokenizedText, hasClass } from "./tokenize.ts";
import type { Vocabulary } from "./vocabulary.ts";
import { WORD_CLASS } from "./word-classes.ts";

/**
 * Whether the mention at tokens [first, last] names a side acting on someone else: right next to a noun of
 * armed force ("Israeli raid", "Russian warplanes", "frappes israéliennes"), or the subject of a diplomatic
 * verb ("US sanctions…"). Such a side is often not where the story happens.
 */
export function isAttackerRole(first: number, last: number, tokens: TokenizedText, vocabulary: Vocabulary): boolean {
  const sentence = tokens.sentences[first];
  // Only a direct neighbour counts: "Niger: soldiers…" is a dateline, not "Nigerien soldiers".
  const isAdjacent = (from: number, to: number) =>
    /^[\s-]*$/.test(tokens.text.slice(tokens.ends[from] as number, tokens.starts[to] as number));
  const isNeighbour = (index: number, bit: number) =>
    index >= 0 && index < tokens.count && tokens.sentences[index] === sentence && hasClass(tokens, vocabulary, index, bit);
  const next = last + 1;
  const previous = first - 1;
  return (
    ((isNeighbour(next, WORD_CLASS.ARMED) || isNeighbour(next, WORD_CLASS.DIPLOMATIC)) && isAdjacent(last, next)) ||
    (isNeighbour(previous, WORD_CLASS.ARMED) && isAdjacent(previous, first))
  );
}
