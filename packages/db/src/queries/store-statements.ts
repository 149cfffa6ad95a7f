import type BetterSqlite3 from "better-sqlite3";
import { RISK_FACTOR_IDS } from "../database.ts";
import type { RowWriter } from "./sorted-index-rows.ts";

/**
 * Prepared statements for the ingest hot path. Kysely compiles every query per call, which costs more
 * than running it; a batch runs ~40 statements per item, so storeScoredItems uses better-sqlite3
 * directly. The SQL is plain (ON CONFLICT … DO UPDATE is shared with Postgres); only the `?`
 * placeholders and the synchronous driver are SQLite's.
 */
export interface StoreStatements {
  sourceExists: BetterSqlite3.Statement<[number], { id: number }>;
  /** Moves when another connection commits or a statement on this one changes rows. */
  changeToken: BetterSqlite3.Statement<[], { version: number; changes: number }>;
  itemExists: BetterSqlite3.Statement<[number, string], { id: number }>;
  /** 1 when a source has any item (plucked). */
  sourceHasItems: BetterSqlite3.Statement<[number], number>;
  /** The highest item id, 0 when there is none (plucked). */
  maxItemId: BetterSqlite3.Statement<[], number>;
  insertItem: BetterSqlite3.Statement<unknown[]>;
  /** (item id, iso2, confidence, evidence JSON, published_at); ingest holds rows back (sorted-index-rows.ts). */
  insertCountry: RowWriter<[number, string, number, string, string]>;
  insertSignal: BetterSqlite3.Statement<unknown[]>;
  /** A band day's clusters above an id with their fingerprints, for the in-memory band index (band-index.ts). */
  bandDayClusters: BetterSqlite3.Statement<
    [string, number, number],
    { cluster_id: number; fingerprint: string }
  >;
  insertCluster: BetterSqlite3.Statement<unknown[]>;
  /** A new cluster's row in the band index: (source type, day, cluster id). */
  insertBandDay: BetterSqlite3.Statement<[string, number, number]>;
  setFirstItem: BetterSqlite3.Statement<[number, number]>;
  updateCluster: BetterSqlite3.Statement<unknown[]>;
  clusterMembers: BetterSqlite3.Statement<[number], MemberRow>;
  clusterCountries: BetterSqlite3.Statement<[number], { item_id: number; iso2: string; confidence: number }>;
  clusterSignals: BetterSqlite3.Statement<
    [number],
    { item_id: number; indicator: string; risk_factor: number; weight: number }
  >;
  factorRows: BetterSqlite3.Statement<[number], EvidenceRow>;
  indicatorRows: BetterSqlite3.Statement<[number], EvidenceRow>;
  insertFactorRow: BetterSqlite3.Statement<unknown[]>;
  insertIndicatorRow: BetterSqlite3.Statement<unknown[]>;
  updateFactorRow: BetterSqlite3.Statement<unknown[]>;
  updateIndicatorRow: BetterSqlite3.Statement<unknown[]>;
  deleteFactorRow: BetterSqlite3.Statement<unknown[]>;
  deleteIndicatorRow: BetterSqlite3.Statement<unknown[]>;
  /** Notes that a cluster has evidence for (country, day), for the country page (0007-cluster-country-days). */
  insertCountryDay: RowWriter<[string, number, number]>;
  /** Adds (day, source type, country, items, evidence_1…14, clusters_1…14) deltas to a country_daily row. */
  addCountryDaily: BetterSqlite3.Statement<unknown[]>;
  addIndicatorDaily: BetterSqlite3.Statement<unknown[]>;
  bumpDay: BetterSqlite3.Statement<[number]>;
}

/** An item of a cluster, as read back to recompute the cluster. */
export interface MemberRow {
  id: number;
  source_id: number;
  published_day: number;
  reliability: number;
  risk_factors: string;
}

/** A stored per-cluster evidence row; `key` is the factor id or the indicator. */
export interface EvidenceRow {
  iso2: string;
  key: string;
  risk_factor: number;
  day: number;
  evidence: number;
  is_first: number;
}

const CACHE = new WeakMap<BetterSqlite3.Database, StoreStatements>();

/** The prepared statements for a handle, prepared on first use. */
export function storeStatements(sqlite: BetterSqlite3.Database): StoreStatements {
  let statements = CACHE.get(sqlite);
  if (!statements) {
    statements = prepare(sqlite);
    CACHE.set(sqlite, statements);
  }
  return statements;
}

