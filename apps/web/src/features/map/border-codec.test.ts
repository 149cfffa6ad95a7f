import type { BorderCollection } from "@vigil/gazetteer/borders";
import { describe, expect, it } from "vitest";
import { packBorders, unpackBorders } from "./border-codec.ts";

const BORDERS: BorderCollection = {
  type: "FeatureCollection",
  features: [
    {
      type: "Feature",
      id: "FJ",
      properties: { iso2: "FJ", name: "Fiji" },
      // Past 180°: antimeridian-safe longitudes must survive the round trip.
      geometry: {
        type: "MultiPolygon",
        coordinates: [
          [
            [
              [177.2, -17.5],
              [178.6, -18.2],
              [181.1, -16.8],
              [177.2, -17.5],
            ],
          ],
        ],
      },
    },
    {
      type: "Feature",
      id: "CL",
      properties: { iso2: "CL", name: "Chile" },
      geometry: {
        type: "Polygon",
        coordinates: [
          [
            [-70.1234, -18.3456],
            [-68.9, -55.9876],
            [-75.5, -45.25],
            [-70.1234, -18.3456],
          ],
        ],
      },
    } as unknown as BorderCollection["features"][number],
  ],
};

describe("border codec", () => {
  it("round-trips coordinates to 1/1000 of a degree, as MultiPolygons", () => {
    const unpacked = unpackBorders(packBorders(BORDERS));
    expect(unpacked.features.map((feature) => feature.properties)).toEqual([
      { iso2: "FJ", name: "Fiji" },
      { iso2: "CL", name: "Chile" },
    ]);
    expect(unpacked.features[0]?.geometry.coordinates[0]?.[0]?.[2]).toEqual([181.1, -16.8]);
    const chile = unpacked.features[1]?.geometry;
    expect(chile?.type).toBe("MultiPolygon");
    const first = chile?.type === "MultiPolygon" ? chile.coordinates[0]?.[0]?.[0] : undefined;
    const [lon = 0, lat = 0] = first ?? [];
    expect(lon).toBeCloseTo(-70.123, 3);
    expect(lat).toBeCloseTo(-18.346, 3);
  });

  it("packs to printable ASCII strings", () => {
    const packed = packBorders(BORDERS);
    const rings = packed.features.flatMap(([, , polygons]) => polygons.flat());
    expect(rings.every((ring) => /^[?-~]+$/.test(ring))).toBe(true);
  });
});
