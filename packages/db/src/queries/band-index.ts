import { fingerprintBands, NEAR_DUPLICATE_SIMILARITY } from "@vigil/scoring";
import type { SourceType } from "../database.ts";
import { BandClusters } from "./band-clusters.ts";
import { BandTable } from "./band-table.ts";
import { QueryWords } from "./fingerprint-words.ts";
import type { StoreStatements } from "./store-statements.ts";

/** Clusters whose first story is at most this many days from an item's day are candidates for it. */
export const CLUSTER_WINDOW_DAYS = 3;

/** The statement a BandIndex reads days with: a day's clusters above an id, with their fingerprints. */
export type BandDayReader = Pick<StoreStatements, "bandDayClusters">;

/** What is in memory of one (source type, day). */
interface BandDay {
  /** The highest cluster id read in; rows above it are read when the day is next used while stale. */
  maxClusterId: number;
  /** Set when something else may have written since: new rows are read in before the next lookup. */
  isStale: boolean;
}

/**
 * One source type's clusters of every day in memory, by band key. One table over all days, not one per
 * day: an item probes its 14 band keys once rather than once per day of its window, and a cluster
 * outside the window is skipped by its day (its cluster_band_days row's day, kept in each posting). Keys are the unsigned
 * band keys as int32 (`| 0`, a bijection).
 */
interface SourceBands {
  days: Map<number, BandDay>;
  byBand: BandTable;
  clusters: BandClusters;
}

/**
 * The near-duplicate band index of recent days per source type, read from cluster_band_days a day at a
 * time (band keys recomputed from each cluster's fingerprint) and topped up as this connection adds
 * clusters. See INGEST_CACHES in ingest-cache.ts for when it is trusted: rows are only ever added, with
 * growing cluster ids, so a stale day is brought up to date by reading its rows above the highest id it
 * holds. The bulk loader uses it too (bulk-load-clusters.ts).
 */
export class BandIndex {
  private readonly sources = new Map<SourceType, SourceBands>();
  private readonly query = new QueryWords();
  private calls = 0;
  private size = 0;

  /** Days held, over all source types. */
  get daysHeld(): number {
    return this.size;
  }

  /** Marks every day as possibly missing rows another writer added. */
  markStale(): void {
    for (const source of this.sources.values())
      for (const bandDay of source.days.values()) bandDay.isStale = true;
  }

  /**
   * The most similar cluster of `sourceType` within CLUSTER_WINDOW_DAYS of `day` at or above the
   * near-duplicate threshold; ties go to the newer cluster (a story re-run days later most likely
   * continues the latest one).
   */
  bestCluster(
    reader: BandDayReader,
    fingerprint: string,
    bands: readonly number[],
    sourceType: SourceType,
    day: number,
  ): number | undefined {
    const source = this.sourceOf(sourceType);
    for (let candidate = day - CLUSTER_WINDOW_DAYS; candidate <= day + CLUSTER_WINDOW_DAYS; candidate++) {
      this.readDay(reader, source, sourceType, candidate);
    }
    const call = ++this.calls;
    const query = this.query;
    query.read(fingerprint);
    let bestId: number | undefined;
    let bestSimilarity = 0;
    const { byBand, clusters } = source;
    for (const band of bands) {
      for (let cursor = byBand.first(band | 0); cursor !== 0; cursor = byBand.nextOf(cursor)) {
        // The day first, from the posting: a cluster outside the window is skipped however often it is met.
        if (Math.abs(byBand.dayAt(cursor) - day) > CLUSTER_WINDOW_DAYS) continue;
        const slot = byBand.clusterAt(cursor);
        if (clusters.isSeen(slot, call)) continue;
        const similarity = clusters.similarityAtLeast(query, slot, NEAR_DUPLICATE_SIMILARITY);
        if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
        const id = clusters.idOf(slot);
        if (
          bestId === undefined ||
          similarity > bestSimilarity ||
          (similarity === bestSimilarity && id > bestId)
        ) {
          bestId = id;
          bestSimilarity = similarity;
        }
      }
    }
    return bestId;
  }

  /** Adds a new cluster to its day if that day is held and current; otherwise it is read later. */
  addCluster(
    sourceType: SourceType,
    day: number,
    clusterId: number,
    fingerprint: string,
    bands: readonly number[],
  ): void {
    const source = this.sources.get(sourceType);
    const bandDay = source?.days.get(day);
    if (!source || !bandDay || bandDay.isStale) return;
    addCluster(source, bandDay, clusterId, day, fingerprint, bands);
  }

  private sourceOf(sourceType: SourceType): SourceBands {
    let source = this.sources.get(sourceType);
    if (!source) {
      source = { days: new Map(), byBand: new BandTable(), clusters: new BandClusters() };
      this.sources.set(sourceType, source);
    }
    return source;
  }

  /** Reads a day in, or tops it up when stale. */
  private readDay(reader: BandDayReader, source: SourceBands, sourceType: SourceType, day: number): void {
    let bandDay = source.days.get(day);
    if (bandDay?.isStale === false) return;
    if (!bandDay) {
      bandDay = { maxClusterId: 0, isStale: true };
      source.days.set(day, bandDay);
      this.size++;
    }
    for (const row of reader.bandDayClusters.all(sourceType, day, bandDay.maxClusterId)) {
      // Band keys are a pure function of the fingerprint, so they are not stored (migration 0006).
      const bands = fingerprintBands(row.fingerprint);
      addCluster(source, bandDay, row.cluster_id, day, row.fingerprint, bands);
    }
    bandDay.isStale = false;
  }
}

function addCluster(
  source: SourceBands,
  bandDay: BandDay,
  id: number,
  day: number,
  fingerprint: string,
  bands: readonly number[],
): void {
  const slot = source.clusters.add(id, fingerprint);
  for (const band of bands) source.byBand.add(band | 0, slot, day);
  if (id > bandDay.maxClusterId) bandDay.maxClusterId = id;
}
