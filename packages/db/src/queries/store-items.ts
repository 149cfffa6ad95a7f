import {
  fingerprintBands,
  NEAR_DUPLICATE_SIMILARITY,
  storyFingerprint,
  storySimilarity,
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
        clusters: cachedClusters(sqlite, statements),
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
      if (isNested) CLUSTER_CACHES.delete(sqlite);
      else CLUSTER_CACHES.set(sqlite, { token: changeToken(statements), clusters: context.clusters });
      return result;
    })();
  } catch (error) {
    CLUSTER_CACHES.delete(sqlite);
    throw error;
  }
}

type CachedClusters = Map<number, { members: ClusterMember[]; evidence: ClusterEvidenceRows }>;

/** At most this many clusters are kept between batches; past it the cache starts over. */
const MAX_CACHED_CLUSTERS = 20_000;

/**
 * Clusters written by earlier batches on a connection, valid while nothing else has written to the
 * database since: no other connection committed (PRAGMA data_version) and no other statement on this
 * one changed a row (total_changes()). Either moves the token and empties the cache.
 */
const CLUSTER_CACHES = new WeakMap<BetterSqlite3.Database, { token: string; clusters: CachedClusters }>();

function cachedClusters(sqlite: BetterSqlite3.Database, statements: StoreStatements): CachedClusters {
  const cache = CLUSTER_CACHES.get(sqlite);
  CLUSTER_CACHES.delete(sqlite);
  if (!cache || cache.token !== changeToken(statements) || cache.clusters.size > MAX_CACHED_CLUSTERS)
    return new Map();
  return cache.clusters;
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
  const match = bands.length > 0 ? bestCluster(statements, fingerprint, bands, sourceType, day) : undefined;
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
  if (bands.length > 0)
    statements.insertBands.run(...bands.flatMap((band) => [band, sourceType, day, clusterId]));
  const evidence = applyClusterEvidence(statements, clusterId, aggregates, [member], true);
  context.clusters.set(clusterId, { members: [member], evidence });
  return "new";
}

/** The most similar recent cluster of the same source type at or above the near-duplicate threshold. */
function bestCluster(
  statements: StoreStatements,
  fingerprint: string,
  bands: number[],
  sourceType: SourceType,
  day: number,
): { id: number } | undefined {
  const candidates = statements.findCandidates.all(
    ...bands,
    sourceType,
    day - CLUSTER_WINDOW_DAYS,
    day + CLUSTER_WINDOW_DAYS,
  );
  let best: { id: number; similarity: number } | undefined;
  for (const candidate of candidates) {
    const similarity = storySimilarity(fingerprint, candidate.fingerprint);
    if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
    // Ties go to the newer cluster: a story re-run days later most likely continues the latest one.
    if (!best || similarity > best.similarity || (similarity === best.similarity && candidate.id > best.id)) {
      best = { id: candidate.id, similarity };
    }
  }
  return best;
}

/** SQLite's BINARY collation on text: by UTF-16 code unit for the ASCII codes stored here. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
