import type { PlaceMention } from "./place-resolver.ts";
import type { SignalMatch } from "./signal-detector.ts";
import type {
  CountryHit,
  EvidenceSpan,
  IndicatorSignal,
  PlaceEvidence,
  RiskFactorWeight,
  TextField,
} from "./types.ts";

// Every constant here is stated in docs/SCORING.md, section "One text".
/** A mention in the body counts a little less than one in the title, which names the story's subject. */
export const BODY_MENTION_FACTOR = 0.85;
/** A capital standing for its government ("Washington said") counts this much when another country is named. */
export const METONYM_FACTOR = 0.25;
/** Countries below this confidence are not reported. */
export const MIN_COUNTRY_CONFIDENCE = 0.3;
/** How much each risk factor weighs in an item's severity: specific atrocity factors most. */
export const FACTOR_GRAVITY: Readonly<Record<number, number>> = {
  1: 0.7,
  2: 0.8,
  3: 0.5,
  4: 0.5,
  5: 0.5,
  6: 0.4,
  7: 0.6,
  8: 0.6,
  9: 0.8,
  10: 1,
  11: 1,
  12: 0.9,
  13: 1,
  14: 0.9,
};

type Located<T> = T & { field: TextField; span: Omit<EvidenceSpan, "field"> };

/** Rounds to three decimals so outputs are stable and compact. */
export function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

/** Noisy-or: independent pieces of evidence, each alone able to make the case. */
export function noisyOr(weights: Iterable<number>): number {
  let miss = 1;
  for (const weight of weights) miss *= 1 - Math.min(1, Math.max(0, weight));
  return 1 - miss;
}

/**
 * Combines place mentions into ranked countries. Equal confidences are ordered by how close a country's
 * mention stands to a signal, then by the later mention: a headline's subject is often the side that acts or
 * reacts, and the place it acts on comes after ("South Sudan apologizes to Kenya over cattle attacks").
 */
export function combineCountries(
  mentions: readonly Located<PlaceMention>[],
  signalSpans: readonly Omit<EvidenceSpan, "text">[] = [],
): CountryHit[] {
  const hasDirect = new Set(mentions.filter((mention) => !mention.isMetonym).map((mention) => mention.iso2));
  const byCountry = new Map<string, { evidence: PlaceEvidence[]; lastSeen: number }>();
  mentions.forEach((mention, order) => {
    const isOtherCountryNamed = hasDirect.size > 1 || (hasDirect.size === 1 && !hasDirect.has(mention.iso2));
    let weight = mention.weight * (mention.field === "title" ? 1 : BODY_MENTION_FACTOR);
    if (mention.isMetonym && isOtherCountryNamed) weight *= METONYM_FACTOR;
    const entry = byCountry.get(mention.iso2) ?? { evidence: [], lastSeen: order };
    entry.lastSeen = order;
    entry.evidence.push({
      field: mention.field,
      ...mention.span,
      term: mention.term,
      kind: mention.kind,
      weight: round3(weight),
    });
    byCountry.set(mention.iso2, entry);
  });
  const hits = [...byCountry].map(([iso2, { evidence, lastSeen }]) => ({
    iso2,
    confidence: round3(noisyOr(evidence.map((item) => item.weight))),
    evidence,
    lastSeen,
    distance: -1,
  }));
  // Distances only break ties, so they are computed only for tied countries.
  let sortedSignals: Omit<EvidenceSpan, "text">[] | undefined;
  const distanceOf = (hit: (typeof hits)[number]) => {
    sortedSignals ??= [...signalSpans].sort((a, b) =>
      a.field < b.field ? -1 : a.field > b.field ? 1 : a.start - b.start,
    );
    if (hit.distance < 0) hit.distance = distanceToSignal(hit.evidence, sortedSignals);
    return hit.distance;
  };
  return hits
    .filter((hit) => hit.confidence >= MIN_COUNTRY_CONFIDENCE)
    .sort(
      (a, b) =>
        b.confidence - a.confidence ||
        distanceOf(a) - distanceOf(b) ||
        b.lastSeen - a.lastSeen ||
        a.iso2.localeCompare(b.iso2),
    )
    .map(({ iso2, confidence, evidence }) => ({ iso2, confidence, evidence }));
}

