import type { Findings } from "./findings.ts";
import { keepLongest, type MatchBuffer } from "./match-buffer.ts";
import { hasPersonNameContext, markPlaceTokens } from "./person-name.ts";
import type { PhraseIndex } from "./phrase-index.ts";
import { isOneCountry, pickCountry, supportedCountries } from "./pick-country.ts";
import { isAcronym, passesCase } from "./place-case.ts";
import { type PlaceMention, placeMention } from "./place-mention.ts";
import { FLAG, type ScorerContextRule, type ScorerPlaceTerm } from "./scorer-data.ts";
import { append } from "./short-list.ts";
import type { TokenizedText } from "./tokenize.ts";
import type { TextField } from "./types.ts";
import type { Vocabulary } from "./vocabulary.ts";

export { AMBIGUOUS_FACTOR } from "./pick-country.ts";
export {
  ATTACKER_FACTOR,
  FLAGGED_AMBIGUOUS_FACTOR,
  LOCATIVE_FACTOR,
  type PlaceMention,
  UNINFORMATIVE_CASE_FACTOR,
} from "./place-mention.ts";

/**
 * Finds place mentions in a scanned text and resolves each to a single country. Place names and the cues
 * of context rules live in the scorer's shared trie under two tags of their own.
 */
export class PlaceResolver {
  // Per trie node, indexed by node number: the place terms ending there, in gazetteer order.
  private readonly placesAt: (ScorerPlaceTerm[] | undefined)[] = [];
  // Worked out at build time for the few terms that need it, so matching builds no regex, key or object:
  // which case-sensitive terms are acronyms, and each ruled term's rules with the term they redirect to.
  private readonly acronyms = new Set<ScorerPlaceTerm>();
  private readonly rulesByPlace = new Map<
    ScorerPlaceTerm,
    { ruleIndex: number; then: ScorerPlaceTerm | null }[]
  >();
  private readonly rulesAt = new Map<number, number[]>();
  private readonly firedRules: Uint8Array;
  /** 1 at the nodes where some place term has rules: the others skip looking the term up. */
  private readonly ruled: Uint8Array;
  private placeTokens = new Uint8Array(256);
  private candidates = new Int32Array(256);
  // Accepted payloads of every kept match, flat: match k's are accepted[offsets[k], offsets[k + 1]).
  private readonly accepted: ScorerPlaceTerm[] = [];
  private offsets = new Int32Array(257);

  constructor(
    places: readonly ScorerPlaceTerm[],
    rules: readonly ScorerContextRule[],
    private readonly vocabulary: Vocabulary,
    trie: PhraseIndex,
    private readonly placeTag: number,
    private readonly cueTag: number,
  ) {
    // Rules keyed by country, then by lower-cased term: a place whose country has no rule (nearly all of
    // them) is passed over without building a key.
    const rulesByCountry = new Map<string, Map<string, { rule: ScorerContextRule; ruleIndex: number }[]>>();
    rules.forEach((rule, ruleIndex) => {
      for (const cue of rule.whenAnyOf) {
        const node = trie.add(cue, cueTag);
        if (node === 0) continue;
        this.rulesAt.set(node, [...(this.rulesAt.get(node) ?? []), ruleIndex]);
      }
      const byTerm = rulesByCountry.get(rule.iso2) ?? new Map();
      rulesByCountry.set(rule.iso2, byTerm);
      const term = rule.term.toLowerCase();
      byTerm.set(term, [...(byTerm.get(term) ?? []), { rule, ruleIndex }]);
    });
    // Separate loops, each with one path: build time is mostly code not yet optimised, and a loop whose
    // rare branch first runs after optimisation throws the optimised code away.
    const nodes = new Int32Array(places.length);
    for (let index = 0; index < places.length; index++) {
      nodes[index] = trie.add((places[index] as ScorerPlaceTerm).term, placeTag);
    }
    const placesAt = this.placesAt;
    for (let index = 0; index < places.length; index++) {
      const node = nodes[index] as number;
      if (node === 0) continue;
      // Padded with undefined so the array stays dense and a lookup by node number stays fast.
      while (placesAt.length <= node) placesAt.push(undefined);
      const list = placesAt[node];
      if (list) list.push(places[index] as ScorerPlaceTerm);
      else placesAt[node] = [places[index] as ScorerPlaceTerm];
    }
    this.ruled = new Uint8Array(placesAt.length);
    for (let index = 0; index < places.length; index++) {
      const place = places[index] as ScorerPlaceTerm;
      if (nodes[index] === 0) continue;
      if ((place.flags & FLAG.CASE_SENSITIVE) !== 0 && isAcronym(place.term)) this.acronyms.add(place);
      const byTerm = rulesByCountry.get(place.iso2);
      if (byTerm !== undefined) this.addRules(place, byTerm.get(place.term.toLowerCase()));
      if (this.rulesByPlace.has(place)) this.ruled[nodes[index] as number] = 1;
    }
    this.firedRules = new Uint8Array(rules.length);
  }

