// The few GeoJSON (RFC 7946) types the gazetteer needs, declared here because @types/geojson
// is not a direct dependency. They are structurally compatible with @types/geojson, so the
// values can be handed to Leaflet as they are.

/** A [longitude, latitude] pair. Longitudes may leave [-180, 180] to stay continuous. */
export type Position = number[];

/** A polygon: an outer ring, then holes. */
export interface Polygon {
  type: "Polygon";
  coordinates: Position[][];
}

/** Several polygons that form one feature. */
export interface MultiPolygon {
  type: "MultiPolygon";
  coordinates: Position[][][];
}

/** A GeoJSON feature with typed geometry and properties. */
export interface Feature<G = Polygon | MultiPolygon, P = Record<string, unknown>> {
  type: "Feature";
  id?: string | number;
  geometry: G;
  properties: P;
}

/** A GeoJSON feature collection. */
export interface FeatureCollection<G = Polygon | MultiPolygon, P = Record<string, unknown>> {
  type: "FeatureCollection";
  features: Feature<G, P>[];
}
