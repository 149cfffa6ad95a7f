import { feature, merge } from "topojson-client";
import { fixAntimeridian } from "./antimeridian.ts";
import type { Topology } from "./border-topology.ts";
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "./geojson.ts";

type TopoPolygon = Extract<Parameters<typeof merge>[1], unknown[]>[number];

/** Properties of one border feature. */
export interface BorderProperties {
  iso2: string;
  name: string;
}

/** One feature per country with a shape. */
export type BorderCollection = FeatureCollection<Polygon | MultiPolygon, BorderProperties>;

/** What `bordersFromTopology` needs to know about each country. */
export interface BorderCountry {
  iso2: string;
  numeric: string | null;
  name: string;
}

// Natural Earth features without an ISO numeric id, joined by name. Somaliland and Northern
// Cyprus are shown as part of the UN member states; Siachen Glacier (disputed by India and
// Pakistan, a separate unit in Natural Earth) is left out rather than given to either.
const JOIN_BY_NAME: Readonly<Record<string, string | null>> = {
  Kosovo: "XK",
  Somaliland: "SO",
  "N. Cyprus": "CY",
  "Indian Ocean Ter.": "CX",
  "Siachen Glacier": null,
};

// Natural Earth draws overseas parts inside the parent's feature; ISO 3166 gives them their own
// codes, so polygons are moved by where they lie (longitude, latitude of their box centre).
const SPLITS: readonly { from: string; to: string; holds: (lon: number, lat: number) => boolean }[] = [
  { from: "FR", to: "GF", holds: (lon, lat) => lon < -50 && lon > -56 && lat > 1 && lat < 7 },
  { from: "FR", to: "GP", holds: (lon, lat) => lon < -60.9 && lon > -62 && lat > 15.8 && lat < 16.6 },
  { from: "FR", to: "MQ", holds: (lon, lat) => lon < -60.7 && lon > -61.4 && lat > 14.3 && lat < 15 },
  { from: "FR", to: "RE", holds: (lon, lat) => lon > 55 && lon < 56 && lat < -20.5 && lat > -21.5 },
  { from: "FR", to: "YT", holds: (lon, lat) => lon > 44.8 && lon < 45.5 && lat < -12.4 && lat > -13.2 },
  { from: "NO", to: "SJ", holds: (lon, lat) => lat > 73.5 || lon < 0 },
  { from: "NL", to: "BQ", holds: (lon) => lon < -60 },
  { from: "NZ", to: "TK", holds: (_lon, lat) => lat > -12 },
  { from: "CX", to: "CC", holds: (lon) => lon < 100 },
];

function boxCentre(ring: readonly Position[]): [number, number] {
  const lons = ring.map(([lon = 0]) => lon);
  const lats = ring.map(([, lat = 0]) => lat);
  return [(Math.min(...lons) + Math.max(...lons)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
}

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
}

function splitOverseas(shapes: Map<string, Position[][][]>): void {
  for (const split of SPLITS) {
    const polygons = shapes.get(split.from) ?? [];
    const moved = polygons.filter((rings) => split.holds(...boxCentre(rings[0] ?? [])));
    if (moved.length === 0) continue;
    shapes.set(
      split.from,
      polygons.filter((rings) => !moved.includes(rings)),
    );
    shapes.set(split.to, [...(shapes.get(split.to) ?? []), ...moved]);
  }
}

/** Builds one antimeridian-safe feature per country from a world-atlas TopoJSON topology. */
export function bordersFromTopology(
  topology: Topology,
  countries: readonly BorderCountry[],
): BorderCollection {
  const byNumeric = new Map(countries.filter((c) => c.numeric).map((c) => [c.numeric, c.iso2]));
  const names = new Map(countries.map((c) => [c.iso2, c.name]));
  const object = topology.objects.countries as unknown as { geometries: TopoPolygon[] };
  const pieces = new Map<string, TopoPolygon[]>();
  for (const geometry of object.geometries) {
    const name = String((geometry.properties as { name?: string } | undefined)?.name ?? "");
    const iso2 = geometry.id === undefined ? JOIN_BY_NAME[name] : byNumeric.get(String(geometry.id));
    if (iso2 === null) continue;
    if (iso2 === undefined)
      throw new Error(`No country for Natural Earth feature '${name}' (${geometry.id})`);
    pieces.set(iso2, [...(pieces.get(iso2) ?? []), geometry]);
  }
  const shapes = new Map<string, Position[][][]>();
  for (const [iso2, geometries] of pieces) {
    // merge() dissolves shared arcs, so Somaliland and Northern Cyprus leave no inner border.
    const [single] = geometries;
    const geometry =
      geometries.length === 1 && single
        ? (feature(topology, single) as unknown as Feature<Polygon | MultiPolygon>).geometry
        : (merge(topology, geometries) as MultiPolygon);
    shapes.set(iso2, polygonsOf(geometry));
  }
  splitOverseas(shapes);
  const features: Feature<Polygon | MultiPolygon, BorderProperties>[] = [...shapes]
    .filter(([, polygons]) => polygons.length > 0)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([iso2, polygons]) => ({
      type: "Feature",
      id: iso2,
      properties: { iso2, name: names.get(iso2) ?? iso2 },
      geometry: { type: "MultiPolygon", coordinates: fixAntimeridian(polygons) },
    }));
  return { type: "FeatureCollection", features };
}
