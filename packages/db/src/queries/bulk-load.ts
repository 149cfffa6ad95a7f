import { fingerprintBands, storyFingerprint } from "@vigil/scoring";
import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import type { z } from "zod";
import { clusterMemberOf } from "../cluster-contributions.ts";
import type { Database, SourceType } from "../database.ts";
import { dayOf } from "../days.ts";
import { NotFoundError } from "../errors.ts";
import { sqliteHandleOf } from "../open-database.ts";
import { parseInput } from "../parse-input.ts";
import { BulkBandIndex } from "./bulk-load-clusters.ts";
import { type BulkCluster, writeClusterEvidence } from "./bulk-load-evidence.ts";
import { insertItemDetails } from "./item-detail-rows.ts";
import {
  type StoreScoredItemsOptions,
  type StoreScoredItemsResult,
  StoreScoredItemsSchema,
} from "./store-items.ts";
import { storeStatements } from "./store-statements.ts";

// A load commits this often, not per batch: each commit writes every page it dirtied to the WAL.
const COMMIT_EVERY_ITEMS = 200_000;

/** Loads scored items into an empty database far faster than storeScoredItems, to the same rows. */
export interface BulkLoader {
  /** Stores a batch (one transaction): items, countries, signals, clusters and their band-index rows. */
  add(options: StoreScoredItemsOptions): StoreScoredItemsResult;
  /** Writes cluster sizes, per-cluster evidence and the country aggregates; the loader is done. */
  finish(): void;
}

/**
 * A loader for seeding and benchmarks. storeScoredItems recomputes a cluster and moves the aggregates by
 * deltas on every item, in one transaction per batch; this keeps the clusters' members in memory and
 * writes each evidence and aggregate row once, at the end. Items are clustered exactly as
 * storeScoredItems would cluster them given the same batches in the same order, so the tables end the
 * same (aggregates up to float rounding: deltas add up in another order). Aggregates are missing until
 * finish(); the database must hold no items or clusters when the loader is created. Between add()
 * calls the connection stays inside the load's transaction (committed every COMMIT_EVERY_ITEMS and at
 * finish), foreign keys are not checked, and the secondary indexes of items and item_countries are
 * rebuilt only at finish, so the connection is for the load alone until then. A failed batch rolls back
 * what was not yet committed, puts indexes and checks back, and ends the load.
 */