/** Characters between the nearest mention and signal in the same field; Infinity when none share a field. */
function distanceToSignal(
  evidence: readonly PlaceEvidence[],
  sortedSignals: readonly Omit<EvidenceSpan, "text">[],
): number {
  let best = Number.POSITIVE_INFINITY;
  for (const mention of evidence) {
    // Binary search for the first signal starting at or after the mention, then look at it and the one before.
    let low = 0;
    let high = sortedSignals.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const signal = sortedSignals[middle] as Omit<EvidenceSpan, "text">;
      if (signal.field < mention.field || (signal.field === mention.field && signal.start < mention.start))
        low = middle + 1;
      else high = middle;
    }
    for (const index of [low - 1, low]) {
      const signal = sortedSignals[index];
      if (signal === undefined || signal.field !== mention.field) continue;
      const gap = signal.start >= mention.end ? signal.start - mention.end : mention.start - signal.end;
      best = Math.min(best, Math.max(0, gap));
    }
  }
  return best;
}

/**
 * Combines phrase matches per indicator: risk phrases by noisy-or, minus mitigating phrases by noisy-or,
 * floored at zero; then indicators into risk factors by noisy-or.
 */
export function combineSignals(
  matches: readonly Located<SignalMatch>[],
  lang: string,
): { signals: IndicatorSignal[]; riskFactors: RiskFactorWeight[] } {
  if (matches.length === 0) return { signals: [], riskFactors: [] };
  const byIndicator = new Map<string, Located<SignalMatch>[]>();
  for (const match of matches) {
    const list = byIndicator.get(match.entry.indicator);
    if (list) list.push(match);
    else byIndicator.set(match.entry.indicator, [match]);
  }
  const signals: IndicatorSignal[] = [];
  for (const [indicator, found] of byIndicator) {
    const risk = noisyOr(found.filter((match) => match.weight > 0).map((match) => match.weight));
    const mitigation = noisyOr(found.filter((match) => match.weight < 0).map((match) => -match.weight));
    const weight = round3(Math.max(0, risk - mitigation));
    if (weight === 0) continue;
    signals.push({
      indicator,
      riskFactor: riskFactorOf(indicator),
      weight,
      evidence: found.map((match) => ({
        field: match.field,
        ...match.span,
        term: match.entry.phrase,
        lang,
        weight: round3(match.weight),
        modifiers: match.modifiers,
      })),
    });
  }
  signals.sort((a, b) => b.weight - a.weight || compareIndicatorIds(a.indicator, b.indicator));
  const byFactor = new Map<number, number[]>();
  for (const signal of signals) {
    const list = byFactor.get(signal.riskFactor);
    if (list) list.push(signal.weight);
    else byFactor.set(signal.riskFactor, [signal.weight]);
  }
  const riskFactors = [...byFactor]
    .map(([id, weights]) => ({ id, weight: round3(noisyOr(weights)) }))
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
  return { signals, riskFactors };
}

/** Severity 0–100: noisy-or of risk factor weights, each scaled by its gravity. */
export function severityOf(riskFactors: readonly RiskFactorWeight[]): number {
  if (riskFactors.length === 0) return 0;
  return Math.round(
    100 * noisyOr(riskFactors.map((factor) => factor.weight * (FACTOR_GRAVITY[factor.id] ?? 0.5))),
  );
}

/** The risk factor number of an indicator id such as "8.8". */
export function riskFactorOf(indicator: string): number {
  return Number.parseInt(indicator, 10);
}

/** Orders "1.2" before "1.10" and "2.1". */
export function compareIndicatorIds(a: string, b: string): number {
  const [aFactor = 0, aIndex = 0] = a.split(".").map(Number);
  const [bFactor = 0, bIndex = 0] = b.split(".").map(Number);
  return aFactor - bFactor || aIndex - bIndex;
}
