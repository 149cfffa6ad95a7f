import { describe, expect, it } from "vitest";
import { getCountry } from "./countries.ts";
import { foldTerm } from "./fold-term.ts";
import { PLACE_FLAGS } from "./place-kinds.ts";
import { PLACE_TERMS } from "./place-terms.ts";
import { BY_FOLD, expectCountry, has, only, readings } from "./test-utils.ts";

describe("PLACE_TERMS integrity", () => {
  it("points only at known countries, with weights in 0..1 and known flags", () => {
    for (const t of PLACE_TERMS) {
      expect(getCountry(t.iso2), t.term).toBeDefined();
      expect(t.weight, t.term).toBeGreaterThan(0);
      expect(t.weight, t.term).toBeLessThanOrEqual(1);
      expect(t.flags & ~15, t.term).toBe(0);
      expect(foldTerm(t.term).length, t.term).toBeGreaterThan(0);
    }
  });

  it("has one entry per folded term and country, and flags every shared term as ambiguous", () => {
    for (const [fold, entries] of BY_FOLD) {
      expect(new Set(entries.map((t) => t.iso2)).size, fold).toBe(entries.length);
      if (entries.length > 1) for (const t of entries) expect(has(t, PLACE_FLAGS.AMBIGUOUS), fold).toBe(true);
    }
  });

  it("lists the readings of a term together, the default (strongest) first", () => {
    const seen = new Map<string, number>();
    PLACE_TERMS.forEach((t, index) => {
      const fold = foldTerm(t.term);
      const previous = seen.get(fold);
      if (previous !== undefined) {
        expect(index - previous, fold).toBe(1);
        expect(t.weight, fold).toBeLessThanOrEqual(PLACE_TERMS[previous]?.weight ?? 0);
      }
      seen.set(fold, index);
    });
  });

  it("stays compact enough for the scorer to build fast", () => {
    expect(PLACE_TERMS.length).toBeGreaterThan(10_000);
    expect(PLACE_TERMS.length).toBeLessThan(40_000);
  });
});

