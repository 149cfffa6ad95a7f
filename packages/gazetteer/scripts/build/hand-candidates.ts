import { PLACE_FLAGS } from "../../src/place-kinds.ts";
import { ACTORS } from "../overrides/actors.ts";
import { AMBIGUOUS_TERMS } from "../overrides/ambiguous.ts";
import { COUNTRY_ALIASES } from "../overrides/country-aliases.ts";
import { EXTRA_DEMONYMS } from "../overrides/demonyms.ts";
import type { HandTerm } from "../overrides/hand-terms.ts";
import { SUBNATIONAL } from "../overrides/subnational.ts";
import { type Candidate, candidate } from "./candidate.ts";
import { englishPlural } from "./name-candidates.ts";

function fromHand(term: HandTerm): Candidate {
  return candidate({ ...term, source: "hand" });
}

/** Every hand-written override as a candidate that wins its folded term outright. */
export function handCandidates(): Candidate[] {
  const demonyms = EXTRA_DEMONYMS.flatMap((term) => {
    const plural = englishPlural(term.term);
    return plural ? [term, { ...term, term: plural }] : [term];
  });
  const ambiguous = AMBIGUOUS_TERMS.flatMap((spec) =>
    spec.terms.flatMap((term) =>
      spec.readings.map(([iso2, weight]) =>
        candidate({ term, iso2, kind: spec.kind, weight, flags: PLACE_FLAGS.AMBIGUOUS, source: "hand" }),
      ),
    ),
  );
  return [...[...COUNTRY_ALIASES, ...demonyms, ...ACTORS, ...SUBNATIONAL].map(fromHand), ...ambiguous];
}
