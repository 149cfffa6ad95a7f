import { MIN_COVERAGE_ITEMS } from "@vigil/scoring";
import type { CountryRef } from "../countries.ts";
import type { CountryDetail, TopEvidence } from "../schemas/country-detail.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import {
  type SituationDocument,
  SNAPSHOT_FORMAT_VERSION,
  type SnapshotContent,
  type SnapshotCountry,
} from "../schemas/snapshot.ts";
import type { ProvenanceFacts } from "../schemas/snapshot-view.ts";
import { canonicalJson, sha256Hex } from "./canonical-json.ts";
import {
  canonicalFilters,
  describeFilters,
  type ViewFilterOptions,
  viewOf,
  windowDaysOf,
} from "./snapshot-filters.ts";

/** What the view's items came to, counted by viewCounts(). */
export interface ViewCounts {
  items: number;
  evidenceItems: number;
  sources: number;
  earliest: string | null;
  latest: string | null;
}

/** Everything a snapshot's content is built from: the query answers, as the API gave them. */
export interface BuildSnapshotContentOptions {
  filters: ViewFilterOptions;
  scoringVersion: string;
  /** `map.countries` for the view's region (or the world). */
  situations: readonly CountrySituation[];
  /** `country.detail` for each country whose details the snapshot carries. */
  details: readonly CountryDetail[];
  counts: ViewCounts;
  /** Names for the view label; the gazetteer's countries in production. */
  countries: readonly CountryRef[];
}

/**
 * A snapshot's content from query answers: a pure function, so the same data, filters and scoring
 * version always give the same content, and so the same hash. Everything without a natural order is
 * sorted here (countries by ISO code, evidence by contribution then cluster id).
 */
export function buildSnapshotContent(options: BuildSnapshotContentOptions): SnapshotContent {
  const filters = canonicalFilters(options.filters);
  const view = viewOf(filters, options.countries);
  const situations = [...options.situations].sort((a, b) => compareText(a.iso2, b.iso2));
  const monitored = situations.filter((situation) => situation.level !== "not-monitored").length;
  const notMonitored = situations.length - monitored;
  const provenance: ProvenanceFacts = {
    filtersText: describeFilters(filters, view),
    window: windowDaysOf(filters),
    dataRange: { earliest: options.counts.earliest, latest: options.counts.latest },
    items: options.counts.items,
    evidenceItems: options.counts.evidenceItems,
    sources: options.counts.sources,
    scoringVersion: options.scoringVersion,
    coverage: {
      countries: situations.length,
      monitored,
      notMonitored,
      note:
        `${notMonitored} of ${situations.length} countries are not monitored: fewer than ${MIN_COVERAGE_ITEMS} ` +
        "items about them in the window, so no level is given. Not monitored means too little coverage, " +
        "not low risk.",
    },
  };
  return {
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    view,
    filters,
    scoringVersion: options.scoringVersion,
    situations,
    countries: options.details
      .map(toSnapshotCountry)
      .sort((a, b) => compareText(a.situation.iso2, b.situation.iso2)),
    provenance,
  };
}

function toSnapshotCountry(detail: CountryDetail): SnapshotCountry {
  return {
    ...detail,
    factors: detail.factors.map(({ series: _series, ...factor }) => factor),
    topEvidence: [...detail.topEvidence]
      .map(orderEvidence)
      .sort((a, b) => b.contribution - a.contribution || a.clusterId - b.clusterId),
  };
}

// Inner lists come from SQL without an ORDER BY; sorting them makes rebuilds byte-identical.
function orderEvidence(evidence: TopEvidence): TopEvidence {
  return {
    ...evidence,
    factors: [...evidence.factors].sort((a, b) => a.id - b.id),
    indicators: [...evidence.indicators].sort((a, b) => compareText(a.indicator, b.indicator)),
    matches: [...evidence.matches].sort(
      (a, b) =>
        compareText(a.field, b.field) ||
        a.start - b.start ||
        a.end - b.end ||
        compareText(a.indicator, b.indicator) ||
        compareText(a.term, b.term),
    ),
  };
}

/** Code-unit order, the same in every locale (localeCompare is not). */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The canonical JSON of a content and its SHA-256: what is stored, and what a reader can re-check. */
export function sealContent(content: SnapshotContent): { canonical: string; contentHash: string } {
  const canonical = canonicalJson(content);
  return { canonical, contentHash: sha256Hex(canonical) };
}

/** A live view's document: no snapshot identity, read at `accessedAt`. */
export function liveDocument(content: SnapshotContent, accessedAt: Date): SituationDocument {
  return {
    format: "vigil.situation",
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    snapshot: null,
    accessedAt: accessedAt.toISOString(),
    contentHash: sealContent(content).contentHash,
    content,
  };
}
