import { BODY_MENTION_FACTOR, METONYM_FACTOR, MIN_COUNTRY_CONFIDENCE, missing, round3 } from "./combine.ts";
import type { PlaceMention } from "./place-resolver.ts";
import { append } from "./short-list.ts";
import type { CountryHit, EvidenceSpan, PlaceEvidence } from "./types.ts";

// The constants are stated in docs/SCORING.md, section "One text", and live in combine.ts.

type Span = Omit<EvidenceSpan, "text">;
type CountryGroup = {
  iso2: string;
  confidence: number;
  evidence: PlaceEvidence[];
  lastSeen: number;
  distance: number;
};

/**
 * Combines place mentions into ranked countries. Equal confidences are ordered by how close a country's
 * mention stands to a signal, then by the later mention: a headline's subject is often the side that acts or
 * reacts, and the place it acts on comes after ("South Sudan apologizes to Kenya over cattle attacks").
 */
export function combineCountries(
  mentions: readonly PlaceMention[],
  signals: readonly Span[] = [],
): CountryHit[] {
  if (mentions.length === 1) return oneCountry(mentions[0] as PlaceMention);
  // A metonym counts less when another country is named directly: note one direct country and whether there are two.
  let direct: string | undefined;
  let hasTwoDirect = false;
  for (const mention of mentions) {
    if (mention.isMetonym) continue;
    if (direct === undefined) direct = mention.iso2;
    else if (mention.iso2 !== direct) hasTwoDirect = true;
  }
  // Few countries per text: a short list searched in place beats a Map built per text.
  let groups: CountryGroup[] | undefined;
  for (let order = 0; order < mentions.length; order++) {
    const mention = mentions[order] as PlaceMention;
    const isOtherCountryNamed = hasTwoDirect || (direct !== undefined && direct !== mention.iso2);
    let weight = mention.weight * (mention.field === "title" ? 1 : BODY_MENTION_FACTOR);
    if (mention.isMetonym && isOtherCountryNamed) weight *= METONYM_FACTOR;
    const evidence: PlaceEvidence = {
      field: mention.field,
      start: mention.start,
      end: mention.end,
      text: mention.text,
      term: mention.term,
      kind: mention.kind,
      weight: round3(weight),
    };
    let group: CountryGroup | undefined;
    if (groups !== undefined)
      for (const candidate of groups) if (candidate.iso2 === mention.iso2) group = candidate;
    if (group === undefined) {
      group = { iso2: mention.iso2, confidence: 0, evidence: [evidence], lastSeen: order, distance: -1 };
      groups = append(groups, group);
    } else {
      group.lastSeen = order;
      group.evidence.push(evidence);
    }
  }
  if (groups === undefined) return [];
  // Ranked by insertion, in place: a handful of countries, and no comparator closure to create per text.
  // Every country has its own last mention, so the order is total and any sort gives this one.
  let ranking: Ranking | undefined;
  let kept = 0;
  for (let index = 0; index < groups.length; index++) {
    const group = groups[index] as CountryGroup;
    let miss = 1;
    for (const item of group.evidence) miss = missing(miss, item.weight);
    group.confidence = round3(1 - miss);
    if (group.confidence < MIN_COUNTRY_CONFIDENCE) continue;
    let at = kept++;
    if (at > 0) ranking ??= { signals, sortedSignals: undefined };
    for (; at > 0 && ranksBefore(ranking as Ranking, group, groups[at - 1] as CountryGroup); at--) {
      groups[at] = groups[at - 1] as CountryGroup;
    }
    groups[at] = group;
  }
  let countries: CountryHit[] | undefined;
  for (let index = 0; index < kept; index++) {
    const { iso2, confidence, evidence } = groups[index] as CountryGroup;
    countries = append(countries, { iso2, confidence, evidence });
  }
  return countries ?? [];
}

/**
 * `combineCountries` of a single mention, as the general path computes it: no other country is named, so no
 * metonym discount, and no ranking. About half of all headlines name one place.
 */
function oneCountry(mention: PlaceMention): CountryHit[] {
  const weight = mention.weight * (mention.field === "title" ? 1 : BODY_MENTION_FACTOR);
  const evidence: PlaceEvidence = {
    field: mention.field,
    start: mention.start,
    end: mention.end,
    text: mention.text,
    term: mention.term,
    kind: mention.kind,
    weight: round3(weight),
  };
  const confidence = round3(1 - missing(1, evidence.weight));
  if (confidence < MIN_COUNTRY_CONFIDENCE) return [];
  return [{ iso2: mention.iso2, confidence, evidence: [evidence] }];
}

type Ranking = { signals: readonly Span[]; sortedSignals: Span[] | undefined };

/** Whether `a` ranks before `b`: higher confidence, then nearer a signal, then mentioned later. */
function ranksBefore(ranking: Ranking, a: CountryGroup, b: CountryGroup): boolean {
  const order =
    b.confidence - a.confidence ||
    distanceOf(ranking, a) - distanceOf(ranking, b) ||
    b.lastSeen - a.lastSeen ||
    a.iso2.localeCompare(b.iso2);
  return order < 0;
}

/** Distances only break ties, so they are computed only for tied countries, once each. */
function distanceOf(ranking: Ranking, hit: CountryGroup): number {
  ranking.sortedSignals ??= [...ranking.signals].sort((a, b) =>
    a.field < b.field ? -1 : a.field > b.field ? 1 : a.start - b.start,
  );
  if (hit.distance < 0) hit.distance = distanceToSignal(hit.evidence, ranking.sortedSignals);
  return hit.distance;
}

/** Characters between the nearest mention and signal in the same field; Infinity when none share a field. */
function distanceToSignal(evidence: readonly PlaceEvidence[], sortedSignals: readonly Span[]): number {
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
