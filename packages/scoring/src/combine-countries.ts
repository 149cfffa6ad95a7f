import { BODY_MENTION_FACTOR, METONYM_FACTOR, MIN_COUNTRY_CONFIDENCE, missing, round3 } from "./combine.ts";
import type { PlaceMention } from "./place-resolver.ts";
import { append } from "./short-list.ts";
import type { CountryHit, EvidenceSpan, PlaceEvidence } from "./types.ts";

// The constants are stated in docs/SCORING.md, section "One text", and live in combine.ts.

type Span = Omit<EvidenceSpan, "text">;
type CountryGroup<E extends Span> = {
  iso2: string;
  confidence: number;
  /** The chance that every mention so far fails, folded in mention order. */
  miss: number;
  evidence: E[];
  lastSeen: number;
  distance: number;
};

/** A country with evidence of type E: PlaceEvidence in a TextScore, the mentions themselves in a summary. */
export type CombinedCountry<E extends Span> = Omit<CountryHit, "evidence"> & { evidence: E[] };

/** A mention as the evidence a TextScore keeps, with the weight it contributed. */
export function placeEvidence(mention: PlaceMention, weight: number): PlaceEvidence {
  return {
    field: mention.field,
    start: mention.start,
    end: mention.end,
    text: mention.text,
    term: mention.term,
    kind: mention.kind,
    weight,
  };
}

/** A mention as a summary's evidence: the mention itself, whose span is all ranking reads. */
export function mentionSpan(mention: PlaceMention): Span {
  return mention;
}

/**
 * Combines place mentions into ranked countries. Equal confidences are ordered by how close a country's
 * mention stands to a signal, then by the later mention: a headline's subject is often the side that acts or
 * reacts, and the place it acts on comes after ("South Sudan apologizes to Kenya over cattle attacks").
 * `evidenceOf` makes each mention's evidence from it and the weight it contributes.
 */
export function combineCountries<E extends Span>(
  mentions: readonly PlaceMention[],
  signals: readonly Span[],
  evidenceOf: (mention: PlaceMention, weight: number) => E,
): CombinedCountry<E>[] {
  if (mentions.length === 1) return oneCountry(mentions[0] as PlaceMention, evidenceOf);
  // A metonym counts less when another country is named directly: note one direct country and whether there are two.
  let direct: string | undefined;
  let hasTwoDirect = false;
  for (const mention of mentions) {
    if (mention.isMetonym) continue;
    if (direct === undefined) direct = mention.iso2;
    else if (mention.iso2 !== direct) hasTwoDirect = true;
  }
  // Few countries per text: a short list searched in place beats a Map built per text.
  let groups: CountryGroup<E>[] | undefined;
  for (let order = 0; order < mentions.length; order++) {
    const mention = mentions[order] as PlaceMention;
    const isOtherCountryNamed = hasTwoDirect || (direct !== undefined && direct !== mention.iso2);
    let weight = mention.weight * (mention.field === "title" ? 1 : BODY_MENTION_FACTOR);
    if (mention.isMetonym && isOtherCountryNamed) weight *= METONYM_FACTOR;
    const rounded = round3(weight);
    const evidence = evidenceOf(mention, rounded);
    let group: CountryGroup<E> | undefined;
    if (groups !== undefined)
      for (const candidate of groups) if (candidate.iso2 === mention.iso2) group = candidate;
    if (group === undefined) {
      const miss = missing(1, rounded);
      group = {
        iso2: mention.iso2,
        confidence: 0,
        miss,
        evidence: [evidence],
        lastSeen: order,
        distance: -1,
      };
      groups = append(groups, group);
    } else {
      group.lastSeen = order;
      group.miss = missing(group.miss, rounded);
      group.evidence.push(evidence);
    }
  }
  if (groups === undefined) return [];
  // Ranked by insertion, in place: a handful of countries, and no comparator closure to create per text.
  // Every country has its own last mention, so the order is total and any sort gives this one.
  let ranking: Ranking | undefined;
  let kept = 0;
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index] as CountryGroup<E>;
    group.confidence = round3(1 - group.miss);
    if (group.confidence < MIN_COUNTRY_CONFIDENCE) continue;
    let at = kept++;
    if (at > 0) ranking ??= { signals, sortedSignals: undefined };
    for (; at > 0 && ranksBefore(ranking as Ranking, group, groups[at - 1] as CountryGroup<E>); at--) {
      groups[at] = groups[at - 1] as CountryGroup<E>;
    }
    groups[at] = group;
  }
  let countries: CombinedCountry<E>[] | undefined;
  for (let index = 0; index < kept; index++) {
    const { iso2, confidence, evidence } = groups[index] as CountryGroup<E>;
    countries = append(countries, { iso2, confidence, evidence });
  }
  return countries ?? [];
}

/**
 * `combineCountries` of a single mention, as the general path computes it: no other country is named, so no
 * metonym discount, and no ranking. About half of all headlines name one place.
 */
function oneCountry<E extends Span>(
  mention: PlaceMention,
  evidenceOf: (mention: PlaceMention, weight: number) => E,
): CombinedCountry<E>[] {
  const weight = round3(mention.weight * (mention.field === "title" ? 1 : BODY_MENTION_FACTOR));
  const confidence = round3(1 - missing(1, weight));
  if (confidence < MIN_COUNTRY_CONFIDENCE) return [];
  return [{ iso2: mention.iso2, confidence, evidence: [evidenceOf(mention, weight)] }];
}

type Ranking = { signals: readonly Span[]; sortedSignals: Span[] | undefined };

/** Whether `a` ranks before `b`: higher confidence, then nearer a signal, then mentioned later. */
function ranksBefore<E extends Span>(ranking: Ranking, a: CountryGroup<E>, b: CountryGroup<E>): boolean {
  const order =
    b.confidence - a.confidence ||
    distanceOf(ranking, a) - distanceOf(ranking, b) ||
    b.lastSeen - a.lastSeen ||
    a.iso2.localeCompare(b.iso2);
  return order < 0;
}

/** Distances only break ties, so they are computed only for tied countries, once each. */
function distanceOf<E extends Span>(ranking: Ranking, hit: CountryGroup<E>): number {
  ranking.sortedSignals ??= [...ranking.signals].sort((a, b) =>
    a.field < b.field ? -1 : a.field > b.field ? 1 : a.start - b.start,
  );
  if (hit.distance < 0) hit.distance = distanceToSignal(hit.evidence, ranking.sortedSignals);
  return hit.distance;
}

/** Characters between the nearest mention and signal in the same field; Infinity when none share a field. */
function distanceToSignal(evidence: readonly Span[], sortedSignals: readonly Span[]): number {
  let best = Number.POSITIVE_INFINITY;
  for (const mention of evidence) {
    // Binary search for the first signal starting at or after the mention, then look at it and the one before.
    let low = 0;
    let high = sortedSignals.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const signal = sortedSignals[middle] as Span;
      if (signal.field < mention.field || (signal.field === mention.field && signal.start < mention.start))
        low = middle + 1;
      else high = middle;
    }
    for (let index = low - 1; index <= low; index++) {
      const signal = sortedSignals[index];
      if (signal === undefined || signal.field !== mention.field) continue;
      const gap = signal.start >= mention.end ? signal.start - mention.end : mention.start - signal.end;
      best = Math.min(best, Math.max(0, gap));
    }
  }
  return best;
}
