import type { BorderCollection } from "@vigil/gazetteer/borders";

/**
 * Country borders packed for the browser: each ring is a string of quantized, delta-encoded
 * coordinates (zigzag varints, 5 bits a character, ASCII 63–126, as in Google's encoded polyline
 * format). Packed once at build time from `loadBorders()`, unpacked in a few milliseconds, where
 * rebuilding GeoJSON from TopoJSON in the page took a few hundred.
 */
export interface PackedBorders {
  /** Coordinates are stored as round(value × scale). */
  scale: number;
  /** [iso2, name, polygons → rings → packed ring]. */
  features: [iso2: string, name: string, polygons: string[][]][];
}

/** 1/1000 of a degree (≈110 m), finer than a pixel up to zoom 8. */
export const PACK_SCALE = 1000;

function packRing(ring: readonly (readonly number[])[], scale: number): string {
  let packed = "";
  let previousX = 0;
  let previousY = 0;
  for (const [lon = 0, lat = 0] of ring) {
    const x = Math.round(lon * scale);
    const y = Math.round(lat * scale);
    for (const delta of [x - previousX, y - previousY]) {
      let rest = delta < 0 ? ~(delta << 1) : delta << 1;
      while (rest >= 0x20) {
        packed += String.fromCharCode((0x20 | (rest & 0x1f)) + 63);
        rest >>= 5;
      }
      packed += String.fromCharCode(rest + 63);
    }
    previousX = x;
    previousY = y;
  }
  return packed;
}

function unpackRing(packed: string, scale: number): number[][] {
  const ring: number[][] = [];
  let index = 0;
  let x = 0;
  let y = 0;
  while (index < packed.length) {
    const values: number[] = [];
    for (let axis = 0; axis < 2; axis++) {
      let result = 0;
      let shift = 0;
      let chunk: number;
      do {
        chunk = packed.charCodeAt(index++) - 63;
        result |= (chunk & 0x1f) << shift;
        shift += 5;
      } while (chunk >= 0x20);
      values.push(result & 1 ? ~(result >> 1) : result >> 1);
    }
    x += values[0] ?? 0;
    y += values[1] ?? 0;
    ring.push([x / scale, y / scale]);
  }
  return ring;
}

/** Packs a border collection (build time). */
export function packBorders(borders: BorderCollection, scale = PACK_SCALE): PackedBorders {
  return {
    scale,
    features: borders.features.map((feature) => {
      const polygons =
        feature.geometry.type === "Polygon" ? [feature.geometry.coordinates] : feature.geometry.coordinates;
      return [
        feature.properties.iso2,
        feature.properties.name,
        polygons.map((rings) => rings.map((ring) => packRing(ring, scale))),
      ];
    }),
  };
}

/** Unpacks borders into GeoJSON, one MultiPolygon feature per country (in the page). */
export function unpackBorders(packed: PackedBorders): BorderCollection {
  return {
    type: "FeatureCollection",
    features: packed.features.map(([iso2, name, polygons]) => ({
      type: "Feature",
      id: iso2,
      properties: { iso2, name },
      geometry: {
        type: "MultiPolygon",
        coordinates: polygons.map((rings) => rings.map((ring) => unpackRing(ring, packed.scale))),
      },
    })),
  };
}