  private addRules(
    place: ScorerPlaceTerm,
    placeRules: { rule: ScorerContextRule; ruleIndex: number }[] | undefined,
  ): void {
    if (placeRules === undefined) return;
    this.rulesByPlace.set(
      place,
      placeRules.map(({ rule, ruleIndex }) => ({
        ruleIndex,
        then: rule.thenIso2 === null ? null : { ...place, iso2: rule.thenIso2 },
      })),
    );
  }

  /** Appends the place mentions of one field, each resolved to one country, to `found.mentions`. */
  resolve(tokens: TokenizedText, hits: MatchBuffer, field: TextField, found: Findings): void {
    if (this.candidates.length < hits.count) this.candidates = new Int32Array(hits.count * 2);
    const candidates = this.candidates;
    let count = 0;
    let hasCues = false;
    for (let at = 0; at < hits.count; at++) {
      const tags = hits.tags[at] as number;
      if ((tags & this.placeTag) !== 0) candidates[count++] = at;
      if ((tags & this.cueTag) !== 0) hasCues = true;
    }
    if (count === 0) return;
    count = keepLongest(hits, candidates, count);
    const fired = this.firedRules;
    for (let at = 0; hasCues && at < hits.count; at++) {
      if (((hits.tags[at] as number) & this.cueTag) === 0) continue;
      for (const ruleIndex of this.rulesAt.get(hits.nodes[at] as number) as number[]) fired[ruleIndex] = 1;
    }
    this.acceptAll(tokens, hits, count);
    if (hasCues) fired.fill(0);
    let supported: Set<string> | undefined;
    for (let k = 0; k < count; k++) {
      const from = this.offsets[k] as number;
      const to = this.offsets[k + 1] as number;
      if (from === to) continue;
      // Only a term naming places in several countries needs to know which countries others support.
      const isAmbiguous = !isOneCountry(this.accepted, from, to);
      if (supported === undefined && isAmbiguous)
        supported = supportedCountries(this.accepted, this.offsets, count);
      const chosen = pickCountry(this.accepted, from, to, supported);
      const at = candidates[k] as number;
      const first = hits.firsts[at] as number;
      const last = hits.lasts[at] as number;
      found.mentions = append(
        found.mentions,
        placeMention(chosen.place, chosen.factor, isAmbiguous, first, last, tokens, this.vocabulary, field),
      );
    }
  }

  /** Fills `accepted` and `offsets` with the payloads of each kept match that pass case, name and context rules. */
  private acceptAll(tokens: TokenizedText, hits: MatchBuffer, count: number): void {
    if (this.offsets.length < count + 1) this.offsets = new Int32Array(count * 2 + 1);
    const accepted = this.accepted;
    // Overwritten in place: slots past the end hold stale terms that `offsets` never points at.
    let size = 0;
    let hasPlaceTokens = false;
    for (let k = 0; k < count; k++) {
      this.offsets[k] = size;
      const at = this.candidates[k] as number;
      const first = hits.firsts[at] as number;
      const last = hits.lasts[at] as number;
      const node = hits.nodes[at] as number;
      for (const place of this.placesAt[node] as ScorerPlaceTerm[]) {
        if (
          (place.flags & FLAG.CASE_SENSITIVE) !== 0 &&
          !passesCase(place, this.acronyms.has(place), first, last, tokens)
        )
          continue;
        if ((place.flags & FLAG.PERSON_NAME) !== 0) {
          // Few texts name such a place: the others never mark the place tokens.
          if (!hasPlaceTokens) {
            if (this.placeTokens.length < tokens.count) this.placeTokens = new Uint8Array(tokens.count * 2);
            markPlaceTokens(this.placeTokens, tokens.count, hits, this.cueTag, this.candidates, count);
          }
          hasPlaceTokens = true;
          if (hasPersonNameContext(first, last, tokens, this.vocabulary, this.placeTokens)) continue;
        }
        const redirected = this.ruled[node] === 1 ? this.applyRules(place) : place;
        if (redirected !== null) accepted[size++] = redirected;
      }
    }
    this.offsets[count] = size;
  }

  private applyRules(place: ScorerPlaceTerm): ScorerPlaceTerm | null {
    const rules = this.rulesByPlace.get(place);
    if (rules === undefined) return place;
    for (const { ruleIndex, then } of rules) {
      if (this.firedRules[ruleIndex] === 1) return then;
    }
    return place;
  }
}
