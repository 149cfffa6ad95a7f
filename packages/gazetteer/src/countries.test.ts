import { describe, expect, it } from "vitest";
import { COUNTRIES, countriesInRegion, getCountry } from "./countries.ts";
import { REGIONS } from "./regions.ts";

// UN M49 sub-region names (unstats.un.org/unsd/methodology/m49), plus Antarctica.
const M49_SUBREGIONS = new Set([
  "Northern Africa",
  "Eastern Africa",
  "Middle Africa",
  "Southern Africa",
  "Western Africa",
  "Caribbean",
  "Central America",
  "South America",
  "Northern America",
  "Central Asia",
  "Eastern Asia",
  "South-eastern Asia",
  "Southern Asia",
  "Western Asia",
  "Eastern Europe",
  "Northern Europe",
  "Southern Europe",
  "Western Europe",
  "Australia and New Zealand",
  "Melanesia",
  "Micronesia",
  "Polynesia",
  "Antarctica",
]);

describe("COUNTRIES", () => {
  it("covers every ISO 3166-1 entry plus Kosovo, once each", () => {
    expect(COUNTRIES.length).toBeGreaterThanOrEqual(250);
    expect(new Set(COUNTRIES.map((c) => c.iso2)).size).toBe(COUNTRIES.length);
    expect(new Set(COUNTRIES.map((c) => c.iso3)).size).toBe(COUNTRIES.length);
  });

  it("has Kosovo with user-assigned codes and no numeric code, and Palestine as PS", () => {
    expect(getCountry("XK")).toMatchObject({ iso3: "XKX", numeric: null, name: "Kosovo", region: "europe" });
    expect(getCountry("PS")).toMatchObject({
      iso3: "PSE",
      numeric: "275",
      name: "Palestine",
      region: "mena",
    });
  });

  it("gives every country a region, an M49 sub-region and a position", () => {
    const regionIds = new Set(REGIONS.map((r) => r.id));
    for (const country of COUNTRIES) {
      expect(regionIds.has(country.region), country.iso2).toBe(true);
      expect(M49_SUBREGIONS.has(country.subregion), `${country.iso2} ${country.subregion}`).toBe(true);
      expect(Math.abs(country.latlng[0]), country.iso2).toBeLessThanOrEqual(90);
      expect(Math.abs(country.latlng[1]), country.iso2).toBeLessThanOrEqual(180);
    }
  });

  it("uses the names users expect", () => {
    const names = ["CI", "TR", "MM", "SZ", "TL", "MK", "PS", "CD", "CG"].map(
      (code) => getCountry(code)?.name,
    );
    expect(names).toEqual([
      "Côte d'Ivoire",
      "Türkiye",
      "Myanmar",
      "Eswatini",
      "Timor-Leste",
      "North Macedonia",
      "Palestine",
      "Democratic Republic of the Congo",
      "Republic of the Congo",
    ]);
  });

  it("uses M49 sub-regions where world-countries differs", () => {
    expect(getCountry("SS")?.subregion).toBe("Eastern Africa");
    expect(getCountry("MX")?.subregion).toBe("Central America");
    expect(getCountry("US")?.subregion).toBe("Northern America");
    expect(getCountry("PL")?.subregion).toBe("Eastern Europe");
    expect(getCountry("VN")?.subregion).toBe("South-eastern Asia");
  });

  it("finds countries case-insensitively and rejects unknown codes", () => {
    expect(getCountry("ng")?.name).toBe("Nigeria");
    expect(getCountry("ZZ")).toBeUndefined();
  });
});

describe("regions", () => {
  it("has five named, non-empty regions", () => {
    expect(REGIONS.map((r) => r.name)).toEqual([
      "Africa",
      "Americas",
      "Asia-Pacific",
      "Europe",
      "Middle East & North Africa",
    ]);
    for (const region of REGIONS) expect(countriesInRegion(region.id).length, region.id).toBeGreaterThan(10);
  });

  it("draws MENA as decided: Arab League core, Iran, Israel, Palestine, Western Sahara", () => {
    const mena = countriesInRegion("mena").map((c) => c.iso2);
    expect(mena.sort()).toEqual(
      [
        "AE",
        "BH",
        "DZ",
        "EG",
        "EH",
        "IL",
        "IQ",
        "IR",
        "JO",
        "KW",
        "LB",
        "LY",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SY",
        "TN",
        "YE",
      ].sort(),
    );
  });

  it("puts Türkiye, the Caucasus and Central Asia in Europe, and Sudan and Somalia in Africa", () => {
    for (const code of ["TR", "GE", "AM", "AZ", "KZ", "UZ", "CY", "RU"])
      expect(getCountry(code)?.region, code).toBe("europe");
    for (const code of ["SD", "SS", "SO", "DJ", "MR", "KM", "NG", "CD"])
      expect(getCountry(code)?.region, code).toBe("africa");
    for (const code of ["AF", "PK", "IN", "MM", "CN", "AU", "FJ"])
      expect(getCountry(code)?.region, code).toBe("asia-pacific");
    for (const code of ["US", "BR", "HT", "GL"]) expect(getCountry(code)?.region, code).toBe("americas");
  });
});
