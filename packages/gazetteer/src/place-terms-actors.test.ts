import { describe, expect, it } from "vitest";
import { PLACE_FLAGS, type PlaceTerm } from "./place-kinds.ts";
import { expectCountry, has, only, readings } from "./test-utils.ts";

describe("armed actors and missions", () => {
  it("has armed actors with moderate weights", () => {
    for (const [term, iso2] of [
      ["Taliban", "AF"],
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

  it("has UN and African Union missions at the weight of a strong actor", () => {
    for (const [term, iso2] of [
      ["MONUSCO", "CD"],
      ["UNSMIL", "LY"],
      ["UNMISS", "SS"],
      ["MINUSMA", "ML"],
      ["MINUSCA", "CF"],
      ["UNAMA", "AF"],
      ["UNAMI", "IQ"],
      ["UNIFIL", "LB"],
      ["UNMIK", "XK"],
      ["ATMIS", "SO"],
      ["UNAMID", "SD"],
      ["UNFICYP", "CY"],
      ["MINURSO", "EH"],
      ["UNMHA", "YE"],
      ["BINUH", "HT"],
      ["UNMIL", "LR"],
      ["UNOCI", "CI"],
      ["MINUSTAH", "HT"],
      ["UNAMSIL", "SL"],
    ] as const) {
      const found = only(term);
      expect([found.iso2, found.kind], term).toEqual([iso2, "actor"]);
      expect(found.weight, term).toBeGreaterThanOrEqual(0.75);
    }
    expect(readings("UNISFA").map((t) => t.iso2)).toEqual(["SD", "SS"]);
    expect(readings("UNDOF").map((t) => t.iso2)).toEqual(["SY", "IL"]);
  });

  it("reads groups that fight in several countries as ambiguous, defaulting to their main theatre", () => {
    for (const [term, iso2, others] of [
      ["ISIS", "SY", ["IQ"]],
      ["Daesh", "SY", ["IQ"]],
      ["Islamic State", "SY", ["IQ"]],
      ["Boko Haram", "NG", ["CM", "NE", "TD"]],
      ["ISWAP", "NG", ["CM", "NE", "TD"]],
      ["ISGS", "ML", ["NE", "BF"]],
      ["Asayish", "SY", ["IQ"]],
    ] as const) {
      const found = readings(term);
      expect(found[0]?.iso2, term).toBe(iso2);
      expect(
        found
          .map((t) => t.iso2)
          .slice(1)
          .sort(),
        term,
      ).toEqual([...others].sort());
      for (const t of found) expect(has(t, PLACE_FLAGS.AMBIGUOUS), term).toBe(true);
      expect(found[0]?.weight, term).toBeLessThanOrEqual(0.8);
    }
    // Longer names of a branch win over "ISIS" and "Islamic State".
    expectCountry("ISIS-K", "AF");
    expectCountry("Islamic State Khorasan Province", "AF");
  });

  it("counts acronyms that are words or other bodies' names only in capitals", () => {
    for (const [term, iso2] of [
      ["NPA", "PH"],
      ["MILF", "PH"],
      ["BIFF", "PH"],
      ["JAS", "NG"],
      ["IS-K", "AF"],
      ["LoC", "IN"],
      ["J&K", "IN"],
      ["Pak", "PK"],
    ] as const) {
      const found = readings(term)[0] as PlaceTerm;
      expect(found.iso2, term).toBe(iso2);
      expect(has(found, PLACE_FLAGS.CASE_SENSITIVE), term).toBe(true);
    }
    expect(readings("JeM")).toEqual([]);
  });
});
