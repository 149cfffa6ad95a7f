import {
  fingerprintBands,
  fingerprintHashes,
  NEAR_DUPLICATE_SIMILARITY,
  storyFingerprint,
} from "@vigil/scoring";
import type BetterSqlite3 from "better-sqlite3";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { ClusterMember } from "../cluster-contributions.ts";
import type { Database, SourceType } from "../database.ts";
import { dayOf } from "../days.ts";
import { NotFoundError } from "../errors.ts";
import { sqliteHandleOf } from "../open-database.ts";
import { parseInput } from "../parse-input.ts";
import { type StoreItem, StoreItemSchema } from "../schemas/store-item.ts";
import { AggregateDeltas } from "./aggregate-deltas.ts";
import {
  applyClusterEvidence,
  type ClusterEvidenceRows,
  loadClusterMembers,
} from "./apply-cluster-evidence.ts";
import { type StoreStatements, storeStatements } from "./store-statements.ts";

/** Clusters whose first story is at most this many days from an item's day are candidates for it. */
export const CLUSTER_WINDOW_DAYS = 3;

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

/**
 * storeScoredItems, synchronously: called inside a caller's own better-sqlite3 transaction it joins it
 * (as a savepoint), so a field alert's row and its scored item commit or roll back together.
 */
export function storeScoredItemsSync(
  db: Kysely<Database>,
  options: StoreScoredItemsOptions,
): StoreScoredItemsResult {
  const { sourceId, sourceType, reliability, items, now } = parseInput(
    StoreScoredItemsSchema,
    options,
    "item batch",
  );
  const sqlite = sqliteHandleOf(db, "storeScoredItems");
  const statements = storeStatements(sqlite);
  // Inside a caller's transaction the outer one may still roll back, so nothing is cached past it.
  const isNested = sqlite.inTransaction;
  try {
    // better-sqlite3 transactions are synchronous, so nothing else runs on this connection meanwhile.
    return sqlite.transaction(() => {
      if (!statements.sourceExists.get(sourceId)) throw new NotFoundError("source", "id", sourceId);
      const result: StoreScoredItemsResult = { inserted: 0, duplicates: 0, clustered: 0 };
      const aggregates = new AggregateDeltas();
      const context: StoreContext = {
        statements,
        aggregates,
        sourceId,
        sourceType,
        reliability,
        now,
        ...ingestCache(sqlite, statements),
      };
      for (const item of items) {
        const outcome = storeOne(context, item);
        if (outcome === "duplicate") result.duplicates++;
        else {
          result.inserted++;
          if (outcome === "clustered") result.clustered++;
        }
      }
      aggregates.flush(statements, sourceType);
      if (!isNested) {
        const { clusters, bandDays } = context;
        INGEST_CACHES.set(sqlite, { token: changeToken(statements), clusters, bandDays });
      }
      return result;
    })();
  } catch (error) {
    INGEST_CACHES.delete(sqlite);
    throw error;
  }
}

type CachedClusters = Map<number, { members: ClusterMember[]; evidence: ClusterEvidenceRows }>;

/** A day's band index: band key → cluster ids, with the word hashes of the clusters' fingerprints. */
interface BandDay {
  /** The highest cluster id read in; rows above it are read when the day is next used while stale. */
  maxClusterId: number;
  /** Set when something else may have written since: new rows are read in before the next lookup. */
  isStale: boolean;
  byBand: Map<number, number[]>;
  hashes: Map<number, number[]>;
}

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
  { token: string; clusters: CachedClusters; bandDays: Map<string, BandDay> }
>();

function ingestCache(
  sqlite: BetterSqlite3.Database,
  statements: StoreStatements,
): { clusters: CachedClusters; bandDays: Map<string, BandDay> } {
  const cache = INGEST_CACHES.get(sqlite);
  INGEST_CACHES.delete(sqlite);
  if (!cache) return { clusters: new Map(), bandDays: new Map() };
  let { clusters, bandDays } = cache;
  if (cache.token !== changeToken(statements)) {
    clusters = new Map();
    for (const bandDay of bandDays.values()) bandDay.isStale = true;
  }
  if (clusters.size > MAX_CACHED_CLUSTERS) clusters = new Map();
  if (bandDays.size > MAX_BAND_DAYS) bandDays = new Map();
  return { clusters, bandDays };
}

/** A day's band index for a source type, read in or topped up from cluster_bands when stale. */
function bandDayOf(context: StoreContext, sourceType: SourceType, day: number): BandDay {
  const key = `${sourceType}|${day}`;
  let bandDay = context.bandDays.get(key);
  if (!bandDay) {
    bandDay = { maxClusterId: 0, isStale: true, byBand: new Map(), hashes: new Map() };
    context.bandDays.set(key, bandDay);
  }
  if (bandDay.isStale) {
    for (const row of context.statements.dayBands.all(sourceType, day, bandDay.maxClusterId)) {
      addBand(bandDay, row.band_key, row.cluster_id, row.fingerprint);
    }
    bandDay.isStale = false;
  }
  return bandDay;
}

function addBand(bandDay: BandDay, band: number, clusterId: number, fingerprint: string): void {
  const ids = bandDay.byBand.get(band);
  if (ids) ids.push(clusterId);
  else bandDay.byBand.set(band, [clusterId]);
  if (!bandDay.hashes.has(clusterId)) bandDay.hashes.set(clusterId, fingerprintHashes(fingerprint));
  if (clusterId > bandDay.maxClusterId) bandDay.maxClusterId = clusterId;
}

