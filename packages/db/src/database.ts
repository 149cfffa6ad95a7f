import type { Generated } from "kysely";
import type { MemberTables } from "./database-members.ts";

/**
 * Row types of every table. Instants are ISO 8601 UTC strings (they sort as text), days are UTC day
 * numbers (see days.ts), booleans are 0/1 integers because SQLite has no boolean and better-sqlite3
 * refuses to bind `true`.
 */

/** Where items come from: "news" for polled feeds, "alert" for a field-alert channel. */
export type SourceKind = "news" | "alert";
/** The kind of item; aggregates are kept per source type so they can be filtered. */
export type SourceType = "news" | "alert";

/** A feed or alert channel. Removed sources stay (their items keep counting) with `removed_at` set. */
export interface SourcesTable {
  id: Generated<number>;
  kind: SourceKind;
  name: string;
  url: string;
  lang: string;
  reliability: number;
  poll_interval_seconds: number;
  enabled: number;
  etag: string | null;
  last_modified: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  consecutive_failures: number;
  next_attempt_at: string | null;
  items_seen: number;
  removed_at: string | null;
  created_at: string;
  updated_at: string;
}

/** One stored news item or field alert with its item-level score. */
export interface ItemsTable {
  id: Generated<number>;
  source_id: number;
  source_type: SourceType;
  guid: string;
  url: string | null;
  title: string;
  summary: string;
  published_at: string;
  published_day: number;
  ingested_at: string;
  lang: string;
  severity: number;
  scoring_version: string;
  /** The source's reliability when the item was stored, so past scores do not move when a feed is re-rated. */
  reliability: number;
  /** JSON `{ id, weight }[]`: the scorer's risk factor weights. */
  risk_factors: string;
  cluster_id: number | null;
}

/** A country an item is about. `published_at` is copied so country pages page through an index. */
export interface ItemCountriesTable {
  item_id: number;
  iso2: string;
  confidence: number;
  /** JSON PlaceEvidence[]. */
  evidence: string;
  published_at: string;
}

/** An indicator an item shows. */
export interface ItemSignalsTable {
  item_id: number;
  indicator: string;
  risk_factor: number;
  weight: number;
  /** JSON SignalEvidence[]. */
  evidence: string;
}

/** A story: near-duplicate items of one source type that count once. */
export interface ClustersTable {
  id: Generated<number>;
  source_type: SourceType;
  /** storyFingerprint() of the first item; later items are compared against it. */
  fingerprint: string;
  /** The earliest member's published day. */
  day: number;
  first_item_id: number | null;
  item_count: number;
  source_count: number;
}

/**
 * The near-duplicate index: one row per cluster with a non-empty fingerprint, under its first story's
 * day. Its LSH band keys are fingerprintBands(fingerprint), computed as a day is read into memory.
 */
export interface ClusterBandDaysTable {
  source_type: SourceType;
  day: number;
  cluster_id: number;
}

/**
 * A cluster's evidence for (country, risk factor) that arrived on `day`: the rise of the cluster's
 * evidence that day. Kept so a corroborating item can replace the cluster's rows by delta.
 */
export interface ClusterFactorEvidenceTable {
  cluster_id: number;
  iso2: string;
  risk_factor: number;
  day: number;
  evidence: number;
  /** 1 on the day the cluster first had evidence for this country and factor. */
  is_first: number;
}

/** As ClusterFactorEvidenceTable, per indicator. */
export interface ClusterIndicatorEvidenceTable {
  cluster_id: number;
  iso2: string;
  indicator: string;
  risk_factor: number;
  day: number;
  evidence: number;
  is_first: number;
}

/**
 * The (country, day, cluster) triples of both evidence tables, for finding a country's clusters in a
 * window. Kept at ingest; may hold triples whose evidence rows were since deleted (never fewer).
 */
export interface ClusterCountryDaysTable {
  iso2: string;
  day: number;
  cluster_id: number;
}

/** The Framework of Analysis' risk factors, 1–14; fixed by the Framework, so they can be columns. */
export const RISK_FACTOR_IDS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14] as const;
/** A risk factor number. */
export type RiskFactorId = (typeof RISK_FACTOR_IDS)[number];

/**
 * What the map reads: per (day, source type, country) the item count and, per risk factor, Σ cluster
 * evidence that arrived that day and the clusters whose first evidence it was. One row per country
 * and day with a column pair per factor, rather than a row per factor: the map query then reads 14
 * times fewer rows, which is what keeps it within its time budget at a million items.
 */
export type CountryDailyTable = {
  day: number;
  source_type: SourceType;
  iso2: string;
  /** Items about the country that day, with or without signals (coverage). */
  items: number;
} & { [F in RiskFactorId as `evidence_${F}`]: number } & { [F in RiskFactorId as `clusters_${F}`]: number };

/** Σ cluster evidence per (country, day, indicator, source type), for indicator filters. */
export interface CountryIndicatorDailyTable {
  indicator: string;
  day: number;
  source_type: SourceType;
  iso2: string;
  risk_factor: number;
  evidence: number;
  clusters: number;
}

/** A day's aggregate version: it rises with every batch that changes the day's aggregates. */
export interface AggregateDaysTable {
  day: number;
  version: number;
}

/** A saved snapshot: immutable, its canonical content stored as hashed (see 0004-snapshots). */
export interface SnapshotsTable {
  /** Random, lower-case letters and digits: links to snapshots can't be guessed from one another. */
  id: string;
  created_at: string;
  creator_label: string;
  creator_user_id: string | null;
  creator_role: string | null;
  view_kind: string;
  view_label: string;
  /** JSON SnapshotFilters, for listing without parsing the content. */
  filters: string;
  scoring_version: string;
  content_hash: string;
  /** The canonical JSON of the SnapshotContent, exactly the bytes content_hash was computed from. */
  content: string;
}

/** The Kysely database type. */
export interface Database extends MemberTables {
  sources: SourcesTable;
  items: ItemsTable;
  item_countries: ItemCountriesTable;
  item_signals: ItemSignalsTable;
  clusters: ClustersTable;
  cluster_band_days: ClusterBandDaysTable;
  cluster_factor_evidence: ClusterFactorEvidenceTable;
  cluster_indicator_evidence: ClusterIndicatorEvidenceTable;
  cluster_country_days: ClusterCountryDaysTable;
  country_daily: CountryDailyTable;
  country_indicator_daily: CountryIndicatorDailyTable;
  aggregate_days: AggregateDaysTable;
  snapshots: SnapshotsTable;
}
