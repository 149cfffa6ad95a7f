import type { CountrySituation, SituationDocument } from "@vigil/db";
import type { BorderCollection, Country } from "@vigil/gazetteer";
import { provenanceFields } from "./provenance-fields.ts";
import { splitAntimeridian } from "./split-antimeridian.ts";

type Geometry =
  | { type: "MultiPolygon"; coordinates: number[][][][] }
  | { type: "Point"; coordinates: [number, number] };

/** A country feature's properties: what GIS tools style and label by. */
export interface SituationProperties {
  iso2: string;
  name: string;
  region: string;
  level: CountrySituation["level"];
  score: number;
  trend: CountrySituation["trend"]["direction"];
  trendDelta: number | null;
  isSpike: boolean;
  evidenceCount: number;
  coverage: number;
  /** "13:63.2, 8:12.5": factor id and score, highest first (flat, so shapefile exports keep it). */
  factors: string;
  why: string | null;
  /** Whether the geometry is the country's polygons or, for countries without a shape, a point. */
  geometrySource: "borders" | "point";
}

/** What the GeoJSON export needs besides the document; the gazetteer's in production. */
export interface ExportSources {
  borders: BorderCollection;
  countries: readonly Pick<Country, "iso2" | "name" | "latlng">[];
}

/**
 * The view as a GeoJSON FeatureCollection (RFC 7946): one feature per country situation, its borders
 * split at the antimeridian, or a Point at its `latlng` when the gazetteer has no shape. The collection
 * carries the provenance and content hash as a foreign member, `vigil`.
 */
export function situationGeoJson(document: SituationDocument, sources: ExportSources) {
  const shapes = new Map(
    sources.borders.features.map((feature) => [feature.properties.iso2, feature.geometry]),
  );
  const points = new Map(sources.countries.map((country) => [country.iso2, country.latlng]));
  const why = new Map(document.content.countries.map((country) => [country.situation.iso2, country.why]));
  const features = document.content.situations.flatMap((situation) => {
    const geometry = geometryOf(shapes.get(situation.iso2), points.get(situation.iso2));
    if (!geometry) return [];
    const properties: SituationProperties = {
      iso2: situation.iso2,
      name: situation.name,
      region: situation.region,
      level: situation.level,
      score: situation.score,
      trend: situation.trend.direction,
      trendDelta: situation.trend.delta,
      isSpike: situation.isSpike,
      evidenceCount: situation.evidenceCount,
      coverage: situation.coverage,
      factors: situation.factors.map((factor) => `${factor.id}:${factor.score}`).join(", "),
      why: why.get(situation.iso2) ?? null,
      geometrySource: geometry.type === "Point" ? "point" : "borders",
    };
    return [{ type: "Feature" as const, id: situation.iso2, geometry, properties }];
  });
  return {
    type: "FeatureCollection" as const,
    vigil: {
      format: document.format,
      formatVersion: document.formatVersion,
      contentHash: document.contentHash,
      snapshot: document.snapshot,
      accessedAt: document.accessedAt,
      view: document.content.view,
      filters: document.content.filters,
      provenance: Object.fromEntries(provenanceFields(document).map((field) => [field.key, field.value])),
    },
    features,
  };
}

function geometryOf(
  shape: BorderCollection["features"][number]["geometry"] | undefined,
  latlng: readonly [number, number] | undefined,
): Geometry | null {
  if (shape) {
    const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
    return { type: "MultiPolygon", coordinates: splitAntimeridian(polygons) };
  }
  return latlng ? { type: "Point", coordinates: [latlng[1], latlng[0]] } : null;
}
