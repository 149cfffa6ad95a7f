import { isAttackerRole } from "./attacker-role.ts";
import { isLocative } from "./locative.ts";
import { hasPersonNameContext } from "./person-name.ts";
import { dropContained, PhraseIndex, type PhraseMatch } from "./phrase-index.ts";
import { FLAG, type ScorerContextRule, type ScorerPlaceTerm } from "./scorer-data.ts";
import { TOKEN_CAPITALISED, type TokenizedText } from "./tokenize.ts";
import type { PlaceKind } from "./types.ts";
import type { Vocabulary } from "./vocabulary.ts";

/** A place mention resolved to one country, before confidences are combined. */
export interface PlaceMention {
  iso2: string;
  term: string;
  kind: PlaceKind;
  weight: number;
  first: number;
  last: number;
  isMetonym: boolean;
}

// Weights of the adjustments below; docs/SCORING.md lists them.
export const UNINFORMATIVE_CASE_FACTOR = 0.7;
export const AMBIGUOUS_FACTOR = 0.5;
export const FLAGGED_AMBIGUOUS_FACTOR = 0.8;
const SHORT_CAPS_TERM = 3;
export const LOCATIVE_FACTOR = 1.25;
export const ATTACKER_FACTOR = 0.5;

// Kinds that can stand as an adjective of nationality before a noun ("US pilots", "Russian warplanes").
const ATTRIBUTIVE_KINDS: ReadonlySet<PlaceKind> = new Set(["demonym", "alias", "country"]);

/** Finds place mentions and resolves each to a single country. */
export class PlaceResolver {
  private readonly index: PhraseIndex<ScorerPlaceTerm>;
  private readonly cueIndex: PhraseIndex<number>;
  // Context rules per place term object, resolved once at build time so matching never builds a key string.
  private readonly rulesByPlace = new Map<
    ScorerPlaceTerm,
    { rule: ScorerContextRule; ruleIndex: number }[]
  >();

  constructor(
    places: readonly ScorerPlaceTerm[],
    rules: readonly ScorerContextRule[],
    private readonly vocabulary: Vocabulary,
  ) {
    this.index = new PhraseIndex(vocabulary);
    this.cueIndex = new PhraseIndex(vocabulary);
    for (const place of places) this.index.add(place.term, place);
    const rulesByTerm = new Map<string, { rule: ScorerContextRule; ruleIndex: number }[]>();
    rules.forEach((rule, ruleIndex) => {
      for (const cue of rule.whenAnyOf) this.cueIndex.add(cue, ruleIndex);
      const key = `${rule.iso2}|${rule.term.toLowerCase()}`;
      rulesByTerm.set(key, [...(rulesByTerm.get(key) ?? []), { rule, ruleIndex }]);
    });
    for (const place of places) {
      const placeRules = rulesByTerm.get(`${place.iso2}|${place.term.toLowerCase()}`);
      if (placeRules) this.rulesByPlace.set(place, placeRules);
    }
  }

  /** Place mentions in one text, each resolved to one country. */
  resolve(tokens: TokenizedText): PlaceMention[] {
    const matches = dropContained(this.index.match(tokens));
    if (matches.length === 0) return [];
    const firedRules = new Set<number>();
    // Tokens of places and of context cues ("Atlanta") are never read as a person's other name.
    const placeTokens = new Uint8Array(tokens.count);
    for (const cue of this.cueIndex.match(tokens)) {
      for (const ruleIndex of cue.payloads) firedRules.add(ruleIndex);
      placeTokens.fill(1, cue.first, cue.last + 1);
    }
    for (const match of matches) placeTokens.fill(1, match.first, match.last + 1);
    const candidates = matches.map((match) => this.acceptedPayloads(match, tokens, firedRules, placeTokens));
    const supported = new Set<string>();
    for (const accepted of candidates) {
      if (accepted.length === 1) supported.add((accepted[0] as ScorerPlaceTerm).iso2);
    }
    const mentions: PlaceMention[] = [];
    candidates.forEach((accepted, matchIndex) => {
      const match = matches[matchIndex] as PhraseMatch<ScorerPlaceTerm>;
      const chosen = pickCountry(accepted, supported);
      if (chosen === undefined) return;
      const isAmbiguous = new Set(accepted.map((place) => place.iso2)).size > 1;
      let weight = chosen.place.weight * chosen.factor;
      if (!isAmbiguous && (chosen.place.flags & FLAG.AMBIGUOUS) !== 0) weight *= FLAGGED_AMBIGUOUS_FACTOR;
      if ((chosen.place.flags & FLAG.CASE_SENSITIVE) !== 0 && !tokens.isCaseInformative) {
        weight *= UNINFORMATIVE_CASE_FACTOR;
      }
      // "killed in Indian shelling" names the shelling's side, not the place: the attacker rule goes first.
      if (
        ATTRIBUTIVE_KINDS.has(chosen.place.kind) &&
        isAttackerRole(match.first, match.last, tokens, this.vocabulary)
      ) {
        weight *= ATTACKER_FACTOR;
      } else if (isLocative(match.first, tokens, this.vocabulary))
        weight = Math.min(1, weight * LOCATIVE_FACTOR);
      mentions.push({
        iso2: chosen.place.iso2,
        term: chosen.place.term,
        kind: chosen.place.kind,
        weight,
        first: match.first,
        last: match.last,
        isMetonym: (chosen.place.flags & FLAG.METONYM) !== 0,
      });
    });
    return mentions;
  }

