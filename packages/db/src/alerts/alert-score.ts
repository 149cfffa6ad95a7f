import { FACTOR_GRAVITY, noisyOr, round3, type TextScore } from "@vigil/scoring";
import { getIndicator } from "@vigil/taxonomy";
import type { AlertSeverity } from "../schemas/alert.ts";

/**
 * Weight of an indicator the reporter chose themself, when the scorer did not find it stronger in the
 * text: a person on the ground naming the sign counts like a clear lexicon match (docs/SCORING.md).
 */
export const REPORTER_INDICATOR_WEIGHT = 0.6;

/** The least item severity (0–100) a reporter's own judgement sets; the scorer's can only raise it. */
export const SEVERITY_FLOOR: Record<AlertSeverity, number> = { low: 20, medium: 45, high: 70, critical: 90 };

/** Longest alert headline; the rest of the description follows as the item's text. */
export const ALERT_TITLE_LENGTH = 160;

/**
 * Splits a description into the item's title (the first sentence, at most ALERT_TITLE_LENGTH characters,
 * cut at a word) and text (the rest), so the scorer's evidence offsets point into one or the other.
 */
export function alertTitleAndText(description: string): { title: string; text: string } {
  const trimmed = description.trim();
  const sentenceEnd = /[.!?…](\s|$)|\n/.exec(trimmed);
  let cut = sentenceEnd ? sentenceEnd.index + 1 : trimmed.length;
  if (cut > ALERT_TITLE_LENGTH) {
    const space = trimmed.lastIndexOf(" ", ALERT_TITLE_LENGTH);
    cut = space > ALERT_TITLE_LENGTH / 2 ? space : ALERT_TITLE_LENGTH;
  }
  return { title: trimmed.slice(0, cut).trim(), text: trimmed.slice(cut).trim() };
}

/** Options for alertScore. */
export interface AlertScoreOptions {
  /** The country the reporter chose: the only one the alert is about, with full confidence. */
  country: string;
  indicators: readonly string[];
  severity: AlertSeverity;
}

/**
 * An alert's stored score: the scorer's signals for the description, each of the reporter's chosen
 * indicators at least REPORTER_INDICATOR_WEIGHT, risk factors recombined (noisy-or, as the scorer does),
 * the reporter's country instead of the scorer's guesses (no place evidence is kept, so no place named
 * in the text travels into evidence lists), and severity recomputed from the
 * merged factors and at least the reporter's floor.
 */
export function alertScore(score: TextScore, options: AlertScoreOptions): TextScore {
  const signals = new Map(score.signals.map((signal) => [signal.indicator, { ...signal }]));
  for (const id of options.indicators) {
    const indicator = getIndicator(id);
    if (!indicator) continue;
    const found = signals.get(id);
    if (found) found.weight = Math.max(found.weight, REPORTER_INDICATOR_WEIGHT);
    else
      signals.set(id, {
        indicator: id,
        riskFactor: indicator.riskFactor,
        weight: REPORTER_INDICATOR_WEIGHT,
        evidence: [],
      });
  }
  const byFactor = new Map<number, number[]>();
  for (const signal of signals.values()) {
    byFactor.set(signal.riskFactor, [...(byFactor.get(signal.riskFactor) ?? []), signal.weight]);
  }
  const riskFactors = [...byFactor]
    .map(([id, weights]) => ({ id, weight: round3(noisyOr(weights)) }))
    .sort((a, b) => b.weight - a.weight || a.id - b.id);
  // As the scorer's severityOf: noisy-or of factor weights scaled by gravity.
  const severity = Math.round(
    100 * noisyOr(riskFactors.map((factor) => factor.weight * (FACTOR_GRAVITY[factor.id] ?? 0.5))),
  );
  return {
    ...score,
    countries: [{ iso2: options.country, confidence: 1, evidence: [] }],
    signals: [...signals.values()].sort((a, b) => b.weight - a.weight),
    riskFactors,
    severity: Math.max(severity, SEVERITY_FLOOR[options.severity]),
  };
}