function changeToken(statements: StoreStatements): string {
  const row = statements.changeToken.get() as { version: number; changes: number };
  return `${row.version}:${row.changes}`;
}

interface StoreContext {
  statements: StoreStatements;
  aggregates: AggregateDeltas;
  sourceId: number;
  sourceType: SourceType;
  reliability: number;
  now: Date;
  /** Clusters this batch has written: their members and evidence rows, so they are not read back. */
  clusters: CachedClusters;
  /** Band index per source type and day, kept in memory (see INGEST_CACHES). */
  bandDays: Map<string, BandDay>;
}

function storeOne(context: StoreContext, item: StoreItem): "duplicate" | "new" | "clustered" {
  const { statements, aggregates, sourceId, sourceType, reliability, now } = context;
  if (statements.itemExists.get(sourceId, item.guid)) return "duplicate";
  const published = item.publishedAt && item.publishedAt < now ? item.publishedAt : now;
  const publishedAt = published.toISOString();
  const day = dayOf(published);
  const { score } = item;

  // The cluster is chosen before the item is written, so the item row is written once, complete.
  const fingerprint = storyFingerprint(item.title, item.summary);
  const bands = fingerprintBands(fingerprint);
  const match = bands.length > 0 ? bestCluster(context, fingerprint, bands, sourceType, day) : undefined;
  const clusterId =
    match?.id ?? Number(statements.insertCluster.run(sourceType, fingerprint, day).lastInsertRowid);
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
  for (const country of score.countries) {
    statements.insertCountry.run(
      itemId,
      country.iso2,
      country.confidence,
      JSON.stringify(country.evidence),
      publishedAt,
    );
    aggregates.addCoverage(day, country.iso2);
  }
  for (const signal of score.signals) {
    statements.insertSignal.run(
      itemId,
      signal.indicator,
      signal.riskFactor,
      signal.weight,
      JSON.stringify(signal.evidence),
    );
  }

  const member: ClusterMember = {
    sourceId,
    day,
    reliability,
    // In the order loadClusterMembers reads them back (by primary key), so a cached cluster is the same.
    countries: score.countries
      .map(({ iso2, confidence }) => ({ iso2, confidence }))
      .sort((a, b) => compareText(a.iso2, b.iso2)),
    factors: score.riskFactors.map(({ id, weight }) => ({ id, weight })),
    indicators: score.signals
      .map(({ indicator, riskFactor, weight }) => ({ indicator, riskFactor, weight }))
      .sort((a, b) => compareText(a.indicator, b.indicator)),
  };
  if (match) {
    const cached = context.clusters.get(match.id);
    const members = cached ? [...cached.members, member] : loadClusterMembers(statements, match.id);
    const sources = new Set(members.map((each) => each.sourceId)).size;
    statements.updateCluster.run(
      members.length,
      sources,
      Math.min(...members.map((each) => each.day)),
      match.id,
    );
    const evidence = applyClusterEvidence(statements, match.id, aggregates, members, false, cached?.evidence);
    context.clusters.set(match.id, { members, evidence });
    return "clustered";
  }
  statements.setFirstItem.run(itemId, clusterId);
  if (bands.length > 0) {
    statements.insertBands.run(...bands.flatMap((band) => [band, sourceType, day, clusterId]));
    // A day not read in yet, or stale, reads this cluster's rows from the table when next used.
    const bandDay = context.bandDays.get(`${sourceType}|${day}`);
    if (bandDay && !bandDay.isStale) for (const band of bands) addBand(bandDay, band, clusterId, fingerprint);
  }
  const evidence = applyClusterEvidence(statements, clusterId, aggregates, [member], true);
  context.clusters.set(clusterId, { members: [member], evidence });
  return "new";
}

/** The most similar recent cluster of the same source type at or above the near-duplicate threshold. */
function bestCluster(
  context: StoreContext,
  fingerprint: string,
  bands: number[],
  sourceType: SourceType,
  day: number,
): { id: number } | undefined {
  let best: { id: number; similarity: number } | undefined;
  const seen = new Set<number>();
  const words = new Set(fingerprintHashes(fingerprint));
  for (
    let candidateDay = day - CLUSTER_WINDOW_DAYS;
    candidateDay <= day + CLUSTER_WINDOW_DAYS;
    candidateDay++
  ) {
    const bandDay = bandDayOf(context, sourceType, candidateDay);
    for (const band of bands) {
      for (const id of bandDay.byBand.get(band) ?? []) {
        if (seen.has(id)) continue;
        seen.add(id);
        const similarity = similarityTo(words, bandDay.hashes.get(id) ?? []);
        if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
        // Ties go to the newer cluster: a story re-run days later most likely continues the latest one.
        if (!best || similarity > best.similarity || (similarity === best.similarity && id > best.id)) {
          best = { id, similarity };
        }
      }
    }
  }
  return best;
}

/** storySimilarity(a, b) given a's word hashes as a set and b's as an array, parsed once. */
function similarityTo(left: ReadonlySet<number>, right: readonly number[]): number {
  if (left.size === 0 || right.length === 0) return 0;
  let shared = 0;
  for (const hash of right) if (left.has(hash)) shared++;
  return shared / (left.size + right.length - shared);
}

/** SQLite's BINARY collation on text: by UTF-16 code unit for the ASCII codes stored here. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
