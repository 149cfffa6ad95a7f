import { round3 } from "./combine.ts";
import type { SignalMatch } from "./signal-detector.ts";
import type { EvidenceSpan, SignalEvidence } from "./types.ts";

// The two kinds of evidence combineSignals can make of a match: scoreText keeps every detail of each
// phrase; scoreSummary, which `vigil score` prints, reads only spans and makes no object per match.

/** A match as the evidence a TextScore keeps. */
export function signalEvidence(match: SignalMatch, lang: string): SignalEvidence {
  return {
    field: match.field,
    start: match.start,
    end: match.end,
    text: match.text,
    term: match.entry.phrase,
    lang,
    weight: round3(match.weight),
    modifiers: match.isHedged ? ["hedged"] : [],
  };
}

/** A match as a summary's evidence: the match itself, whose span is all a summary reads. */
export function matchSpan(match: SignalMatch): EvidenceSpan {
  return match;
}
