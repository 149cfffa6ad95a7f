import { foldTerm } from "../../src/fold-term.ts";
import type { PlaceKind } from "../../src/place-kinds.ts";

/**
 * Where a candidate comes from, strongest claim first: a hand-written override, an English
 * country name, a foreign-language or native name, a demonym, or a place (capital, region, city).
 */
export type CandidateSource = "hand" | "name" | "foreign" | "demonym" | "place";

/** A place term before collisions between countries are resolved. */
export interface Candidate {
  term: string;
  fold: string;
  iso2: string;
  kind: PlaceKind;
  weight: number;
  flags: number;
  source: CandidateSource;
  /** For places: population, or a nominal size for regions; decides collisions. */
  prominence: number;
  /** False for small towns that only compete for a name, never emitted themselves. */
  isEmitted: boolean;
}

/** The fields a caller must give; the rest get defaults. */
export type CandidateOptions = Pick<Candidate, "term" | "iso2" | "kind" | "weight" | "source"> &
  Partial<Pick<Candidate, "flags" | "prominence" | "isEmitted">>;

/** Makes a candidate, folding its term. */
export function candidate(options: CandidateOptions): Candidate {
  return {
    flags: 0,
    prominence: 0,
    isEmitted: true,
    ...options,
    term: options.term.trim(),
    fold: foldTerm(options.term),
  };
}

// Apostrophes that wire copy often drops ("Sanaa" for "Sana'a", "Ndjamena" for "N'Djamena").
const APOSTROPHES = /['’‘ʼʻ`´]/g;
const HAS_APOSTROPHE = /['’‘ʼʻ`´]/;

/** Adds a variant without apostrophes for every candidate that has one. */
export function withApostropheVariants(candidates: readonly Candidate[]): Candidate[] {
  const variants = candidates
    .filter((c) => HAS_APOSTROPHE.test(c.term))
    .map((c) => candidate({ ...c, term: c.term.replace(APOSTROPHES, "") }));
  return [...candidates, ...variants];
}

/** Whether a string is written in Latin script (plus digits, spaces and punctuation). */
export function isLatinScript(text: string): boolean {
  return /^[\p{Script=Latin}\p{N}\p{P}\p{Zs}]+$/u.test(text);
}
