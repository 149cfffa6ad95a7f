import type { PlaceKind } from "@vigil/gazetteer";

/** The public shapes of a scored text. They travel into the database, the API and exports. */

/** Which part of the input a span points into. */
export type TextField = "title" | "text";

/** A character span of the input, `end` exclusive, with the original characters. */
export interface EvidenceSpan {
  field: TextField;
  start: number;
  end: number;
  text: string;
}

/** How a place term ties a text to a country: the gazetteer's kinds. */
export type { PlaceKind };

/** One place mention counted for a country. */
export interface PlaceEvidence extends EvidenceSpan {
  /** The gazetteer term that matched, as the gazetteer writes it ("Côte d'Ivoire" for "COTE D'IVOIRE"). */
  term: string;
  kind: PlaceKind;
  /** The weight this mention contributed after context rules (metonymy, ambiguity, case). */
  weight: number;
}

/** A country the text is about, with a confidence in [0, 1]. */
export interface CountryHit {
  iso2: string;
  confidence: number;
  evidence: PlaceEvidence[];
}

/** Why a signal's weight was lowered. */
export type SignalModifier = "hedged";

/** One lexicon phrase found in the text. */
export interface SignalEvidence extends EvidenceSpan {
  /** The lexicon phrase that matched. */
  term: string;
  lang: string;
  /** The phrase weight after modifiers; negative for a mitigating phrase. */
  weight: number;
  modifiers: SignalModifier[];
}

/** An indicator of the Framework of Analysis the text shows, with its combined weight in [0, 1]. */
export interface IndicatorSignal {
  indicator: string;
  riskFactor: number;
  weight: number;
  evidence: SignalEvidence[];
}

/** A risk factor's combined weight in [0, 1]. */
export interface RiskFactorWeight {
  id: number;
  weight: number;
}

/** A signal the scorer saw and set aside, kept so explanations can say why. */
export interface SuppressedSignal extends EvidenceSpan {
  term: string;
  indicator: string;
  reason: "negated" | "non-event" | "excluded";
}

/** Everything `scoreText` finds in one text. */
export interface TextScore {
  lang: string;
  countries: CountryHit[];
  signals: IndicatorSignal[];
  riskFactors: RiskFactorWeight[];
  suppressed: SuppressedSignal[];
  /** 0–100: how grave the signals are, independent of the country. */
  severity: number;
  /** The scoring version; stored beside every score so snapshots can be reproduced. */
  version: string;
}

/**
 * The part of a TextScore that `vigil score` prints. A TextScore is one; `Scorer.scoreSummary` answers one
 * whose evidence spans may carry more fields than EvidenceSpan, which readers of a summary ignore.
 */
export interface ScoreSummary {
  countries: readonly { iso2: string; confidence: number }[];
  signals: readonly { indicator: string; weight: number; evidence: readonly EvidenceSpan[] }[];
  riskFactors: readonly RiskFactorWeight[];
  severity: number;
}
