import { expect } from "vitest";
import { foldTerm } from "./fold-term.ts";
import type { PlaceKind, PlaceTerm } from "./place-kinds.ts";
import { PLACE_TERMS } from "./place-terms.ts";

// Lookups shared by the place-term tests: entries by folded term, as the scorer will see them.

export const BY_FOLD = new Map<string, PlaceTerm[]>();
for (const t of PLACE_TERMS) BY_FOLD.set(foldTerm(t.term), [...(BY_FOLD.get(foldTerm(t.term)) ?? []), t]);

/** The entries for a term, highest weight (the default reading) first. */
export function readings(term: string): PlaceTerm[] {
  return [...(BY_FOLD.get(foldTerm(term)) ?? [])].sort((a, b) => b.weight - a.weight);
}

/** The only reading of an unambiguous term. */
export function only(term: string): PlaceTerm {
  const found = readings(term);
  expect(
    found.map((t) => t.iso2),
    term,
  ).toHaveLength(1);
  return found[0] as PlaceTerm;
}

export function expectCountry(term: string, iso2: string, kinds?: readonly PlaceKind[]): void {
  const found = only(term);
  expect(found.iso2, term).toBe(iso2);
  if (kinds) expect(kinds, term).toContain(found.kind);
}

export const has = (t: PlaceTerm, flag: number) => (t.flags & flag) !== 0;
