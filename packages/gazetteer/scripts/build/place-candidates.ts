import { foldTerm } from "../../src/fold-term.ts";
import { type Candidate, candidate } from "./candidate.ts";
import type { BuildSources } from "./sources.ts";

/** Population floors and weights for places; recorded in the data file's header. */
export const PLACE_THRESHOLDS = {
  /** Cities at least this big become terms (GeoNames population). */
  cityFloor: 50_000,
  /** Smaller towns down to this size still make a same-named big city ambiguous. */
  competitorFloor: 15_000,
  /** City weight grows from 0.5 at the floor to 0.8 at this population (log scale). */
  cityTop: 5_000_000,
  capitalWeight: 0.8,
  admin1Weight: 0.8,
} as const;

// GeoNames feature codes left out: sections of a city (PPLX: "Wedding", "Archway"), and
// historical, abandoned or destroyed places.
const SKIPPED_FEATURE_CODES = new Set(["PPLX", "PPLH", "PPLQ", "PPLW", "PPLCH"]);

/** City weight: 0.5 at the floor, 0.8 from `cityTop` up, log-scaled between. */
export function cityWeight(population: number): number {
  const { cityFloor, cityTop } = PLACE_THRESHOLDS;
  const share = Math.log(population / cityFloor) / Math.log(cityTop / cityFloor);
  return Math.round((0.5 + 0.3 * Math.min(1, Math.max(0, share))) * 100) / 100;
}

/** Capitals from world-countries and GeoNames (PPLC), whatever their size. */
export function capitalCandidates(sources: BuildSources): Candidate[] {
  const population = new Map<string, number>();
  for (const city of sources.cities) {
    const key = `${city.country}:${foldTerm(city.name)}`;
    population.set(key, Math.max(population.get(key) ?? 0, city.population));
  }
  const fromPackage = sources.worldCountries.flatMap((wc) =>
    wc.capital.map((name) => [wc.cca2, name] as const),
  );
  const fromGeoNames = sources.cities
    .filter((city) => city.featureCode === "PPLC")
    .map((city) => [city.country, city.name] as const);
  return [...fromPackage, ...fromGeoNames].map(([iso2, term]) =>
    candidate({
      term,
      iso2,
      kind: "capital",
      weight: PLACE_THRESHOLDS.capitalWeight,
      source: "place",
      prominence: population.get(`${iso2}:${foldTerm(term)}`) ?? 0,
    }),
  );
}

/** GeoNames cities above the floor, plus smaller towns that only compete for names. */
export function cityCandidates(sources: BuildSources): Candidate[] {
  return sources.cities
    .filter((city) => city.population >= PLACE_THRESHOLDS.competitorFloor)
    .filter((city) => !SKIPPED_FEATURE_CODES.has(city.featureCode))
    .map((city) =>
      candidate({
        term: city.name,
        iso2: city.country,
        kind: "city",
        weight: cityWeight(city.population),
        source: "place",
        prominence: city.population,
        isEmitted: city.population >= PLACE_THRESHOLDS.cityFloor,
      }),
    );
}
