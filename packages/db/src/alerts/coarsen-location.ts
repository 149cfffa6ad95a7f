/** The size of the grid an exact point is snapped to for everyone who may not see it. */
export const LOCATION_GRID_KM = 10;

const KM_PER_DEGREE_LATITUDE = 111.32;

/** A place as the reporter gave it (seen only by those allowed). */
export interface ExactPlace {
  precision: "exact" | "district" | "country";
  name: string | null;
  district: string | null;
  point: { lat: number; lon: number } | null;
}

/** A place as everyone else sees it: never finer than the reporter's precision, never the exact spot. */
export interface CoarseLocation {
  level: "grid" | "district" | "country";
  iso2: string;
  district: string | null;
  /** The centre of the ~10 km grid cell holding the point, when the reporter gave an exact point. */
  grid: { lat: number; lon: number; km: number } | null;
}

/**
 * Coarsens a place: exact → the district (if named) and a ~10 km grid cell, never the place name or the
 * point; district → the district; country → the country. The cell is fixed by the point alone, so
 * asking twice gives the same cell and averaging answers reveals nothing finer.
 */
export function coarsenLocation(iso2: string, place: ExactPlace): CoarseLocation {
  if (place.precision === "country") return { level: "country", iso2, district: null, grid: null };
  const district = place.district;
  if (place.precision === "exact" && place.point) {
    return { level: "grid", iso2, district, grid: gridCell(place.point) };
  }
  return district
    ? { level: "district", iso2, district, grid: null }
    : { level: "country", iso2, district, grid: null };
}

/** The centre of the grid cell holding a point; cells are ~LOCATION_GRID_KM wide at any latitude. */
export function gridCell(point: { lat: number; lon: number }): { lat: number; lon: number; km: number } {
  const latStep = LOCATION_GRID_KM / KM_PER_DEGREE_LATITUDE;
  const latIndex = Math.floor((point.lat + 90) / latStep);
  const lat = Math.min(90, -90 + (latIndex + 0.5) * latStep);
  // Longitude degrees shrink towards the poles; the cell's own centre latitude sets its width, so every
  // point of a band maps to the same cells. Near the poles one cell spans the band.
  const lonStep = Math.min(360, latStep / Math.max(Math.cos((lat * Math.PI) / 180), latStep / 360));
  const lonIndex = Math.floor((point.lon + 180) / lonStep);
  const lon = Math.min(180, -180 + (lonIndex + 0.5) * lonStep);
  return { lat: round(lat), lon: round(lon), km: LOCATION_GRID_KM };
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