export function createBulkLoader(db: Kysely<Database>): BulkLoader {
  const sqlite = sqliteHandleOf(db, "createBulkLoader");
  const stored = sqlite
    .prepare("SELECT (SELECT count(*) FROM items) + (SELECT count(*) FROM clusters) AS n")
    .get() as {
    n: number;
  };
  if (stored.n > 0) throw new Error("createBulkLoader needs a database without items or clusters");
  const statements = {
    sourceExists: sqlite.prepare("SELECT id FROM sources WHERE id = ?"),
    insertCluster: sqlite.prepare(
      `INSERT INTO clusters (id, source_type, fingerprint, day, first_item_id, item_count, source_count)
       VALUES (?, ?, ?, ?, ?, 1, 1)`,
    ),
    insertItem: sqlite.prepare(
      `INSERT INTO items (id, source_id, source_type, guid, url, title, summary, published_at, published_day,
         ingested_at, lang, severity, scoring_version, reliability, risk_factors, cluster_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
  };
  // Rows written as ingest writes them, with ingest's statements.
  const itemRows = storeStatements(sqlite);
  const bandIndex = new BulkBandIndex(sqlite);
  // Clusters by id − 1; ids are given here, in the order storeScoredItems would take them.
  const clusters: BulkCluster[] = [];
  /** Items per (day, source type, country), the coverage half of country_daily. */
  const coverage = new Map<string, number>();
  const guidsBySource = new Map<number, Set<string>>();
  let nextItemId = 1;
  let isDone = false;

  let pendingItems = 0;

  function storeBatch(batch: z.output<typeof StoreScoredItemsSchema>): StoreScoredItemsResult {
    const { sourceId, sourceType, reliability, items, now } = batch;
    const result: StoreScoredItemsResult = { inserted: 0, duplicates: 0, clustered: 0 };
    const ingestedAt = now.toISOString();
    // The database started empty, so a stored (source, guid) is one this load stored.
    const guids = guidsBySource.get(sourceId) ?? new Set<string>();
    guidsBySource.set(sourceId, guids);
    for (const item of items) {
      if (guids.has(item.guid)) {
        result.duplicates++;
        continue;
      }
      guids.add(item.guid);
      const published = item.publishedAt && item.publishedAt < now ? item.publishedAt : now;
      const publishedAt = published.toISOString();
      const day = dayOf(published);
      const { score } = item;
      const itemId = nextItemId++;
      const fingerprint = storyFingerprint(item.title, item.summary);
      const bands = fingerprintBands(fingerprint);
      const match = bands.length > 0 ? bandIndex.bestCluster(fingerprint, bands, sourceType, day) : undefined;
      const clusterId = match ?? clusters.length + 1;
      if (match === undefined) {
        clusters.push({ sourceType: sourceType as SourceType, members: [] });
        statements.insertCluster.run(clusterId, sourceType, fingerprint, day, itemId);
        // As storeScoredItems: a wordless fingerprint has no bands and no row in the index.
        if (bands.length > 0) itemRows.insertBandDay.run(sourceType, day, clusterId);
        bandIndex.addCluster(clusterId, fingerprint, bands, sourceType, day);
      } else result.clustered++;
      statements.insertItem.run(
        itemId,
        sourceId,
        sourceType,
        item.guid,
        item.url,
        item.title,
        item.summary,
        publishedAt,
        day,
        ingestedAt,
        item.lang ?? score.lang,
        Math.round(score.severity),
        score.version,
        reliability,
        JSON.stringify(score.riskFactors.map(({ id, weight }) => ({ id, weight }))),
        clusterId,
      );
      insertItemDetails(itemRows, itemId, score, publishedAt);
      for (const country of score.countries) {
        const key = `${day}|${sourceType}|${country.iso2}`;
        coverage.set(key, (coverage.get(key) ?? 0) + 1);
      }
      clusters[clusterId - 1]?.members.push(clusterMemberOf(sourceId, day, reliability, score));
      result.inserted++;
    }
    return result;
  }

  /** The indexes dropped for the load, to create again at its end; undefined before the first batch. */
  let droppedIndexes: { name: string; sql: string }[] | undefined;
  const foreignKeys = Number(sqlite.pragma("foreign_keys", { simple: true }));
  const begin = () => {
    if (sqlite.inTransaction) return;
    // Every reference the load writes points at a row it wrote (or checked, for sources) before.
    sqlite.pragma("foreign_keys = OFF");
    sqlite.exec("BEGIN IMMEDIATE");
    droppedIndexes ??= dropSecondaryIndexes(sqlite);
  };
  const end = (isCommit: boolean) => {
    if (sqlite.inTransaction) sqlite.exec(isCommit ? "COMMIT" : "ROLLBACK");
    if (isDone) {
      // A rolled-back drop restored its indexes; one committed earlier did not.
      for (const index of droppedIndexes ?? []) if (!hasIndex(sqlite, index.name)) sqlite.exec(index.sql);
      sqlite.pragma(`foreign_keys = ${foreignKeys}`);
    }
  };

  return {
    add(options) {
      if (isDone) throw new Error("This bulk loader has finished, or failed on an earlier batch");
      const batch = parseInput(StoreScoredItemsSchema, options, "item batch");
      if (!statements.sourceExists.get(batch.sourceId))
        throw new NotFoundError("source", "id", batch.sourceId);
      try {
        begin();
        const result = storeBatch(batch);
        pendingItems += batch.items.length;
        if (pendingItems >= COMMIT_EVERY_ITEMS) {
          end(true);
          pendingItems = 0;
        }
        return result;
      } catch (error) {
        // Memory and tables no longer agree; a half-applied loader must not write aggregates.
        isDone = true;
        end(false);
        throw error;
      }
    },
    finish() {
      if (isDone) throw new Error("This bulk loader has finished, or failed on an earlier batch");
      isDone = true;
      try {
        begin();
        writeClusterEvidence(sqlite, clusters, coverage);
        for (const index of droppedIndexes ?? []) sqlite.exec(index.sql);
        end(true);
      } catch (error) {
        end(false);
        throw error;
      }
    },
  };
}

function hasIndex(sqlite: BetterSqlite3.Database, name: string): boolean {
  return (
    sqlite.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?").get(name) !== undefined
  );
}

/**
 * Drops the secondary indexes of items and item_countries, which the load never reads (it looks items up
 * by source and guid, a unique constraint that stays): built at the end from sorted keys, they cost a
 * fraction of keeping them through a million random inserts. Returns their DDL to create them again.
 */
function dropSecondaryIndexes(sqlite: BetterSqlite3.Database): { name: string; sql: string }[] {
  const indexes = sqlite
    .prepare(
      `SELECT name, sql FROM sqlite_master
       WHERE type = 'index' AND tbl_name IN ('items', 'item_countries') AND sql IS NOT NULL`,
    )
    .all() as { name: string; sql: string }[];
  for (const index of indexes) sqlite.exec(`DROP INDEX "${index.name}"`);
  return indexes;
}
