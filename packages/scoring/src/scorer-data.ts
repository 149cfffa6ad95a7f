import type { PlaceKind } from "./types.ts";

/**
 * The shapes the scorer reads. They mirror @vigil/taxonomy's lexicons and @vigil/gazetteer's place terms
 * structurally, so tests can build small scorers from inline data and the packages stay the only sources.
 */
export interface ScorerLexicon {
  lang: string;
  entries: readonly { phrase: string; indicator: string; weight: number; polarity: 1 | -1 }[];
  cues: readonly {
    phrase: string;
    kind: "negation" | "hedge" | "non-event";
    scope: "before" | "after" | "sentence";
  }[];
  exclusions: readonly string[];
  stopwords: readonly string[];
}

/** A surface form that points at a country. */
export interface ScorerPlaceTerm {
  term: string;
  iso2: string;
  kind: PlaceKind;
  weight: number;
  flags: number;
}

/** Redirects or drops a place term when any of the cue phrases occurs in the same text. */
export interface ScorerContextRule {
  term: string;
  iso2: string;
  whenAnyOf: readonly string[];
  thenIso2: string | null;
}

/** Place flag bits, identical to @vigil/gazetteer's PLACE_FLAGS. */
export const FLAG = {
  CASE_SENSITIVE: 1,
  PERSON_NAME: 2,
  METONYM: 4,
  AMBIGUOUS: 8,
} as const;

/** Everything a scorer is built from. */
export interface ScorerOptions {
  lexicons: readonly ScorerLexicon[];
  places: readonly ScorerPlaceTerm[];
  contextRules: readonly ScorerContextRule[];
  /** Language used when detection finds no stopword; defaults to "en". */
  defaultLang?: string;
}
