import type { LanguageDetector } from "./detect-language.ts";
import type { PhraseMatch } from "./phrase-index.ts";
import type { TokenizedText } from "./tokenize.ts";

// Capitalised words that commonly stand next to a country name without making it a person's name.
const PLACE_NEIGHBOURS = new Set([
  "king", "queen", "president", "prime", "minister", "republic", "kingdom", "state", "government", "army",
  "military", "forces", "police", "border", "river", "valley", "basin", "lake", "north", "south", "east",
  "west", "northern", "southern", "eastern", "western", "central", "upper", "lower", "greater", "new",
  "un", "eu", "au", "said", "says", "officials", "authorities", "troops", "rebels", "refugees", "election",
]);

/**
 * Whether a country name that doubles as a first or last name ("Jordan", "Chad") reads as a person here:
 * a neighbouring capitalised word in running text that is neither a function word nor a place word,
 * as in "Michael Jordan" or "Chad Smith" (but not "Amman, Jordan": place words don't count). Only case-informative text can show this.
 */
export function hasPersonNameContext(
  match: PhraseMatch<unknown>,
  tokens: TokenizedText,
  languages: LanguageDetector,
  placeTokens: Uint8Array,
): boolean {
  if (!tokens.isCaseInformative) return false;
  const sentence = tokens.sentences[match.first];
  const isNameLike = (index: number): boolean => {
    if (index < 0 || index >= tokens.words.length || tokens.sentences[index] !== sentence) return false;
    const word = tokens.words[index] as string;
    return (
      tokens.capitalised[index] === true &&
      placeTokens[index] !== 1 &&
      word.length > 1 &&
      !/^\d/.test(word) &&
      !languages.isStopword(word) &&
      !PLACE_NEIGHBOURS.has(word)
    );
  };
  return isNameLike(match.first - 1) || isNameLike(match.last + 1);
}
