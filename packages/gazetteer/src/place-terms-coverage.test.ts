import { describe, expect, it } from "vitest";
import { PLACE_FLAGS, type PlaceTerm } from "./place-kinds.ts";
import { PLACE_TERMS } from "./place-terms.ts";
import { expectCountry, has, only, readings } from "./test-utils.ts";

describe("places, regions and actors", () => {
  it("has conflict areas under their usual spellings", () => {
    for (const [term, iso2] of [
      ["Darfur", "SD"],
      ["El Fasher", "SD"],
      ["Tigray", "ET"],
      ["Donbas", "UA"],
      ["Crimea", "UA"],
      ["Idlib", "SY"],
      ["Raqqa", "SY"],
      ["Ar-Raqqah", "SY"],
      ["Deir ez-Zor", "SY"],
      ["North Kivu", "CD"],
      ["Ituri", "CD"],
      ["Borno", "NG"],
      ["Cabo Delgado", "MZ"],
      ["Rakhine", "MM"],
      ["Hodeidah", "YE"],
      ["Marib", "YE"],
      ["Sanaa", "YE"],
      ["Kandahar", "AF"],
      ["Sinjar", "IQ"],
      ["Timbuktu", "ML"],
    ] as const) {
      expectCountry(term, iso2);
    }
    expect(readings("Nagorno-Karabakh")[0]?.iso2).toBe("AZ");
    expect(
      readings("Kashmir")
        .map((t) => t.iso2)
        .sort(),
    ).toEqual(["IN", "PK"]);
    expect(readings("Sahel")).toEqual([]);
  });

  it("has first-level regions bare and with their unit word", () => {
    expectCountry("Nangarhar", "AF", ["admin1", "subnational"]);
    expectCountry("Nangarhar Province", "AF", ["admin1"]);
    expectCountry("Plateau State", "NG", ["admin1", "subnational"]);
    expect(readings("Plateau")).toEqual([]);
    expect(readings("Central")).toEqual([]);
  });

  it("resolves names shared by countries: Tripoli, Hyderabad, and the US state of Georgia", () => {
    expect(readings("Tripoli").map((t) => t.iso2)).toEqual(["LY", "LB"]);
    expect(readings("Hyderabad").map((t) => t.iso2)).toEqual(["IN", "PK"]);
    expect(readings("Georgia").map((t) => t.iso2)).toEqual(["GE"]);
    expect(readings("Lebanon").map((t) => t.iso2)).toEqual(["LB"]);
  });

  it("has armed actors with moderate weights", () => {
    for (const [term, iso2] of [
      ["Taliban", "AF"],
      ["Boko Haram", "NG"],
      ["ISWAP", "NG"],
      ["al-Shabaab", "SO"],
      ["M23", "CD"],
      ["Houthis", "YE"],
      ["Hezbollah", "LB"],
      ["Hamas", "PS"],
      ["Rapid Support Forces", "SD"],
      ["Janjaweed", "SD"],
      ["Tatmadaw", "MM"],
      ["Arakan Army", "MM"],
      ["TPLF", "ET"],
      ["Hayat Tahrir al-Sham", "SY"],
      ["Syrian Democratic Forces", "SY"],
    ] as const) {
      const found = only(term);
      expect(found.iso2, term).toBe(iso2);
      expect(found.weight, term).toBeGreaterThanOrEqual(0.6);
      expect(found.weight, term).toBeLessThanOrEqual(0.8);
    }
    expect(readings("RSF")[0]?.iso2).toBe("SD");
    expect(has(only("ELN"), PLACE_FLAGS.CASE_SENSITIVE)).toBe(true);
  });

  it("drops everyday words and people's first names that happen to name towns", () => {
    for (const term of ["Most", "Man", "Wedding", "Island", "David", "Paul", "Vladimir", "Jewish", "Union"]) {
      expect(readings(term), term).toEqual([]);
    }
    for (const term of ["Nice", "Split", "Reading", "Mobile"]) {
      expect(has(readings(term)[0] as PlaceTerm, PLACE_FLAGS.CASE_SENSITIVE), term).toBe(true);
    }
  });

  it("weighs kinds as the contract says", () => {
    expect(only("Nigeria").weight).toBe(1);
    expect(only("Burma").weight).toBe(0.95);
    expect(only("Nigerian").weight).toBe(0.85);
    expect(only("Kinshasa").weight).toBe(0.8);
    const cities = PLACE_TERMS.filter((t) => t.kind === "city" && !has(t, PLACE_FLAGS.AMBIGUOUS));
    for (const city of cities) {
      expect(city.weight, city.term).toBeGreaterThanOrEqual(0.5);
      expect(city.weight, city.term).toBeLessThanOrEqual(0.8);
    }
  });
});
