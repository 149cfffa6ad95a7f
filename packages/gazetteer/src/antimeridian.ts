import type { Position } from "./geojson.ts";

// Leaflet draws in EPSG:3857 and joins consecutive vertices with straight lines, so a ring that
// jumps from +179° to -179° is drawn as a stripe across the whole world. Natural Earth cuts
// rings at the antimeridian; after topojson-client they still hop between -180 and +180.

const POLE_LATITUDE = 89.5;

/** Makes a ring continuous: each step in longitude is at most 180°, adding ±360° as needed. */
export function unwrapRing(ring: readonly Position[]): Position[] {
  const unwrapped: Position[] = [];
  let offset = 0;
  let previous: number | undefined;
  for (const [lon = 0, lat = 0] of ring) {
    if (previous !== undefined) {
      const step = lon + offset - previous;
      if (step > 180) offset -= 360;
      else if (step < -180) offset += 360;
    }
    previous = lon + offset;
    unwrapped.push([previous, lat]);
  }
  return unwrapped;
}

/**
 * Closes a ring that winds around a pole (Antarctica's coast) by running along the pole, in
 * steps of at most 180° so that no edge reads as a jump across the map.
 */
function closeAroundPole(ring: Position[]): Position[] {
  const first = ring[0] ?? [0, 0];
  const last = ring[ring.length - 1] ?? [0, 0];
  const meanLatitude = ring.reduce((sum, [, lat = 0]) => sum + lat, 0) / ring.length;
  const pole = meanLatitude < 0 ? -90 : 90;
  const [firstLon = 0] = first;
  const [lastLon = 0] = last;
  const closed = [...ring, [lastLon, pole]];
  const steps = Math.ceil(Math.abs(lastLon - firstLon) / 90);
  for (let step = 1; step <= steps; step++) {
    closed.push([lastLon + ((firstLon - lastLon) * step) / steps, pole]);
  }
  closed.push(first);
  return closed;
}

function centreLongitude(ring: readonly Position[]): number {
  const lons = ring.map(([lon = 0]) => lon);
  return (Math.min(...lons) + Math.max(...lons)) / 2;
}

function boxArea(ring: readonly Position[]): number {
  const lons = ring.map(([lon = 0]) => lon);
  const lats = ring.map(([, lat = 0]) => lat);
  return (Math.max(...lons) - Math.min(...lons)) * (Math.max(...lats) - Math.min(...lats));
}

function shiftRing(ring: Position[], towards: number): Position[] {
  const turns = Math.round((towards - centreLongitude(ring)) / 360);
  return turns === 0 ? ring : ring.map(([lon = 0, lat = 0]) => [lon + turns * 360, lat]);
}

/**
 * Rewrites a country's polygons so that Leaflet draws them in one piece: rings are made
 * continuous, and every polygon is moved by whole turns to lie within 180° of the country's
 * largest ring (Chukotka goes to +190°, the western Aleutians to -188°).
 */
export function fixAntimeridian(polygons: readonly Position[][][]): Position[][][] {
  const continuous = polygons
    .map((rings) =>
      rings
        .filter((ring) => ring.some(([, lat = 0]) => Math.abs(lat) < POLE_LATITUDE))
        .map((ring) => {
          const unwrapped = unwrapRing(ring);
          const [firstLon = 0] = unwrapped[0] ?? [];
          const [lastLon = 0] = unwrapped[unwrapped.length - 1] ?? [];
          return Math.abs(lastLon - firstLon) > 180 ? closeAroundPole(unwrapped) : unwrapped;
        }),
    )
    .filter((rings) => rings.length > 0);
  const outers = continuous.map((rings) => rings[0] ?? []);
  const largest = outers.reduce(
    (best, ring) => (boxArea(ring) > boxArea(best) ? ring : best),
    outers[0] ?? [],
  );
  const reference = centreLongitude(largest);
  return continuous.map((rings) => {
    const outer = shiftRing(rings[0] ?? [], reference);
    const centre = centreLongitude(outer);
    return [outer, ...rings.slice(1).map((hole) => shiftRing(hole, centre))];
  });
}

/** The largest step in longitude between consecutive vertices of any ring (for tests). */
export function largestLongitudeStep(polygons: readonly Position[][][]): number {
  let largest = 0;
  for (const rings of polygons) {
    for (const ring of rings) {
      for (let i = 1; i < ring.length; i++) {
        const step = Math.abs((ring[i]?.[0] ?? 0) - (ring[i - 1]?.[0] ?? 0));
        if (step > largest) largest = step;
      }
    }
  }
  return largest;
}
