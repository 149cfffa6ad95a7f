import { describe, expect, it } from "vitest";
import { largestLongitudeStep } from "./antimeridian.ts";
import { COUNTRIES, getCountry } from "./countries.ts";
import type { Position } from "./geojson.ts";
import { countryCentroid, loadBorders } from "./load-borders.ts";

const borders = loadBorders();
const byIso2 = new Map(borders.features.map((f) => [f.properties.iso2, f]));

function polygonsOf(iso2: string): Position[][][] {
  const geometry = byIso2.get(iso2)?.geometry;
  if (!geometry) throw new Error(`No border feature for '${iso2}'`);
  return geometry.type === "MultiPolygon" ? geometry.coordinates : [geometry.coordinates];
}

function lonRange(iso2: string): [number, number] {
  const lons = polygonsOf(iso2).flatMap((rings) => rings.flatMap((ring) => ring.map(([lon = 0]) => lon)));
  return [Math.min(...lons), Math.max(...lons)];
}

describe("loadBorders", () => {
  it("has one feature per known country, named after it", () => {
    expect(new Set(borders.features.map((f) => f.properties.iso2)).size).toBe(borders.features.length);
    for (const f of borders.features) {
      expect(getCountry(f.properties.iso2), f.properties.iso2).toBeDefined();
      expect(f.properties.name).toBe(getCountry(f.properties.iso2)?.name);
    }
  });

  it("agrees with hasShape for every country", () => {
    for (const country of COUNTRIES) expect(byIso2.has(country.iso2), country.iso2).toBe(country.hasShape);
    expect(COUNTRIES.filter((c) => !c.hasShape).length).toBeLessThan(10);
  });

  it("draws Russia, Fiji and every other country without a ring jumping across the map", () => {
    expect(byIso2.has("RU")).toBe(true);
    expect(byIso2.has("FJ")).toBe(true);
    for (const f of borders.features) {
      expect(largestLongitudeStep(polygonsOf(f.properties.iso2)), f.properties.iso2).toBeLessThanOrEqual(180);
    }
  });

  it("keeps antimeridian countries in one piece", () => {
    const [ruWest, ruEast] = lonRange("RU");
    expect(ruWest).toBeGreaterThan(0);
    expect(ruEast).toBeGreaterThan(180);
    const [fjWest, fjEast] = lonRange("FJ");
    expect(fjEast - fjWest).toBeLessThan(10);
    const [usWest] = lonRange("US");
    expect(usWest).toBeLessThan(-180);
    expect(lonRange("US")[1]).toBeLessThan(0);
  });

  it("joins features without an ISO id by name, and splits overseas departments out", () => {
    for (const code of ["XK", "PS", "EH", "SS", "GF", "RE", "SJ", "BQ", "TK", "CC", "CX"]) {
      expect(byIso2.has(code), code).toBe(true);
    }
    // Somaliland is drawn as part of Somalia, French Guiana no longer as part of France.
    expect(countryCentroid("SO")?.[0]).toBeGreaterThan(4);
    const [frWest, frEast] = lonRange("FR");
    expect(frWest).toBeGreaterThan(-6);
    expect(frEast).toBeLessThan(10);
  });

  it("is memoised", () => {
    expect(loadBorders()).toBe(borders);
  });
});

describe("countryCentroid", () => {
  it("lies inside the country's main landmass", () => {
    const [lat, lon] = countryCentroid("FR") ?? [0, 0];
    expect(lat).toBeGreaterThan(43);
    expect(lat).toBeLessThan(49);
    expect(lon).toBeGreaterThan(0);
    expect(lon).toBeLessThan(5);
  });

  it("falls back to the record's position for shapeless countries, and is undefined for unknown codes", () => {
    const tuvalu = getCountry("TV");
    expect(tuvalu?.hasShape).toBe(false);
    expect(countryCentroid("TV")).toEqual(tuvalu?.latlng);
    expect(countryCentroid("ZZ")).toBeUndefined();
  });
});
