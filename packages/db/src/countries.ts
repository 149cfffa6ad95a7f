import { COUNTRIES } from "@vigil/gazetteer";

/** What the map needs of a country; @vigil/gazetteer's COUNTRIES entries have at least this. */
export interface CountryRef {
  iso2: string;
  name: string;
  region: string;
}

/** The gazetteer's countries, the set every map answer covers. */
export function gazetteerCountries(): readonly CountryRef[] {
  return COUNTRIES;
}

/** The countries of one region, or all of them; an unknown region gives none. */
export function selectCountries(countries: readonly CountryRef[], region: string | undefined): CountryRef[] {
  return region === undefined ? [...countries] : countries.filter((country) => country.region === region);
}
