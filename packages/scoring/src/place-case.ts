import type { ScorerPlaceTerm } from "./scorer-data.ts";
import { TOKEN_CAPITALISED, type TokenizedText } from "./tokenize.ts";

const SHORT_CAPS_TERM = 3;

/**
 * Whether a case-sensitive term at tokens [first, last] is written as a name: an acronym ("CAR", "DRC",
 * "RSF") only in capitals, so "Car bombs" is not a country; other terms capitalised in sentence case.
 */
export function passesCase(
  place: ScorerPlaceTerm,
  isAcronymTerm: boolean,
  first: number,
  last: number,
  tokens: TokenizedText,
): boolean {
  if (isAcronymTerm) {
    const written = tokens.text.slice(tokens.starts[first] as number, tokens.ends[last] as number);
    return tokens.hasLowerCase && written === written.toUpperCase();
  }
  if (tokens.isCaseInformative) return ((tokens.flags[first] as number) & TOKEN_CAPITALISED) !== 0;
  // In Title Case or CAPS a common-word city ("Mobile") or a short code ("US" vs "us") can't be told apart.
  if (place.kind === "city" || place.kind === "admin1" || place.kind === "subnational") return false;
  return place.term.length > SHORT_CAPS_TERM;
}

/** Whether a term is written as an acronym: two or more capitals and no lower-case letter ("DRC", "U.S."). */
export function isAcronym(term: string): boolean {
  return term === term.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(term);
}