  /** The payloads of a match that survive case, person-name and context rules, redirected where a rule says. */
  private acceptedPayloads(
    match: PhraseMatch<ScorerPlaceTerm>,
    tokens: TokenizedText,
    firedRules: ReadonlySet<number>,
    placeTokens: Uint8Array,
  ): ScorerPlaceTerm[] {
    const accepted: ScorerPlaceTerm[] = [];
    for (const place of match.payloads) {
      if ((place.flags & FLAG.CASE_SENSITIVE) !== 0 && !this.passesCase(place, match, tokens)) continue;
      if (
        (place.flags & FLAG.PERSON_NAME) !== 0 &&
        hasPersonNameContext(match, tokens, this.vocabulary, placeTokens)
      )
        continue;
      const redirected = this.applyRules(place, firedRules);
      if (redirected !== null) accepted.push(redirected);
    }
    return accepted;
  }

  private passesCase(
    place: ScorerPlaceTerm,
    match: PhraseMatch<ScorerPlaceTerm>,
    tokens: TokenizedText,
  ): boolean {
    // An acronym ("CAR", "DRC", "RSF") counts only written in capitals: "Car bombs" is not a country.
    if (isAcronym(place.term)) {
      const start = tokens.starts[match.first] as number;
      const written = tokens.text.slice(start, tokens.ends[match.last]);
      return tokens.hasLowerCase && written === written.toUpperCase();
    }
    if (tokens.isCaseInformative) return ((tokens.flags[match.first] as number) & TOKEN_CAPITALISED) !== 0;
    // In Title Case or CAPS a common-word city ("Mobile") or a short code ("US" vs "us") can't be told apart.
    if (place.kind === "city" || place.kind === "admin1" || place.kind === "subnational") return false;
    return place.term.length > SHORT_CAPS_TERM;
  }

  private applyRules(place: ScorerPlaceTerm, firedRules: ReadonlySet<number>): ScorerPlaceTerm | null {
    const rules = this.rulesByPlace.get(place);
    if (rules === undefined) return place;
    for (const { rule, ruleIndex } of rules) {
      if (!firedRules.has(ruleIndex)) continue;
      return rule.thenIso2 === null ? null : { ...place, iso2: rule.thenIso2 };
    }
    return place;
  }
}

/**
 * One country per mention. A term naming places in several countries goes to the country other mentions
 * support; failing that, to the first listed (the gazetteer lists the most prominent first) at reduced weight.
 */
function pickCountry(
  accepted: readonly ScorerPlaceTerm[],
  supported: ReadonlySet<string>,
): { place: ScorerPlaceTerm; factor: number } | undefined {
  const first = accepted[0];
  if (first === undefined) return undefined;
  if (accepted.every((place) => place.iso2 === first.iso2)) {
    const strongest = accepted.reduce((best, place) => (place.weight > best.weight ? place : best));
    return { place: strongest, factor: 1 };
  }
  const backed = accepted.find((place) => supported.has(place.iso2));
  return backed ? { place: backed, factor: 1 } : { place: first, factor: AMBIGUOUS_FACTOR };
}

/** Whether a term is written as an acronym: two or more capitals and no lower-case letter ("DRC", "U.S."). */
function isAcronym(term: string): boolean {
  return term === term.toUpperCase() && /\p{Lu}.*\p{Lu}/u.test(term);
}
