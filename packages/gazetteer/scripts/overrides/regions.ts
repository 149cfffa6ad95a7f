import type { RegionId } from "../../src/regions.ts";

// world-countries' `subregion` follows UN M49 except where it uses its own European and
// American groupings. Corrections from the UN Statistics Division's M49 standard
// (https://unstats.un.org/unsd/methodology/m49/). Taiwan and Kosovo are not listed in M49;
// they get the sub-region of their neighbours. Antarctica has no M49 sub-region.
const M49_CORRECTIONS: Readonly<Record<string, string>> = {
  AL: "Southern Europe",
  BA: "Southern Europe",
  HR: "Southern Europe",
  ME: "Southern Europe",
  MK: "Southern Europe",
  RS: "Southern Europe",
  XK: "Southern Europe",
  SI: "Southern Europe",
  BG: "Eastern Europe",
  RO: "Eastern Europe",
  CZ: "Eastern Europe",
  HU: "Eastern Europe",
  PL: "Eastern Europe",
  SK: "Eastern Europe",
  AT: "Western Europe",
  CY: "Western Asia",
  SS: "Eastern Africa",
  MX: "Central America",
  BM: "Northern America",
  CA: "Northern America",
  GL: "Northern America",
  PM: "Northern America",
  US: "Northern America",
  UM: "Micronesia",
  AQ: "Antarctica",
  BV: "South America",
  GS: "South America",
  HM: "Australia and New Zealand",
  TF: "Eastern Africa",
};

/** The UN M49 sub-region of a country, given world-countries' sub-region for it. */
export function m49Subregion(iso2: string, worldCountriesSubregion: string): string {
  const corrected = M49_CORRECTIONS[iso2];
  if (corrected) return corrected;
  // M49 writes "South-eastern Asia"; world-countries capitalises the E.
  return worldCountriesSubregion === "South-Eastern Asia" ? "South-eastern Asia" : worldCountriesSubregion;
}

// MENA as the World Bank and most human-rights desks draw it: the Arab League's Asian and
// North African members, Iran, Israel and Palestine, and Western Sahara. Sudan, Mauritania,
// Somalia, Djibouti and the Comoros stay in Africa (African Union, and Africa desks cover them).
const MENA = new Set("DZ BH EG IR IQ IL JO KW LB LY MA OM PS QA SA SY TN AE YE EH".split(" "));

// Türkiye, the South Caucasus and Central Asia follow OHCHR, Human Rights Watch and Amnesty,
// which group them with Europe ("Europe and Central Asia"); Cyprus is an EU member.
const EUROPE_FROM_ASIA = new Set("TR CY GE AM AZ KZ KG TJ TM UZ".split(" "));

const AFRICAN_SUBREGIONS = new Set([
  "Northern Africa",
  "Eastern Africa",
  "Middle Africa",
  "Southern Africa",
  "Western Africa",
]);
const AMERICAN_SUBREGIONS = new Set(["Caribbean", "Central America", "South America", "Northern America"]);
const EUROPEAN_SUBREGIONS = new Set([
  "Northern Europe",
  "Southern Europe",
  "Eastern Europe",
  "Western Europe",
]);

/** The coalition region of a country, from its M49 sub-region and the exceptions above. */
export function coalitionRegion(iso2: string, subregion: string): RegionId {
  if (MENA.has(iso2)) return "mena";
  if (EUROPE_FROM_ASIA.has(iso2) || EUROPEAN_SUBREGIONS.has(subregion)) return "europe";
  if (AFRICAN_SUBREGIONS.has(subregion)) return "africa";
  if (AMERICAN_SUBREGIONS.has(subregion)) return "americas";
  // Rest of Asia, Oceania, and Antarctica (no news desk covers it; Australia and New Zealand
  // administer much of it).
  return "asia-pacific";
}
