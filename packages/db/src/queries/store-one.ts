import { fingerprintBands, storyFingerprint } from "@vigil/scoring";
import { type ClusterMember, clusterMemberOf } from "../cluster-contributions.ts";
import type { SourceType } from "../database.ts";
import { dayOf } from "../days.ts";
import { NumberSlots } from "../number-slots.ts";
import type { StoreItem } from "../schemas/store-item.ts";
import type { AggregateDeltas } from "./aggregate-deltas.ts";
import { applyClusterEvidence, loadClusterMembers } from "./apply-cluster-evidence.ts";
import type { BandIndex } from "./band-index.ts";
import type { CachedClusters } from "./ingest-cache.ts";
import { insertItemDetails } from "./item-detail-rows.ts";
import { applyNewClusterEvidence } from "./new-cluster-evidence.ts";
import type { SortedIndexRows } from "./sorted-index-rows.ts";
import type { StoreStatements } from "./store-statements.ts";

/** What storeOne works with: the batch's source and the transaction's shared state. */
export interface StoreContext {
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

/**
 * Stores one item unless its (source, guid) is stored: picks its story cluster (an existing one within
 * the band index's window, or a new one), writes the item, its countries and signals, and the cluster's
 * evidence rows, and collects the aggregate changes.
 */
export function storeOne(context: StoreContext, item: StoreItem): "duplicate" | "new" | "clustered" {
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
    // A cached list belongs to this transaction's cache, which is dropped if the transaction fails.
    const members = cached ? cached.members : loadClusterMembers(statements, matchId);
    if (cached) members.push(member);
    statements.updateCluster.run(members.length, sourceCount(members), firstDay(members), matchId);
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

// Reused by sourceCount (calls never nest).
const SOURCES = new NumberSlots();

/** The distinct sources among a cluster's members. */
function sourceCount(members: readonly ClusterMember[]): number {
  SOURCES.reset();
  let count = 0;
  for (const { sourceId } of members) {
    if (SOURCES.has(sourceId)) continue;
    SOURCES.add(sourceId);
    count++;
  }
  return count;
}

/** The earliest published day of a cluster's members (at least one). */
function firstDay(members: readonly ClusterMember[]): number {
  let day = Number.POSITIVE_INFINITY;
  for (const member of members) if (member.day < day) day = member.day;
  return day;
}
