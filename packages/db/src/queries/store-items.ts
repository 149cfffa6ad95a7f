import { fingerprintBands, storyFingerprint } from "@vigil/scoring";
import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import { z } from "zod";
import { type ClusterMember, clusterMemberOf } from "../cluster-contributions.ts";
import type { Database, SourceType } from "../database.ts";
import { dayOf } from "../days.ts";
import { NotFoundError } from "../errors.ts";
import { sqliteHandleOf } from "../open-database.ts";
import { parseInput } from "../parse-input.ts";
import { checkStoreBatch } from "../schemas/store-batch-check.ts";
import { type StoreItem, StoreItemSchema } from "../schemas/store-item.ts";
import { AggregateDeltas } from "./aggregate-deltas.ts";
import {
  applyClusterEvidence,
  type ClusterEvidenceRows,
  loadClusterMembers,
} from "./apply-cluster-evidence.ts";
import { BandIndex } from "./band-index.ts";
import { withForeignKeysOff } from "./foreign-keys-off.ts";
import { insertItemDetails } from "./item-detail-rows.ts";
import { applyNewClusterEvidence } from "./new-cluster-evidence.ts";
import { SortedIndexRows } from "./sorted-index-rows.ts";
import { type StoreStatements, storeStatements } from "./store-statements.ts";

export { CLUSTER_WINDOW_DAYS } from "./band-index.ts";

/** Options for storeScoredItems. */
export const StoreScoredItemsSchema = z.object({
  sourceId: z.number().int().positive(),
  sourceType: z.enum(["news", "alert"]),
  /** The source's reliability 0–1; for an unverified alert already scaled by UNVERIFIED_ALERT_FACTOR. */
  reliability: z.number().min(0).max(1),
  items: z.array(StoreItemSchema),
  now: z.date(),
});
export type StoreScoredItemsOptions = z.input<typeof StoreScoredItemsSchema>;

/** What one batch did. */
export interface StoreScoredItemsResult {
  inserted: number;
  /** Items already stored under the same (source, guid), skipped. */
  duplicates: number;
  /** Inserted items that joined an existing story cluster. */
  clustered: number;
}

/**
 * Stores a batch of scored items in one transaction: skips (source, guid) pairs already stored, puts each
 * new item into a story cluster, writes its countries and signals, and moves the country aggregates by
 * the cluster's change. Items without a date, or dated in the future, take `now`.
 */
export async function storeScoredItems(
  db: Kysely<Database>,
  options: StoreScoredItemsOptions,
): Promise<StoreScoredItemsResult> {
  return storeScoredItemsSync(db, options);
}

/** storeScoredBatchesSync (below): several batches, one transaction. */
export async function storeScoredBatches(
  db: Kysely<Database>,
  batches: readonly StoreScoredItemsOptions[],
): Promise<StoreScoredItemsResult[]> {
  return storeScoredBatchesSync(db, batches);
}

/**
 * storeScoredItems, synchronously: called inside a caller's own better-sqlite3 transaction it joins it
 * (as a savepoint), so a field alert's row and its scored item commit or roll back together.
 */
export function storeScoredItemsSync(
  db: Kysely<Database>,
  options: StoreScoredItemsOptions,
): StoreScoredItemsResult {
  return storeScoredBatchesSync(db, [options])[0] as StoreScoredItemsResult;
}

/**
 * Stores several batches (say, one per imported feed, each with its own source) in ONE transaction, as
 * storeScoredItems would store them one after another: all commit together or none does. Every commit
 * writes each page it dirtied to the WAL, and a feed's items land on pages scattered over the indexes,
 * so one commit for a few feeds costs little more than one for one feed. Every batch is checked before
 * anything is written; the first bad one throws ValidationError or NotFoundError and nothing is stored.
 */
