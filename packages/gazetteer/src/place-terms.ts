import placeFile from "../data/places.json" with { type: "json" };
import { PLACE_KINDS, type PlaceTerm } from "./place-kinds.ts";

/**
 * Every place term: country names and aliases in English, French, Spanish, German and
 * Portuguese, demonyms, capitals, cities, first-level regions, conflict areas and armed actors.
 * A folded term has one entry per country; ambiguous ones carry `PLACE_FLAGS.AMBIGUOUS`, and
 * the entry with the highest weight is the default reading.
 */
export const PLACE_TERMS: readonly PlaceTerm[] = placeFile.terms.map((row) => {
  // Rows are "term<TAB>iso2<TAB>kind index<TAB>weight<TAB>flags" (see scripts/build-data.ts).
  const [term = "", iso2 = "", kind = "", weight = "", flags = ""] = row.split("\t");
  return {
    term,
    iso2,
    kind: PLACE_KINDS[Number(kind)] ?? "alias",
    weight: Number(weight),
    flags: Number(flags),
  };
});
