import type { Kysely } from "kysely";
import { type CountryRef, gazetteerCountries, selectCountries } from "../countries.ts";
import type { Database, SourceType } from "../database.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import { type CountrySums, emptySums, evidenceSums } from "./evidence-sums.ts";
import { planWindow } from "./evidence-window.ts";
import { situationOf } from "./situation.ts";

/** Options for mapCountries; MapCountriesInputSchema parses to these (less `asOf` and `countries`). */
export interface MapCountriesOptions {
  windowDays: number;
  /** The picture as of this instant; items published on later days are invisible. */
  asOf: Date;
  region?: string;
  riskFactors?: readonly number[];
  indicators?: readonly string[];
  sourceTypes?: readonly SourceType[];
  /** The countries to answer for; the gazetteer's COUNTRIES unless given (tests pass their own). */
  countries?: readonly CountryRef[];
}

/** The situation of every country (of the region), read from the aggregate tables only. */
export async function mapCountries(
  db: Kysely<Database>,
  options: MapCountriesOptions,
): Promise<CountrySituation[]> {
  return situationsFrom(options, (iso2s) => evidenceSums(db, { ...options, iso2s }));
}

/** Runs a sums source for the selected countries and turns the sums into situations, in gazetteer order. */
export async function situationsFrom(
  options: MapCountriesOptions,
  sumsFor: (iso2s: string[]) => Promise<Map<string, CountrySums>>,
): Promise<CountrySituation[]> {
  const countries = selectCountries(options.countries ?? gazetteerCountries(), options.region);
  const sums = await sumsFor(countries.map((country) => country.iso2));
  const plan = planWindow(options.windowDays, options.asOf);
  // Most countries have no rows in most windows, and all of those share one situation: worked out once.
  let unmonitored: CountrySituation | undefined;
  return countries.map((country) => {
    const countrySums = sums.get(country.iso2);
    if (countrySums) return situationOf(country, countrySums);
    unmonitored ??= situationOf(country, emptySums(plan));
    return { ...unmonitored, iso2: country.iso2, name: country.name, region: country.region, factors: [] };
  });
}
