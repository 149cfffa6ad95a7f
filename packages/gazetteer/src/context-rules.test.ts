import { describe, expect, it } from "vitest";
import { CONTEXT_RULES } from "./context-rules.ts";
import { getCountry } from "./countries.ts";
import { foldTerm } from "./fold-term.ts";
import { PLACE_TERMS } from "./place-terms.ts";

// The scorer keys rules by the place term's surface form, lower-cased, and its country.
const READINGS = new Set(PLACE_TERMS.map((t) => `${t.term.toLowerCase()}|${t.iso2}`));

describe("CONTEXT_RULES", () => {
  it("only re-reads terms the gazetteer has, towards known countries", () => {
    for (const rule of CONTEXT_RULES) {
      expect(READINGS.has(`${rule.term.toLowerCase()}|${rule.iso2}`), `${rule.term} ${rule.iso2}`).toBe(true);
      if (rule.thenIso2 !== null) expect(getCountry(rule.thenIso2), rule.thenIso2).toBeDefined();
      expect(rule.whenAnyOf.length, rule.term).toBeGreaterThan(0);
      for (const phrase of rule.whenAnyOf) expect(foldTerm(phrase).length, rule.term).toBeGreaterThan(0);
    }
  });

  it("sends Georgia to the United States when the text is about the US state", () => {
    const georgia = CONTEXT_RULES.find((r) => r.term === "Georgia" && r.iso2 === "GE");
    expect(georgia?.thenIso2).toBe("US");
    expect(georgia?.whenAnyOf).toEqual(
      expect.arrayContaining(["Atlanta", "Savannah", "Kemp", "county", "Peach State"]),
    );
  });

  it("drops Jordan the basketball player and Turkey the bird, but keeps the Jordan River", () => {
    const jordan = CONTEXT_RULES.find((r) => r.term === "Jordan");
    expect(jordan?.thenIso2).toBeNull();
    expect(jordan?.whenAnyOf).toEqual(expect.arrayContaining(["Michael Jordan", "NBA", "Air Jordan"]));
    expect(jordan?.whenAnyOf).not.toContain("Jordan River");
    expect(CONTEXT_RULES.find((r) => r.term === "Turkey")?.whenAnyOf).toContain("Thanksgiving");
  });

  it("reads Congo as the Republic of Congo when Brazzaville is mentioned", () => {
    expect(CONTEXT_RULES.find((r) => r.term === "Congo")).toMatchObject({ iso2: "CD", thenIso2: "CG" });
  });
});
