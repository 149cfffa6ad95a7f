import { describe, expect, it } from "vitest";
import { COMMON_WORD_KINDS } from "../scripts/build/common-word-filter.ts";
import { loadEnglishWords, loadStopwords } from "../scripts/build/sources.ts";
import {
  GENERIC_PLACE_WORDS,
  isGenericName,
  ROMANCE_COMMON_WORDS,
  UNFLAGGED_COMMON_NAMES,
} from "../scripts/overrides/common-words.ts";
import { foldTerm } from "./fold-term.ts";
import { PLACE_FLAGS, type PlaceTerm } from "./place-kinds.ts";
import { PLACE_TERMS } from "./place-terms.ts";
import { expectCountry, has, readings } from "./test-utils.ts";

// Place terms that fired on ordinary words in real headlines: "Norte" (Guinea-Bissau) on
// "Agusan del Norte", "Príncipe" (São Tomé) on "Ilha do Príncipe", "Praia" (Cabo Verde) on
// "Praia do Futuro", all in other countries.

const STOPWORDS = new Set(loadStopwords().map(foldTerm));
const ENGLISH_WORDS = loadEnglishWords();

/** Places (not countries, peoples or groups) whose whole name is one of the given words, without the flag. */
function unflaggedPlacesNamed(words: ReadonlySet<string>): string[] {
  return PLACE_TERMS.filter((t: PlaceTerm) => COMMON_WORD_KINDS.has(t.kind))
    .filter((t) => !has(t, PLACE_FLAGS.CASE_SENSITIVE))
    .map((t) => ({ t, fold: foldTerm(t.term) }))
    .filter(({ fold }) => words.has(fold) && !UNFLAGGED_COMMON_NAMES.has(fold))
    .map(({ t }) => `${t.term} (${t.iso2} ${t.kind})`);
}

describe("place terms and common words", () => {
  it("has no term made only of directions and generic geography", () => {
    const generic = PLACE_TERMS.filter((t) => isGenericName(foldTerm(t.term), STOPWORDS));
    expect(generic.map((t) => `${t.term} (${t.iso2})`)).toEqual([]);
  });

  it("never reads a direction or a generic region word as a place, in any of the four languages", () => {
    for (const term of [
      "Norte",
      "Sul",
      "Sur",
      "Nord",
      "Sud",
      "Est",
      "Este",
      "Oeste",
      "Ouest",
      "Leste",
      "Centre",
      "Centro",
      "Central",
      "Centrale",
      "Capital",
      "Interior",
      "Litoral",
      "Littoral",
      "Coast",
      "Islands",
      "Plateau",
      "Delta",
      "Praia",
      "Príncipe",
      "Porto",
      "Cabo",
      "Lagunes",
      "Savanes",
      "Extreme North",
      "North-West Region",
      "Central Region",
      "Upper East",
    ]) {
      expect(readings(term), term).toEqual([]);
    }
  });

  it("drops places named by ordinary Portuguese, Spanish and French words", () => {
    // May, wood, Christmas, campaign, resistance, massacres, meeting; "Gana" is also "wins".
    for (const term of [
      "Maio",
      "Madeira",
      "Natal",
      "Campaña",
      "Resistencia",
      "Matanzas",
      "Gana",
      "Reunião",
    ]) {
      expect(readings(term), term).toEqual([]);
    }
    // Too many readings (Australia's state, Lake Victoria, people), none of them the default.
    expect(readings("Victoria")).toEqual([]);
  });

  it("keeps the specific forms and the big places, the latter only capitalised", () => {
    for (const [term, iso2] of [
      ["Plateau State", "NG"],
      ["Imo State", "NG"],
      ["Delta State", "NG"],
      ["Lagos", "NG"],
      ["Port-au-Prince", "HT"],
      ["Port Said", "EG"],
      ["Porto-Novo", "BJ"],
      ["Rio Grande do Sul", "BR"],
      ["Agusan del Norte", "PH"],
      ["São Tomé and Príncipe", "ST"],
      ["Cidade da Praia", "CV"],
      ["França", "FR"],
    ] as const) {
      expectCountry(term, iso2);
    }
    expect(has(readings("Plateau State")[0] as PlaceTerm, PLACE_FLAGS.CASE_SENSITIVE)).toBe(false);
    for (const term of ["Recife", "Bahia", "Salvador", "Asunción", "Far North Region"]) {
      expect(has(readings(term)[0] as PlaceTerm, PLACE_FLAGS.CASE_SENSITIVE), term).toBe(true);
    }
    // "Imo" would read the International Maritime Organization (IMO) as Nigeria's Imo State.
    for (const t of readings("Imo")) expect(has(t, PLACE_FLAGS.CASE_SENSITIVE), t.term).toBe(true);
  });

  it("flags every place named by a generic, common pt/es/fr word or a stopword as case-sensitive", () => {
    const words = new Set([...GENERIC_PLACE_WORDS, ...ROMANCE_COMMON_WORDS, ...STOPWORDS]);
    expect(unflaggedPlacesNamed(words)).toEqual([]);
  });

  it.skipIf(ENGLISH_WORDS === undefined)(
    "flags every place named by a lower-case English word (wamerican) as case-sensitive",
    () => {
      expect(unflaggedPlacesNamed(ENGLISH_WORDS ?? new Set())).toEqual([]);
    },
  );
});
