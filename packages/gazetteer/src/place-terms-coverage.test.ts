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

  it("has the spellings wire copy uses for conflict places", () => {
    for (const [term, iso2] of [
      ["Nooristan", "AF"],
      ["Nuristan", "AF"],
      ["Hilmand", "AF"],
      ["Paktya", "AF"],
      ["Kafranbel", "SY"],
      ["Kafr Nabl", "SY"],
      ["Jabal al-Akrad", "SY"],
      ["Qameshly", "SY"],
      ["Al-Qamishli", "SY"],
      ["Dayr az-Zawr", "SY"],
      ["Hassakeh", "SY"],
      ["Rakka", "SY"],
      ["Idleb", "SY"],
      ["Sahl al-Ghab", "SY"],
      ["Lugansk", "UA"],
      ["Kupyansk", "UA"],
      ["Maryinka", "UA"],
      ["Zolote", "UA"],
      ["Artemivsk", "UA"],
      ["Kargil", "IN"],
      ["S. Africa", "ZA"],
      ["Pak forces", "PK"],
      ["Kasaï", "CD"],
      ["Fresnillo", "MX"],
      ["Caucaia", "BR"],
    ] as const) {
      expectCountry(term, iso2);
    }
    expect(readings("Line of Control").map((t) => t.iso2)).toEqual(["IN", "PK"]);
    // "U.S. Africa Command" must hide the "S. Africa" inside it.
    expectCountry("U.S. Africa Command", "US");
  });

  it("reads ethnic-group and territory phrases as their country, not the kin state", () => {
    for (const [term, iso2] of [
      ["Kosovo Albanian", "XK"],
      ["Kosovo Albanians", "XK"],
      ["Kosovo Serbs", "XK"],
      ["Bosnian Serbs", "BA"],
      ["Bosnian Croat", "BA"],
      ["Palestinian Authority", "PS"],
      ["occupied Palestinian territory", "PS"],
      ["Occupied Territories", "PS"],
    ] as const) {
      expectCountry(term, iso2);
    }
    expect(has(only("Occupied Territories"), PLACE_FLAGS.CASE_SENSITIVE)).toBe(true);
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
