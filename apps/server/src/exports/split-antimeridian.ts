type Position = number[];
type Ring = Position[];

/**
 * Splits polygons whose longitudes run past ±180° (the gazetteer keeps rings continuous for drawing)
 * into pieces inside [-180, 180], as RFC 7946 §3.1.9 asks of GeoJSON: each piece is clipped to one
 * 360° strip and shifted back. Polygons already inside are returned as they are.
 */
export function splitAntimeridian(polygons: readonly (readonly Ring[])[]): Ring[][] {
  return polygons.flatMap((rings) => splitPolygon(rings));
}

function splitPolygon(rings: readonly Ring[]): Ring[][] {
  const outer = rings[0] ?? [];
  const lons = outer.map(([lon = 0]) => lon);
  const minLon = Math.min(...lons);
  const maxLon = Math.max(...lons);
  if (minLon >= -180 && maxLon <= 180) return [rings.map((ring) => [...ring])];
  const pieces: Ring[][] = [];
  for (let strip = Math.floor((minLon + 180) / 360); strip <= Math.ceil((maxLon - 180) / 360); strip++) {
    const west = -180 + 360 * strip;
    const clipped = rings
      .map((ring) => clipRing(clipRing(ring, west, 1), west + 360, -1))
      .map((ring) => ring.map(([lon = 0, lat = 0]) => [round(lon - 360 * strip), lat]));
    const [clippedOuter, ...holes] = clipped;
    if (!clippedOuter || clippedOuter.length < 4) continue;
    pieces.push([clippedOuter, ...holes.filter((hole) => hole.length >= 4)]);
  }
  return pieces;
}

// Sutherland–Hodgman against one vertical line: keeps the side where side × (lon − line) ≥ 0.
function clipRing(ring: readonly Position[], line: number, side: 1 | -1): Ring {
  const open = ring.slice(0, -1);
  const inside = ([lon = 0]: Position) => side * (lon - line) >= 0;
  const output: Ring = [];
  for (let index = 0; index < open.length; index++) {
    const current = open[index] ?? [0, 0];
    const previous = open[(index + open.length - 1) % open.length] ?? [0, 0];
    if (inside(current)) {
      if (!inside(previous)) output.push(crossing(previous, current, line));
      output.push(current);
    } else if (inside(previous)) output.push(crossing(previous, current, line));
  }
  const first = output[0];
  return first ? [...output, [...first]] : [];
}

function crossing([lon0 = 0, lat0 = 0]: Position, [lon1 = 0, lat1 = 0]: Position, line: number): Position {
  const t = (line - lon0) / (lon1 - lon0);
  return [line, lat0 + t * (lat1 - lat0)];
}

// Shifting by 360 leaves float dust (179.99999999999997); GeoJSON readers compare ±180 exactly.
function round(value: number): number {
  return Math.round(value * 1e9) / 1e9;
}