export function storeScoredBatchesSync(
  db: Kysely<Database>,
  batches: readonly StoreScoredItemsOptions[],
): StoreScoredItemsResult[] {
  const parsed = batches.map(
    (batch) => checkStoreBatch(batch) ?? parseInput(StoreScoredItemsSchema, batch, "item batch"),
  );
  const sqlite = sqliteHandleOf(db, "storeScoredItems");
  const statements = storeStatements(sqlite);
  // Inside a caller's transaction the outer one may still roll back, so nothing is cached past it.
  const isNested = sqlite.inTransaction;
  const itemCount = parsed.reduce((sum, batch) => sum + batch.items.length, 0);
  try {
    // better-sqlite3 transactions are synchronous, so nothing else runs on this connection meanwhile.
    const transaction = sqlite.transaction(() => {
      for (const { sourceId } of parsed) {
        if (!statements.sourceExists.get(sourceId)) throw new NotFoundError("source", "id", sourceId);
      }
      // Deltas of the whole transaction, per source type: feeds of one import touch the same rows.
      const aggregates = new Map<SourceType, AggregateDeltas>();
      const cache = ingestCache(sqlite, statements);
      // Rows of the two scattered indexes are held back and written sorted, before the commit.
      const sorted = new SortedIndexRows(statements);
      const writes: StoreStatements = {
        ...statements,
        insertCountry: sorted.countries,
        insertCountryDay: sorted.countryDays,
      };
      const ids = { nextItem: 0 };
      const freshGuids = new Map<number, Set<string> | undefined>();
      const results = parsed.map(({ sourceId, sourceType, reliability, items, now }) => {
        if (!freshGuids.has(sourceId)) {
          const isFresh = !statements.sourceHasItems.get(sourceId);
          freshGuids.set(sourceId, isFresh ? new Set() : undefined);
        }
        let deltas = aggregates.get(sourceType);
        if (!deltas) {
          deltas = new AggregateDeltas();
          aggregates.set(sourceType, deltas);
        }
        const context: StoreContext = {
          statements: writes,
          sorted,
          aggregates: deltas,
          sourceId,
          sourceType,
          reliability,
          now,
          ids,
          freshGuids: freshGuids.get(sourceId),
          ...cache,
        };
        const result: StoreScoredItemsResult = { inserted: 0, duplicates: 0, clustered: 0 };
        for (const item of items) {
          const outcome = storeOne(context, item);
          if (outcome === "duplicate") result.duplicates++;
          else {
            result.inserted++;
            if (outcome === "clustered") result.clustered++;
          }
        }
        return result;
      });
      sorted.writeAll();
      for (const [sourceType, deltas] of aggregates) deltas.flush(statements, sourceType);
      if (!isNested) INGEST_CACHES.set(sqlite, { token: changeToken(statements), ...cache });
      return results;
    });
    // Big transactions skip the foreign-key lookups: every reference they write is known good.
    return withForeignKeysOff(sqlite, itemCount, transaction);
  } catch (error) {
    INGEST_CACHES.delete(sqlite);
    throw error;
  }
}

type CachedClusters = Map<number, { members: ClusterMember[]; evidence: ClusterEvidenceRows }>;

/** At most this many clusters and band days are kept between batches; past it that part starts over. */
const MAX_CACHED_CLUSTERS = 20_000;
const MAX_BAND_DAYS = 64;

/**
 * What ingest keeps per connection between batches. Cached clusters are valid while nothing else has
 * written to the database: no other connection committed (PRAGMA data_version) and no other statement
 * on this one changed a row (total_changes()); otherwise they are dropped. Band days stay, marked
 * stale: band rows are only ever added, with growing cluster ids (one writer at a time, ids above every
 * committed one, clusters never deleted), so reading a day's rows above its highest cached id brings it
 * up to date. The cache is dropped when a batch fails, and not kept after a batch inside a caller's
 * transaction, which may still roll back.
 */
const INGEST_CACHES = new WeakMap<
  BetterSqlite3.Database,
  { token: string; clusters: CachedClusters; bands: BandIndex }
>();

function ingestCache(
  sqlite: BetterSqlite3.Database,
  statements: StoreStatements,
): { clusters: CachedClusters; bands: BandIndex } {
  const cache = INGEST_CACHES.get(sqlite);
  INGEST_CACHES.delete(sqlite);
  if (!cache) return { clusters: new Map(), bands: new BandIndex() };
  let { clusters, bands } = cache;
  if (cache.token !== changeToken(statements)) {
    clusters = new Map();
    bands.markStale();
  }
  if (clusters.size > MAX_CACHED_CLUSTERS) clusters = new Map();
  if (bands.daysHeld > MAX_BAND_DAYS) bands = new BandIndex();
  return { clusters, bands };
}

/**
 * Runs a write that changes no row a cached cluster depends on (a new source, say) without dropping
 * the ingest cache: if the cache was current before it, it is still current after. Synchronous, so
 * nothing else runs on the connection in between.
 */
export function keepingIngestCache<T>(sqlite: BetterSqlite3.Database, write: () => T): T {
  const cache = INGEST_CACHES.get(sqlite);
  const statements = storeStatements(sqlite);
  const isCurrent = cache !== undefined && cache.token === changeToken(statements);
  const result = write();
  if (cache && isCurrent) cache.token = changeToken(statements);
  return result;
}

