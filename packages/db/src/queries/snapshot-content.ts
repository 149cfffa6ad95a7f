import { SCORING_VERSION } from "@vigil/scoring";
import type { Kysely } from "kysely";
import type { Viewer } from "../alerts/viewer.ts";
import { type CountryRef, gazetteerCountries, selectCountries } from "../countries.ts";
import type { Database } from "../database.ts";
import type { SnapshotContent } from "../schemas/snapshot.ts";
import { buildSnapshotContent } from "../snapshots/build-snapshot.ts";
import type { ViewFilterOptions } from "../snapshots/snapshot-filters.ts";
import { countryDetail } from "./country-detail.ts";
import { mapCountries } from "./map-countries.ts";
import { viewCounts } from "./view-counts.ts";

/** Options for snapshotContent: a view's filters with `asOf` resolved. */
export interface SnapshotContentOptions extends ViewFilterOptions {
  /** The countries to answer for; the gazetteer's unless given (tests pass their own). */
  countries?: readonly CountryRef[];
  /** Default: the running SCORING_VERSION. */
  scoringVersion?: string;
  /**
   * Who reads it: field-alert evidence is redacted for them by countryDetail, as on the API. Null (or
   * absent) gives what anyone may see, which is what snapshots store.
   */
  viewer?: Viewer | null;
}

/**
 * The content of a snapshot (or live export) of a view, built from the same query functions and
 * answers as `map.countries` and `country.detail`, so an export shows exactly what the screen shows.
 * Details come for the open country, or for every country of the view that has evidence.
 */
export async function snapshotContent(
  db: Kysely<Database>,
  options: SnapshotContentOptions,
): Promise<SnapshotContent> {
  const countries = options.countries ?? gazetteerCountries();
  const filters = { ...options, countries };
  const situations = await mapCountries(db, filters);
  const detailed =
    options.iso2 !== undefined
      ? [options.iso2.toUpperCase()]
      : situations.filter((situation) => situation.evidenceCount > 0).map((situation) => situation.iso2);
  const details = [];
  for (const iso2 of detailed) details.push(await countryDetail(db, { ...filters, iso2 }));
  const counts = await viewCounts(db, {
    ...options,
    iso2s:
      options.region === undefined
        ? null
        : selectCountries(countries, options.region).map((country) => country.iso2),
  });
  return buildSnapshotContent({
    filters: options,
    scoringVersion: options.scoringVersion ?? SCORING_VERSION,
    situations,
    details,
    counts,
    countries,
  });
}
