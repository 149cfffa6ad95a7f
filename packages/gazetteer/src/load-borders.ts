import borderFile from "../data/borders.json" with { type: "json" };
import { type BorderFile, topologyFromBorderFile } from "./border-topology.ts";
import { type BorderCollection, bordersFromTopology } from "./borders.ts";
import { COUNTRIES, getCountry } from "./countries.ts";
import type { Position } from "./geojson.ts";

// This module is also the package's "./borders" entry, which the web app loads as its own chunk.
export type { BorderCollection, BorderProperties } from "./borders.ts";

let borders: BorderCollection | undefined;

/**
 * Country borders, one feature per country with `properties: { iso2, name }`, from Natural Earth
 * 1:50m (via world-atlas). Built on first call (a few hundred ms) and memoised. Countries
 * without a polygon (`hasShape: false`) are drawn by the dashboard as a marker at `latlng`.
 */
export function loadBorders(): BorderCollection {
  borders ??= bordersFromTopology(topologyFromBorderFile(borderFile as unknown as BorderFile), COUNTRIES);
  return borders;
}

// Planar centroid of a ring by the shoelace formula; fine at country scale for placing markers.
function ringCentroid(ring: readonly Position[]): { area: number; lon: number; lat: number } {
  let area = 0;
  let lon = 0;
  let lat = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[i + 1] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    lon += (x0 + x1) * cross;
    lat += (y0 + y1) * cross;
  }
  return area === 0
    ? { area: 0, lon: 0, lat: 0 }
    : { area: area / 2, lon: lon / (3 * area), lat: lat / (3 * area) };
}

/**
 * A [lat, lng] point inside the country's largest polygon (its centroid), for labels and
 * markers; `latlng` from the country record when it has no shape. Undefined for unknown codes.
 */
export function countryCentroid(iso2: string): [number, number] | undefined {
  const country = getCountry(iso2);
  if (!country) return undefined;
  const shape = loadBorders().features.find((f) => f.properties.iso2 === country.iso2);
  const polygons = shape?.geometry.type === "MultiPolygon" ? shape.geometry.coordinates : [];
  const centroids = polygons.map((rings) => ringCentroid(rings[0] ?? []));
  const largest = centroids.reduce<(typeof centroids)[number] | undefined>(
    (best, c) => (!best || Math.abs(c.area) > Math.abs(best.area) ? c : best),
    undefined,
  );
  return largest && largest.area !== 0 ? [largest.lat, largest.lon] : country.latlng;
}
