import { REGIONS } from "@vigil/gazetteer";
import { INDICATORS } from "@vigil/taxonomy";
import type { CountryRef } from "../countries.ts";
import type { SourceType } from "../database.ts";
import { dayOf, isoDateOfDay } from "../days.ts";
import type { SnapshotFilters, SnapshotView } from "../schemas/snapshot-view.ts";

/** The filters of a view as the query functions take them (`asOf` resolved by the caller). */
export interface ViewFilterOptions {
  windowDays: number;
  asOf: Date;
  region?: string;
  iso2?: string;
  riskFactors?: readonly number[];
  indicators?: readonly string[];
  sourceTypes?: readonly SourceType[];
}

const INDICATOR_ORDER = new Map(INDICATORS.map((indicator, index) => [indicator.id, index]));

/** Filters in their one canonical spelling: absent as null, lists deduplicated in a fixed order. */
export function canonicalFilters(options: ViewFilterOptions): SnapshotFilters {
  const list = <T>(values: readonly T[] | undefined, compare: (a: T, b: T) => number): T[] | null =>
    values && values.length > 0 ? [...new Set(values)].sort(compare) : null;
  return {
    windowDays: options.windowDays,
    asOf: options.asOf.toISOString(),
    region: options.region ?? null,
    iso2: options.iso2?.toUpperCase() ?? null,
    riskFactors: list(options.riskFactors, (a, b) => a - b),
    // Framework order ("1.2" before "1.10"); unknown ids, which the schemas keep out, go last by text.
    indicators: list(
      options.indicators,
      (a, b) => (INDICATOR_ORDER.get(a) ?? 1e9) - (INDICATOR_ORDER.get(b) ?? 1e9) || a.localeCompare(b),
    ),
    sourceTypes: list(options.sourceTypes, (a, b) => a.localeCompare(b)),
  };
}

/** The name of a region id, or the id itself. */
export function regionLabel(region: string): string {
  return REGIONS.find((entry) => entry.id === region)?.name ?? region;
}

/** What the view is of, named for banners and briefs. */
export function viewOf(filters: SnapshotFilters, countries: readonly CountryRef[]): SnapshotView {
  const region = filters.region === null ? null : regionLabel(filters.region);
  if (filters.iso2 !== null) {
    const name = countries.find((country) => country.iso2 === filters.iso2)?.name ?? filters.iso2;
    return { kind: "country", region: filters.region, iso2: filters.iso2, label: name };
  }
  if (region !== null) return { kind: "region", region: filters.region, iso2: null, label: region };
  return { kind: "world", region: null, iso2: null, label: "World" };
}

/** The first and last day of the window, "YYYY-MM-DD" (UTC), both included. */
export function windowDaysOf(filters: SnapshotFilters): { from: string; to: string } {
  const asOfDay = dayOf(filters.asOf);
  return { from: isoDateOfDay(asOfDay - filters.windowDays + 1), to: isoDateOfDay(asOfDay) };
}

/** The filters in words: "30 days to 2026-03-01 · Africa · risk factors 1, 2 · news only". */
export function describeFilters(filters: SnapshotFilters, view: SnapshotView): string {
  const parts = [`${filters.windowDays} days to ${windowDaysOf(filters).to}`];
  if (filters.region !== null) parts.push(regionLabel(filters.region));
  if (view.kind === "country") parts.push(view.label);
  if (filters.riskFactors)
    parts.push(`risk factor${filters.riskFactors.length === 1 ? "" : "s"} ${filters.riskFactors.join(", ")}`);
  if (filters.indicators)
    parts.push(`indicator${filters.indicators.length === 1 ? "" : "s"} ${filters.indicators.join(", ")}`);
  parts.push(sourcesText(filters.sourceTypes));
  return parts.join(" · ");
}

function sourcesText(sourceTypes: readonly SourceType[] | null): string {
  if (sourceTypes === null || sourceTypes.length === 2) return "news and field alerts";
  return sourceTypes[0] === "alert" ? "field alerts only" : "news only";
}
