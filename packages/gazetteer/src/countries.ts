import countryFile from "../data/countries.json" with { type: "json" };
import type { RegionId } from "./regions.ts";

// This module is also the package's "./countries" entry (browser-safe, no place-name table).
export { REGIONS, type RegionId } from "./regions.ts";

/** A country or territory with an ISO 3166-1 code (plus Kosovo). */
export interface Country {
  iso2: string;
  iso3: string;
  /** ISO 3166-1 numeric code; null for Kosovo (XK/XKX), which has none. */
  numeric: string | null;
  /** Common English name ("Côte d'Ivoire", "Türkiye", "Myanmar", "Palestine"). */
  name: string;
  region: RegionId;
  /** UN M49 sub-region name ("Eastern Africa", "Western Asia"). */
  subregion: string;
  capital: string | null;
  latlng: [number, number];
  /** Whether `loadBorders()` has a polygon for it; if not, the map draws a marker at `latlng`. */
  hasShape: boolean;
}

type CountryRow = [
  string,
  string,
  string | null,
  string,
  string,
  string,
  string | null,
  number,
  number,
  number,
];

/** Every ISO 3166-1 country and territory, plus Kosovo, sorted by ISO alpha-2 code. */
export const COUNTRIES: readonly Country[] = (countryFile.countries as CountryRow[]).map(
  ([iso2, iso3, numeric, name, region, subregion, capital, lat, lng, hasShape]) => ({
    iso2,
    iso3,
    numeric,
    name,
    region: region as RegionId,
    subregion,
    capital,
    latlng: [lat, lng],
    hasShape: hasShape === 1,
  }),
);

const BY_ISO2 = new Map(COUNTRIES.map((country) => [country.iso2, country]));

/** The country with this ISO alpha-2 code (case-insensitive), if any. */
export function getCountry(iso2: string): Country | undefined {
  return BY_ISO2.get(iso2.toUpperCase());
}

/** The countries of one coalition region, sorted by ISO alpha-2 code. */
export function countriesInRegion(region: RegionId): readonly Country[] {
  return COUNTRIES.filter((country) => country.region === region);
}
