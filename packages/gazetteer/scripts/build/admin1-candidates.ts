import { type Candidate, candidate } from "./candidate.ts";
import { PLACE_THRESHOLDS } from "./place-candidates.ts";
import type { CscState, GeoNamesCity } from "./sources.ts";

// country-state-city lists second-level units for these countries (London boroughs, French
// départements, Slovenian municipalities...), whose names are mostly towns or common words.
const SKIPPED_COUNTRIES = new Set(["GB", "FR", "SI", "LV", "MT", "MK", "LT", "CZ", "AZ", "BS"]);

const SUFFIX =
  /\s+(Economic Prefecture|Autonomous Okrug|Autonomous Region|Autonomous Oblast|Special Administrative Region|Capital Territory|Union Territory|Province|Governorate|Region|State|District|Division|Oblast|oblast|Krai|Kray|Republic|Emirate|County|Department|Prefecture|Territory|Municipality|Parish|SAR)$/;
const PREFIX = /^(Autonomous Republic of|Republic of|Province of|State of)\s+/;

// How news copy names first-level units where the bare name is ambiguous or a common word
// ("Plateau State", "Unity State", "Nangarhar Province"); the full form is always added.
const CONVENTIONAL_SUFFIX: Readonly<Record<string, string>> = {
  AF: "Province",
  BF: "Region",
  CD: "Province",
  CM: "Region",
  EG: "Governorate",
  ET: "Region",
  IQ: "Governorate",
  LB: "Governorate",
  ML: "Region",
  MZ: "Province",
  NE: "Region",
  NG: "State",
  PK: "Province",
  SD: "State",
  SO: "Region",
  SS: "State",
  SY: "Governorate",
  YE: "Governorate",
};

/** The name without its unit word: "Kunduz Province" → "Kunduz", "Republic of Dagestan" → "Dagestan". */
export function bareRegionName(name: string): string {
  return name.replace(PREFIX, "").replace(SUFFIX, "").trim();
}

/**
 * First-level regions from country-state-city: the full name, the bare name, and the usual form.
 * The source has no populations, so a region competes for a name with the country's city
 * population (GeoNames, places of 1,000+) shared evenly among its regions: Florida, USA outweighs
 * Florida, Uruguay.
 */
export function admin1Candidates(states: readonly CscState[], cities: readonly GeoNamesCity[]): Candidate[] {
  const urban = new Map<string, number>();
  for (const city of cities) urban.set(city.country, (urban.get(city.country) ?? 0) + city.population);
  const regionCount = new Map<string, number>();
  for (const state of states)
    regionCount.set(state.countryCode, (regionCount.get(state.countryCode) ?? 0) + 1);
  return states
    .filter((state) => !SKIPPED_COUNTRIES.has(state.countryCode) && !state.name.includes(","))
    .flatMap((state) => {
      const bare = bareRegionName(state.name);
      const suffix = CONVENTIONAL_SUFFIX[state.countryCode];
      const names = new Set([state.name, bare, ...(suffix ? [`${bare} ${suffix}`] : [])]);
      return [...names].map((term) =>
        candidate({
          term,
          iso2: state.countryCode,
          kind: "admin1",
          weight: PLACE_THRESHOLDS.admin1Weight,
          source: "place",
          prominence: Math.round(
            (urban.get(state.countryCode) ?? 0) / (regionCount.get(state.countryCode) ?? 1),
          ),
        }),
      );
    });
}
