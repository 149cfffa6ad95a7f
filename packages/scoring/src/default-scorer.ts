import { CONTEXT_RULES, PLACE_TERMS } from "@vigil/gazetteer";
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
