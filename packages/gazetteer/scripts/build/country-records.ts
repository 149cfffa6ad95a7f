import type { Country } from "../../src/countries.ts";
import { coalitionRegion, m49Subregion } from "../overrides/regions.ts";
import type { WorldCountry } from "./sources.ts";

// The names users of the dashboard expect, where world-countries' common name differs
// (it says "Ivory Coast", "DR Congo", "Cape Verde").
const DISPLAY_NAMES: Readonly<Record<string, string>> = {
  CD: "Democratic Republic of the Congo",
  CG: "Republic of the Congo",
  CI: "Côte d'Ivoire",
  CV: "Cabo Verde",
  FM: "Micronesia",
  MK: "North Macedonia",
  MM: "Myanmar",
  PS: "Palestine",
  SZ: "Eswatini",
  TL: "Timor-Leste",
  TR: "Türkiye",
};

// Capitals where world-countries lists several or an unusual form.
const CAPITALS: Readonly<Record<string, string>> = {
  HK: "Hong Kong",
  MO: "Macau",
  US: "Washington, D.C.",
  ZA: "Pretoria",
  BQ: "Kralendijk",
  FM: "Palikir",
};

/** Builds the country records (without `hasShape`) from world-countries, sorted by code. */
export function buildCountryRecords(worldCountries: readonly WorldCountry[]): Omit<Country, "hasShape">[] {
  return worldCountries
    .map((wc) => {
      const subregion = m49Subregion(wc.cca2, wc.subregion);
      return {
        iso2: wc.cca2,
        // Kosovo: world-countries gives "UNK" (the UN mission's code); XKX is the common user code.
        iso3: wc.cca2 === "XK" ? "XKX" : wc.cca3,
        numeric: wc.ccn3 === "" ? null : wc.ccn3,
        name: DISPLAY_NAMES[wc.cca2] ?? wc.name.common,
        region: coalitionRegion(wc.cca2, subregion),
        subregion,
        capital: CAPITALS[wc.cca2] ?? wc.capital[0] ?? null,
        latlng: [wc.latlng[0], wc.latlng[1]] as [number, number],
      };
    })
    .sort((a, b) => a.iso2.localeCompare(b.iso2));
}
