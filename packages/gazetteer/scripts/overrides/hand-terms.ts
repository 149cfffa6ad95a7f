import type { PlaceKind } from "../../src/place-kinds.ts";

/** One hand-written place term before the build merges it with the generated ones. */
export interface HandTerm {
  term: string;
  iso2: string;
  kind: PlaceKind;
  weight: number;
  flags: number;
}

/** A folded term that names places in several countries, with a weight per reading (highest = default). */
export interface AmbiguousSpec {
  kind: PlaceKind;
  terms: readonly string[];
  readings: readonly (readonly [iso2: string, weight: number])[];
}

/** Expands `"a|b|c"` into hand terms that share a country, kind, weight and flags. */
export function handTerms(
  iso2: string,
  kind: PlaceKind,
  weight: number,
  list: string,
  flags = 0,
): HandTerm[] {
  return list
    .split("|")
    .map((term) => term.trim())
    .filter((term) => term.length > 0)
    .map((term) => ({ term, iso2, kind, weight, flags }));
}

/** Builds an ambiguity spec from `"a|b"` and `[iso2, weight]` readings. */
export function ambiguous(
  kind: PlaceKind,
  list: string,
  ...readings: (readonly [string, number])[]
): AmbiguousSpec {
  return { kind, terms: list.split("|").map((term) => term.trim()), readings };
}
