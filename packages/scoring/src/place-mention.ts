import { isAttackerRole } from "./attacker-role.ts";
import { isLocative } from "./locative.ts";
import { FLAG, type ScorerPlaceTerm } from "./scorer-data.ts";
import type { TokenizedText } from "./tokenize.ts";
import type { PlaceKind, TextField } from "./types.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** A place mention resolved to one country, before confidences are combined. */
export interface PlaceMention {
  iso2: string;
  term: string;
  kind: PlaceKind;
  weight: number;
  isMetonym: boolean;
  field: TextField;
  start: number;
  end: number;
  text: string;
}

// Weights of the adjustments below; docs/SCORING.md lists them.
export const UNINFORMATIVE_CASE_FACTOR = 0.7;
export const FLAGGED_AMBIGUOUS_FACTOR = 0.8;
export const LOCATIVE_FACTOR = 1.25;
export const ATTACKER_FACTOR = 0.5;

/** Kinds that can stand as an adjective of nationality before a noun ("US pilots", "Russian warplanes"). */
const isAttributive = (kind: PlaceKind) => kind === "demonym" || kind === "alias" || kind === "country";

/**
 * The mention of `place`, chosen for the match at tokens [first, last] with the weight factor its choice
 * carries, weighted by what surrounds it: case, ambiguity, an attacker's role or a locative.
 */
export function placeMention(
  place: ScorerPlaceTerm,
  factor: number,
  isAmbiguous: boolean,
  first: number,
  last: number,
  tokens: TokenizedText,
  vocabulary: Vocabulary,
  field: TextField,
): PlaceMention {
  let weight = place.weight * factor;
  if (!isAmbiguous && (place.flags & FLAG.AMBIGUOUS) !== 0) weight *= FLAGGED_AMBIGUOUS_FACTOR;
  if ((place.flags & FLAG.CASE_SENSITIVE) !== 0 && !tokens.isCaseInformative) {
    weight *= UNINFORMATIVE_CASE_FACTOR;
  }
  // "killed in Indian shelling" names the shelling's side, not the place: the attacker rule goes first.
  if (isAttributive(place.kind) && isAttackerRole(first, last, tokens, vocabulary)) {
    weight *= ATTACKER_FACTOR;
  } else if (isLocative(first, tokens, vocabulary)) weight = Math.min(1, weight * LOCATIVE_FACTOR);
  const start = tokens.starts[first] as number;
  const end = tokens.ends[last] as number;
  return {
    iso2: place.iso2,
    term: place.term,
    kind: place.kind,
    weight,
    isMetonym: (place.flags & FLAG.METONYM) !== 0,
    field,
    start,
    end,
    text: tokens.text.slice(start, end),
  };
}