function prepare(sqlite: BetterSqlite3.Database): StoreStatements {
  const factorColumns = [
    "items",
    ...RISK_FACTOR_IDS.map((factor) => `evidence_${factor}`),
    ...RISK_FACTOR_IDS.map((factor) => `clusters_${factor}`),
  ];
  return {
    sourceExists: sqlite.prepare("SELECT id FROM sources WHERE id = ?"),
    changeToken: sqlite.prepare(
      "SELECT (SELECT data_version FROM pragma_data_version) AS version, total_changes() AS changes",
    ),
    itemExists: sqlite.prepare("SELECT id FROM items WHERE source_id = ? AND guid = ?"),
    sourceHasItems: sqlite
      .prepare<[number], number>("SELECT 1 FROM items WHERE source_id = ? LIMIT 1")
      .pluck(),
    maxItemId: sqlite.prepare<[], number>("SELECT coalesce(max(id), 0) FROM items").pluck(),
    insertItem: sqlite.prepare(
      `INSERT INTO items (source_id, source_type, guid, url, title, summary, published_at, published_day,
         ingested_at, lang, severity, scoring_version, reliability, risk_factors, cluster_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (source_id, guid) DO NOTHING`,
    ),
    // json(?) refuses malformed text ("malformed JSON") and returns well-formed text unchanged: evidence
    // may come as text encoded off this thread, which the store's checks only look at the brackets of.
    insertCountry: sqlite.prepare(
      "INSERT INTO item_countries (item_id, iso2, confidence, evidence, published_at) VALUES (?, ?, ?, json(?), ?)",
    ),
    insertSignal: sqlite.prepare(
      "INSERT INTO item_signals (item_id, indicator, risk_factor, weight, evidence) VALUES (?, ?, ?, ?, json(?))",
    ),
    bandDayClusters: sqlite.prepare(
      `SELECT b.cluster_id, c.fingerprint FROM cluster_band_days b JOIN clusters c ON c.id = b.cluster_id
       WHERE b.source_type = ? AND b.day = ? AND b.cluster_id > ?`,
    ),
    insertCluster: sqlite.prepare(
      `INSERT INTO clusters (source_type, fingerprint, day, first_item_id, item_count, source_count)
       VALUES (?, ?, ?, ?, 1, 1)`,
    ),
    insertBandDay: sqlite.prepare(
      "INSERT INTO cluster_band_days (source_type, day, cluster_id) VALUES (?, ?, ?)",
    ),
    setFirstItem: sqlite.prepare("UPDATE clusters SET first_item_id = ? WHERE id = ?"),
    updateCluster: sqlite.prepare(
      "UPDATE clusters SET item_count = ?, source_count = ?, day = ? WHERE id = ?",
    ),
    clusterMembers: sqlite.prepare(
      "SELECT id, source_id, published_day, reliability, risk_factors FROM items WHERE cluster_id = ?",
    ),
    clusterCountries: sqlite.prepare(
      `SELECT ic.item_id, ic.iso2, ic.confidence FROM item_countries ic JOIN items i ON i.id = ic.item_id
       WHERE i.cluster_id = ?`,
    ),
    clusterSignals: sqlite.prepare(
      `SELECT s.item_id, s.indicator, s.risk_factor, s.weight FROM item_signals s JOIN items i ON i.id = s.item_id
       WHERE i.cluster_id = ?`,
    ),
    factorRows: sqlite.prepare(
      `SELECT iso2, CAST(risk_factor AS TEXT) AS key, risk_factor, day, evidence, is_first
       FROM cluster_factor_evidence WHERE cluster_id = ?`,
    ),
    indicatorRows: sqlite.prepare(
      `SELECT iso2, indicator AS key, risk_factor, day, evidence, is_first
       FROM cluster_indicator_evidence WHERE cluster_id = ?`,
    ),
    insertFactorRow: sqlite.prepare(
      `INSERT INTO cluster_factor_evidence (cluster_id, iso2, risk_factor, day, evidence, is_first)
       VALUES (?, ?, ?, ?, ?, ?)`,
    ),
    insertIndicatorRow: sqlite.prepare(
      `INSERT INTO cluster_indicator_evidence (cluster_id, iso2, indicator, risk_factor, day, evidence, is_first)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateFactorRow: sqlite.prepare(
      `UPDATE cluster_factor_evidence SET evidence = ?, is_first = ?
       WHERE cluster_id = ? AND iso2 = ? AND risk_factor = ? AND day = ?`,
    ),
    updateIndicatorRow: sqlite.prepare(
      `UPDATE cluster_indicator_evidence SET evidence = ?, is_first = ?, risk_factor = ?
       WHERE cluster_id = ? AND iso2 = ? AND indicator = ? AND day = ?`,
    ),
    deleteFactorRow: sqlite.prepare(
      "DELETE FROM cluster_factor_evidence WHERE cluster_id = ? AND iso2 = ? AND risk_factor = ? AND day = ?",
    ),
    deleteIndicatorRow: sqlite.prepare(
      "DELETE FROM cluster_indicator_evidence WHERE cluster_id = ? AND iso2 = ? AND indicator = ? AND day = ?",
    ),
    insertCountryDay: sqlite.prepare(
      "INSERT INTO cluster_country_days (iso2, day, cluster_id) VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
    ),
    addCountryDaily: sqlite.prepare(
      `INSERT INTO country_daily (day, source_type, iso2, ${factorColumns.join(", ")})
       VALUES (?, ?, ?, ${factorColumns.map(() => "?").join(", ")})
       ON CONFLICT (day, source_type, iso2) DO UPDATE SET
         ${factorColumns.map((column) => `${column} = country_daily.${column} + excluded.${column}`).join(",\n         ")}`,
    ),
    addIndicatorDaily: sqlite.prepare(
      `INSERT INTO country_indicator_daily (indicator, day, source_type, iso2, risk_factor, evidence, clusters)
       VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (indicator, day, source_type, iso2) DO UPDATE SET
         evidence = country_indicator_daily.evidence + excluded.evidence,
         clusters = country_indicator_daily.clusters + excluded.clusters`,
    ),
    bumpDay: sqlite.prepare(
      `INSERT INTO aggregate_days (day, version) VALUES (?, 1)
       ON CONFLICT (day) DO UPDATE SET version = aggregate_days.version + 1`,
    ),
  };
}
