import type { IndicatorTable } from "./indicator-table.ts";
import { append } from "./short-list.ts";
import type { SignalMatch } from "./signal-detector.ts";
import type { EvidenceSpan, IndicatorSignal, RiskFactorWeight } from "./types.ts";

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

// FACTOR_GRAVITY by factor number, 0.5 where it names none: read for every text with signals, and a typed
// array read costs less than a keyed lookup with a fallback.
const GRAVITY = Float64Array.from({ length: 16 }, (_, id) => FACTOR_GRAVITY[id] ?? 0.5);

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

/** One step of `noisyOr` as a fold over `miss`, the chance that every piece so far fails; no array needed. */
export function missing(miss: number, weight: number): number {
  return miss * (1 - Math.min(1, Math.max(0, weight)));
}

// Grouping scratch, reused: a text has few signals, and arrays built per text cost more than the
// arithmetic. Per match, the next match of its indicator (-1: none); per group (an indicator, in order of
// first appearance), its first and last match and its indicator; per signal as sorted, its indicator; per
// risk factor, its number and the chance every indicator so far fails.
const GROUPING = {
  next: new Int32Array(64),
  first: new Int32Array(64),
  last: new Int32Array(64),
  indicator: new Int32Array(64),
  sorted: new Int32Array(64),
  factorIds: new Int32Array(64),
  factorMiss: new Float64Array(64),
};

/** An indicator signal whose evidence is of type E: SignalEvidence in a TextScore, bare spans in a summary. */
export type CombinedSignal<E extends EvidenceSpan> = Omit<IndicatorSignal, "evidence"> & { evidence: E[] };

/**
 * Combines phrase matches per indicator: risk phrases by noisy-or, minus mitigating phrases by noisy-or,
 * floored at zero; then indicators into risk factors by noisy-or. `evidenceOf` makes each match's evidence.
 */
export function combineSignals<E extends EvidenceSpan>(
  matches: readonly SignalMatch[],
  lang: string,
  indicators: IndicatorTable,
  evidenceOf: (match: SignalMatch, lang: string) => E,
): { signals: CombinedSignal<E>[]; riskFactors: RiskFactorWeight[] } {
  if (matches.length === 0) return { signals: [], riskFactors: [] };
  const g = GROUPING;
  if (g.next.length < matches.length) growGrouping(matches.length * 2);
  // Indicators in order of first appearance, each with its matches; indicators are numbered, so no hashing.
  const groupOf = indicators.groupScratch();
  let groups = 0;
  for (let m = 0; m < matches.length; m++) {
    const indicator = (matches[m] as SignalMatch).indicator;
    g.next[m] = -1;
    let group = groupOf[indicator] as number;
    if (group >= 0) g.next[g.last[group] as number] = m;
    else {
      group = groups++;
      groupOf[indicator] = group;
      g.first[group] = m;
      g.indicator[group] = indicator;
    }
    g.last[group] = m;
  }
  for (let group = 0; group < groups; group++) groupOf[g.indicator[group] as number] = -1;
  let signals: CombinedSignal<E>[] | undefined;
  const numbers = g.sorted;
  for (let group = 0; group < groups; group++) {
    const indicator = g.indicator[group] as number;
    let riskMiss = 1;
    let mitigationMiss = 1;
    for (let m = g.first[group] as number; m >= 0; m = g.next[m] as number) {
      const match = matches[m] as SignalMatch;
      if (match.weight > 0) riskMiss = missing(riskMiss, match.weight);
      else if (match.weight < 0) mitigationMiss = missing(mitigationMiss, -match.weight);
    }
    const weight = round3(Math.max(0, 1 - riskMiss - (1 - mitigationMiss)));
    if (weight === 0) continue;
    let evidence: E[] | undefined;
    for (let m = g.first[group] as number; m >= 0; m = g.next[m] as number) {
      evidence = append(evidence, evidenceOf(matches[m] as SignalMatch, lang));
    }
    const id = indicators.ids[indicator] as string;
    const riskFactor = indicators.riskFactors[indicator] as number;
    // Sorted as they arrive (heaviest first, then by indicator id), stable as Array.prototype.sort is:
    // a later signal only passes the ones it must come before.
    const signal: CombinedSignal<E> = { indicator: id, riskFactor, weight, evidence: evidence ?? [] };
    signals = append(signals, signal);
    let at = signals.length - 1;
    for (; at > 0; at--) {
      const before = signals[at - 1] as CombinedSignal<E>;
      if (
        !(
          weight - before.weight > 0 ||
          (weight === before.weight && indicators.compare(numbers[at - 1] as number, indicator) > 0)
        )
      )
        break;
      signals[at] = before;
      numbers[at] = numbers[at - 1] as number;
    }
    signals[at] = signal;
    numbers[at] = indicator;
  }
  // Each risk factor folds its indicators' weights in the order of the sorted signals.
  if (signals === undefined) return { signals: [], riskFactors: [] };
  let factors = 0;
  for (const signal of signals) {
    let f = 0;
    while (f < factors && g.factorIds[f] !== signal.riskFactor) f++;
    if (f < factors) g.factorMiss[f] = missing(g.factorMiss[f] as number, signal.weight);
    else {
      g.factorIds[factors] = signal.riskFactor;
      g.factorMiss[factors++] = missing(1, signal.weight);
    }
  }
  // Heaviest first, then by number; numbers differ, so the order is total.
  let riskFactors: RiskFactorWeight[] | undefined;
  for (let f = 0; f < factors; f++) {
    const factor = { id: g.factorIds[f] as number, weight: round3(1 - (g.factorMiss[f] as number)) };
    riskFactors = append(riskFactors, factor);
    let at = riskFactors.length - 1;
    for (; at > 0; at--) {
      const before = riskFactors[at - 1] as RiskFactorWeight;
      if (!(factor.weight - before.weight > 0 || (factor.weight === before.weight && before.id > factor.id)))
        break;
      riskFactors[at] = before;
    }
    riskFactors[at] = factor;
  }
  return { signals, riskFactors: riskFactors ?? [] };
}

function growGrouping(size: number): void {
  for (const key of ["next", "first", "last", "indicator", "sorted", "factorIds"] as const)
    GROUPING[key] = new Int32Array(size);
  GROUPING.factorMiss = new Float64Array(size);
}

/** Severity 0–100: noisy-or of risk factor weights, each scaled by its gravity. */
export function severityOf(riskFactors: readonly RiskFactorWeight[]): number {
  if (riskFactors.length === 0) return 0;
  let miss = 1;
  for (const factor of riskFactors) {
    const id = factor.id;
    const gravity = id >= 0 && id < GRAVITY.length ? (GRAVITY[id] as number) : 0.5;
    miss = missing(miss, factor.weight * gravity);
  }
  return Math.round(100 * (1 - miss));
}

/** The risk factor number of an indicator id such as "8.8". */
export function riskFactorOf(indicator: string): number {
  return Number.parseInt(indicator, 10);
}