describe("hard cases", () => {
  it("tells Niger from Nigeria, names and demonyms alike", () => {
    expectCountry("Niger", "NE", ["country"]);
    expectCountry("Nigeria", "NG", ["country"]);
    expectCountry("Nigerien", "NE", ["demonym"]);
    expectCountry("Nigeriens", "NE", ["demonym"]);
    expectCountry("Nigerian", "NG", ["demonym"]);
    expectCountry("Nigerians", "NG", ["demonym"]);
    expectCountry("Niger Delta", "NG");
    expectCountry("Niger State", "NG");
  });

  it("tells Sudan from South Sudan", () => {
    expectCountry("Sudan", "SD", ["country"]);
    expectCountry("South Sudan", "SS", ["country"]);
    expectCountry("Sudanese", "SD", ["demonym"]);
    expectCountry("South Sudanese", "SS", ["demonym"]);
  });

  it("tells the Guineas apart", () => {
    expectCountry("Guinea", "GN", ["country"]);
    expectCountry("Guinea-Bissau", "GW");
    expectCountry("Guinea Bissau", "GW");
    expectCountry("Equatorial Guinea", "GQ");
    expectCountry("Papua New Guinea", "PG");
    expect(has(only("Guinea"), PLACE_FLAGS.CASE_SENSITIVE)).toBe(true);
  });

  it("reads bare Congo as the DRC by default, with the Republic of Congo as the alternative", () => {
    expect(readings("Congo").map((t) => t.iso2)).toEqual(["CD", "CG"]);
    expect(readings("Congolese").map((t) => t.iso2)).toEqual(["CD", "CG"]);
    for (const term of ["DR Congo", "DRC", "Democratic Republic of the Congo", "Congo-Kinshasa", "Zaire"]) {
      expectCountry(term, "CD");
    }
    for (const term of ["Republic of Congo", "Republic of the Congo", "Congo-Brazzaville"])
      expectCountry(term, "CG");
  });

  it("tells Dominica from the Dominican Republic", () => {
    expectCountry("Dominica", "DM", ["country"]);
    expectCountry("Dominican Republic", "DO");
    expect(readings("Dominican")[0]?.iso2).toBe("DO");
  });

  it("flags Georgia, Jordan and Chad as person names, Jordan and Chad also as common words", () => {
    const georgia = only("Georgia");
    expect(georgia.iso2).toBe("GE");
    expect(has(georgia, PLACE_FLAGS.PERSON_NAME)).toBe(true);
    for (const term of ["Jordan", "Chad"]) {
      const found = only(term);
      expect(has(found, PLACE_FLAGS.PERSON_NAME), term).toBe(true);
      expect(has(found, PLACE_FLAGS.CASE_SENSITIVE), term).toBe(true);
    }
    expect(only("Jordan").iso2).toBe("JO");
    expect(only("Chad").iso2).toBe("TD");
  });

  it("knows Turkey and Türkiye, the first only when capitalised", () => {
    expectCountry("Türkiye", "TR");
    expectCountry("Turkiye", "TR");
    expectCountry("Turkey", "TR", ["country"]);
    expect(has(only("Turkey"), PLACE_FLAGS.CASE_SENSITIVE)).toBe(true);
    expect(has(only("Türkiye"), PLACE_FLAGS.CASE_SENSITIVE)).toBe(false);
  });

  it("knows old and new names: Ivory Coast, Burma, Swaziland, East Timor, Macedonia", () => {
    for (const [term, iso2] of [
      ["Côte d'Ivoire", "CI"],
      ["Cote d'Ivoire", "CI"],
      ["Ivory Coast", "CI"],
      ["Ivorian", "CI"],
      ["Myanmar", "MM"],
      ["Burma", "MM"],
      ["Burmese", "MM"],
      ["Eswatini", "SZ"],
      ["eSwatini", "SZ"],
      ["Swaziland", "SZ"],
      ["Swazi", "SZ"],
      ["Timor-Leste", "TL"],
      ["East Timor", "TL"],
      ["Timorese", "TL"],
      ["North Macedonia", "MK"],
      ["Macedonia", "MK"],
      ["FYROM", "MK"],
    ] as const) {
      expectCountry(term, iso2);
    }
  });

  it("maps Gaza, the West Bank and Palestinian places to Palestine", () => {
    for (const term of ["Gaza", "Gaza Strip", "Gaza City", "West Bank", "Palestine", "State of Palestine"]) {
      expectCountry(term, "PS");
    }
    for (const term of [
      "Palestinian territories",
      "occupied Palestinian territory",
      "Khan Younis",
      "Jenin",
    ]) {
      expectCountry(term, "PS");
    }
    expectCountry("Palestinian", "PS", ["demonym"]);
    expect(readings("Rafah")[0]?.iso2).toBe("PS");
  });

  it("flags capitals that stand for governments as metonyms", () => {
    for (const [term, iso2] of [
      ["Washington", "US"],
      ["Paris", "FR"],
      ["Moscow", "RU"],
      ["Beijing", "CN"],
      ["London", "GB"],
      ["Brussels", "BE"],
      ["Kremlin", "RU"],
      ["White House", "US"],
    ] as const) {
      const found = only(term);
      expect(found.iso2, term).toBe(iso2);
      expect(has(found, PLACE_FLAGS.METONYM), term).toBe(true);
    }
    expect(has(only("Kinshasa"), PLACE_FLAGS.METONYM)).toBe(false);
  });

  it("handles the United States' short forms, the pronoun-like one only in capitals", () => {
    for (const term of ["US", "U.S.", "USA", "United States"]) expectCountry(term, "US");
    expect(has(only("US"), PLACE_FLAGS.CASE_SENSITIVE)).toBe(true);
    for (const term of ["UK", "Britain", "Great Britain"]) expectCountry(term, "GB");
  });

  it("has Spanish and French names and demonyms", () => {
    for (const [term, iso2] of [
      ["Costa de Marfil", "CI"],
      ["Siria", "SY"],
      ["Tchad", "TD"],
      ["République centrafricaine", "CF"],
      ["Estados Unidos", "US"],
      ["sirios", "SY"],
      ["nigeriana", "NG"],
      ["nigerino", "NE"],
      ["Maliens", "ML"],
    ] as const) {
      expectCountry(term, iso2);
    }
  });
});
