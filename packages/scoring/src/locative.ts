import type { TokenizedText } from "./tokenize.ts";

// Prepositions that put an event in a place ("killed in Borno", "tués à Goma", "muertos en Cauca").
// A place named this way says where something happened; a demonym or an actor only says who took part.
const LOCATIVES = new Set([
  "in", "near", "at", "outside", "across", "around", "inside", "throughout", "into",
  "en", "a", "au", "aux", "dans", "pres", "cerca", "dentro",
]);
// Words that may stand between the preposition and the place: "in northern Al-Raqqa", "dans le nord du".
const BETWEEN = new Set([
  "the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
  "northeastern", "northwestern", "southeastern", "southwestern", "northeast", "northwest", "southeast",
  "southwest", "rural", "occupied", "le", "la", "l", "les", "el", "los", "las", "nord", "sud", "est", "ouest",
  "norte", "sur", "oeste", "este", "du", "de", "del", "province", "provincia", "region", "state",
]);
const MAX_BETWEEN = 3;

/** Whether the place at token `first` follows a locative preposition, perhaps with a few words between. */
export function isLocative(first: number, tokens: TokenizedText): boolean {
  const sentence = tokens.sentences[first];
  for (let index = first - 1, skipped = 0; index >= 0 && skipped <= MAX_BETWEEN; index--, skipped++) {
    if (tokens.sentences[index] !== sentence) return false;
    const word = tokens.words[index] as string;
    if (LOCATIVES.has(word)) return true;
    if (!BETWEEN.has(word)) return false;
  }
  return false;
}