function changeToken(statements: StoreStatements): string {
  const row = statements.changeToken.get() as { version: number; changes: number };
  return `${row.version}:${row.changes}`;
}

interface StoreContext {
  /** The connection's statements, insertCountry and insertCountryDay holding rows back in `sorted`. */
  statements: StoreStatements;
  sorted: SortedIndexRows;
  aggregates: AggregateDeltas;
  sourceId: number;
  sourceType: SourceType;
  reliability: number;
  now: Date;
  /** Clusters this batch has written: their members and evidence rows, so they are not read back. */
  clusters: CachedClusters;
  /** Band index per source type and day, kept in memory (see INGEST_CACHES). */
  bands: BandIndex;
  /** The id the next item row will get (SQLite's max + 1), 0 until read; see storeOne. */
  ids: { nextItem: number };
  /**
   * For a source with no items when the transaction began, the guids stored since: whether an item is
   * already stored is then a set lookup, not a query. Undefined for any other source.
   */
  freshGuids: Set<string> | undefined;
}

function storeOne(context: StoreContext, item: StoreItem): "duplicate" | "new" | "clustered" {
  const { statements, aggregates, sourceId, sourceType, reliability, now } = context;
  const { freshGuids } = context;
  if (freshGuids ? freshGuids.has(item.guid) : statements.itemExists.get(sourceId, item.guid))
    return "duplicate";
  const published = item.publishedAt && item.publishedAt < now ? item.publishedAt : now;
  const publishedAt = published.toISOString();
  const day = dayOf(published);
  const { score } = item;

  // The cluster is chosen before the item is written, so the item row is written once, complete.
  const fingerprint = item.story?.fingerprint ?? storyFingerprint(item.title, item.summary);
  const bands = item.story?.bands ?? fingerprintBands(fingerprint);
  const matchId =
    bands.length > 0 ? context.bands.bestCluster(statements, fingerprint, bands, sourceType, day) : undefined;
  // A new cluster's row names its first item at once: SQLite gives a new row max(id) + 1, which is
  // checked once the item is written (and set by an UPDATE, as before, if it ever differs).
  if (context.ids.nextItem === 0) context.ids.nextItem = (statements.maxItemId.get() ?? 0) + 1;
  const expectedItemId = context.ids.nextItem;
  const clusterId =
    matchId ??
    Number(statements.insertCluster.run(sourceType, fingerprint, day, expectedItemId).lastInsertRowid);
  const itemId = Number(
    statements.insertItem.run(
      sourceId,
      sourceType,
      item.guid,
      item.url,
      item.title,
      item.summary,
      publishedAt,
      day,
      now.toISOString(),
      item.lang ?? score.lang,
      Math.round(score.severity),
      score.version,
      reliability,
      JSON.stringify(score.riskFactors.map(({ id, weight }) => ({ id, weight }))),
      clusterId,
    ).lastInsertRowid,
  );
  context.ids.nextItem = itemId + 1;
  freshGuids?.add(item.guid);
  insertItemDetails(statements, itemId, score, publishedAt);
  for (const country of score.countries) aggregates.addCoverage(day, country.iso2);

  const member = clusterMemberOf(sourceId, day, reliability, score);
  if (matchId !== undefined) {
    const cached = context.clusters.get(matchId);
    if (!cached) context.sorted.writeCountries();
    const members = cached ? [...cached.members, member] : loadClusterMembers(statements, matchId);
    const sources = new Set(members.map((each) => each.sourceId)).size;
    statements.updateCluster.run(
      members.length,
      sources,
      Math.min(...members.map((each) => each.day)),
      matchId,
    );
    const evidence = applyClusterEvidence(statements, matchId, aggregates, members, false, cached?.evidence);
    context.clusters.set(matchId, { members, evidence });
    return "clustered";
  }
  if (itemId !== expectedItemId) statements.setFirstItem.run(itemId, clusterId);
  if (bands.length > 0) {
    // One row per cluster: its band keys are recomputed from the fingerprint when its day is read.
    statements.insertBandDay.run(sourceType, day, clusterId);
    context.bands.addCluster(sourceType, day, clusterId, fingerprint, bands);
  }
  const write = { statements, clusterId, countryDays: new Set<number>() };
  const evidence = applyNewClusterEvidence(write, aggregates, member);
  context.clusters.set(clusterId, { members: [member], evidence });
  return "new";
}
