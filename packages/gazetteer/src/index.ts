export type { BorderCollection, BorderProperties } from "./borders.ts";
export { CONTEXT_RULES, type ContextRule } from "./context-rules.ts";
export { COUNTRIES, type Country, countriesInRegion, getCountry } from "./countries.ts";
export { foldTerm } from "./fold-term.ts";
export type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from "./geojson.ts";
export { countryCentroid, loadBorders } from "./load-borders.ts";
export { PLACE_FLAGS, PLACE_KINDS, type PlaceKind, type PlaceTerm } from "./place-kinds.ts";
export { PLACE_TERMS } from "./place-terms.ts";
export { REGIONS, type RegionId } from "./regions.ts";
