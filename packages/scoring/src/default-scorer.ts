// The gazetteer's own entries for the two tables, not its index: the index loads topojson-client for the
// borders, and loading that CommonJS module leaves V8 checking every typed-array read of the scorer for a
// detached buffer (a few percent of scoring time).
import { CONTEXT_RULES } from "@vigil/gazetteer/context-rules";
import { PLACE_TERMS } from "@vigil/gazetteer/place-terms";
import { loadLexicons } from "@vigil/taxonomy/lexicons";
import { createScorer, type Scorer } from "./score-text.ts";

let defaultScorer: Scorer | undefined;

/** The scorer built from the shipped lexicons and gazetteer, built on first use and then shared. */
export function getDefaultScorer(): Scorer {
  defaultScorer ??= createScorer({
    lexicons: loadLexicons(),
    places: PLACE_TERMS,
    contextRules: CONTEXT_RULES,
  });
  return defaultScorer;
}
