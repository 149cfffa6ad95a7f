import { loadBorders } from "@vigil/gazetteer";
import { describe, expect, it } from "vitest";
import { splitAntimeridian } from "./split-antimeridian.ts";

const square = (west: number, east: number) => [
  [
    [west, 0],
    [east, 0],
    [east, 10],
    [west, 10],
    [west, 0],
  ],
];

describe("splitAntimeridian", () => {
  it("leaves polygons inside ±180 alone", () => {
    expect(splitAntimeridian([square(10, 20)])).toEqual([square(10, 20)]);
  });

  it("cuts a polygon across 180° into an eastern and a western piece", () => {
    const pieces = splitAntimeridian([square(170, 190)]);
    expect(pieces).toHaveLength(2);
    const ranges = pieces.map((rings) => {
      const lons = (rings[0] ?? []).map(([lon = 0]) => lon);
      return [Math.min(...lons), Math.max(...lons)];
    });
    expect(ranges).toEqual([
      [170, 180],
      [-180, -170],
    ]);
  });

  it("keeps every real border inside ±180 (Russia and Fiji cross the antimeridian)", () => {
    for (const feature of loadBorders().features.filter((f) =>
      ["RU", "FJ", "US"].includes(f.properties.iso2),
    )) {
      const polygons =
        feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      const lons = splitAntimeridian(polygons)
        .flat(2)
        .map(([lon = 0]) => lon);
      expect(Math.max(...lons)).toBeLessThanOrEqual(180);
      expect(Math.min(...lons)).toBeGreaterThanOrEqual(-180);
    }
  });
});
