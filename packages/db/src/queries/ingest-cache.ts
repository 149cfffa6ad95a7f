import type BetterSqlite3 from "better-sqlite3";
import type { ClusterMember } from "../cluster-contributions.ts";
import type { ClusterEvidenceRows } from "./apply-cluster-evidence.ts";
import { BandIndex } from "./band-index.ts";
import { type StoreStatements, storeStatements } from "./store-statements.ts";

/** Clusters this connection's batches wrote: their members and evidence rows, so they are not read back. */
export type CachedClusters = Map<number, { members: ClusterMember[]; evidence: ClusterEvidenceRows }>;

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

/** What a batch starts from; taken out of INGEST_CACHES until the batch puts it back (keepIngestCache). */
export interface IngestCache {
  clusters: CachedClusters;
  /** Band index per source type and day, kept in memory. */
  bands: BandIndex;
}

/** Takes the connection's cache for a batch: what is still valid of it, or a new one. */
export function takeIngestCache(sqlite: BetterSqlite3.Database, statements: StoreStatements): IngestCache {
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

/** Keeps a batch's cache for the next batch, valid while the database stays as the batch left it. */
export function keepIngestCache(
  sqlite: BetterSqlite3.Database,
  statements: StoreStatements,
  cache: IngestCache,
): void {
  INGEST_CACHES.set(sqlite, { token: changeToken(statements), ...cache });
}

/** Forgets the connection's cache (a batch failed). */
export function dropIngestCache(sqlite: BetterSqlite3.Database): void {
  INGEST_CACHES.delete(sqlite);
}

function changeToken(statements: StoreStatements): string {
  const row = statements.changeToken.get() as { version: number; changes: number };
  return `${row.version}:${row.changes}`;
}
