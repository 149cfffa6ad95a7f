import { fingerprintHashes, NEAR_DUPLICATE_SIMILARITY } from "@vigil/scoring";
import type { SourceType } from "../database.ts";
import type { StoreStatements } from "./store-statements.ts";

/** Clusters whose first story is at most this many days from an item's day are candidates for it. */
export const CLUSTER_WINDOW_DAYS = 3;

/**
 * A day's band index: band key → cluster ids, with the word hashes of the clusters' fingerprints.
 * Keys and hashes are kept as signed 32-bit integers (`| 0`, a bijection on the unsigned values), which
 * V8 stores unboxed: the unsigned ones above 2^31 are heap numbers and every Map probe hashed them anew.
 */
interface BandDay {
  /** The highest cluster id read in; rows above it are read when the day is next used while stale. */
  maxClusterId: number;
  /** Set when something else may have written since: new rows are read in before the next lookup. */
  isStale: boolean;
  byBand: Map<number, number[]>;
  hashes: Map<number, Int32Array>;
}

/**
 * The near-duplicate band index of recent days per source type, read from cluster_bands a day at a time
 * and topped up as this connection adds clusters. See INGEST_CACHES in store-items.ts for when it is
 * trusted: band rows are only ever added, with growing cluster ids, so a stale day is brought up to date
 * by reading its rows above the highest id it holds.
 */
export class BandIndex {
  private readonly days = new Map<SourceType, Map<number, BandDay>>();
  private size = 0;

  /** Days held, over all source types. */
  get daysHeld(): number {
    return this.size;
  }

  /** Marks every day as possibly missing rows another writer added. */
  markStale(): void {
    for (const byDay of this.days.values()) for (const bandDay of byDay.values()) bandDay.isStale = true;
  }

  /**
   * The most similar cluster of `sourceType` within CLUSTER_WINDOW_DAYS of `day` at or above the
   * near-duplicate threshold; ties go to the newer cluster (a story re-run days later most likely
   * continues the latest one).
   */
  bestCluster(
    statements: StoreStatements,
    fingerprint: string,
    bands: readonly number[],
    sourceType: SourceType,
    day: number,
  ): number | undefined {
    let bestId: number | undefined;
    let bestSimilarity = 0;
    const seen = new Set<number>();
    const words = new Set<number>();
    for (const hash of fingerprintHashes(fingerprint)) words.add(hash | 0);
    for (
      let candidateDay = day - CLUSTER_WINDOW_DAYS;
      candidateDay <= day + CLUSTER_WINDOW_DAYS;
      candidateDay++
    ) {
      const bandDay = this.dayOf(statements, sourceType, candidateDay);
      if (bandDay.byBand.size === 0) continue;
      for (const band of bands) {
        const ids = bandDay.byBand.get(band | 0);
        if (ids === undefined) continue;
        for (const id of ids) {
          if (seen.has(id)) continue;
          seen.add(id);
          const similarity = similarityTo(words, bandDay.hashes.get(id));
          if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
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
    }
    return bestId;
  }

  /** Adds a new cluster's bands to its day if that day is held and current; otherwise it is read later. */
  addCluster(
    sourceType: SourceType,
    day: number,
    clusterId: number,
    fingerprint: string,
    bands: readonly number[],
  ): void {
    const bandDay = this.days.get(sourceType)?.get(day);
    if (!bandDay || bandDay.isStale) return;
    const hashes = hashesOf(fingerprint);
    for (const band of bands) addBand(bandDay, band, clusterId, hashes);
  }

  /** A day's index, read in or topped up from cluster_bands when stale. */
  private dayOf(statements: StoreStatements, sourceType: SourceType, day: number): BandDay {
    let byDay = this.days.get(sourceType);
    if (!byDay) {
      byDay = new Map();
      this.days.set(sourceType, byDay);
    }
    let bandDay = byDay.get(day);
    if (!bandDay) {
      bandDay = { maxClusterId: 0, isStale: true, byBand: new Map(), hashes: new Map() };
      byDay.set(day, bandDay);
      this.size++;
    }
    if (bandDay.isStale) {
      for (const row of statements.dayBands.all(sourceType, day, bandDay.maxClusterId)) {
        const hashes = bandDay.hashes.get(row.cluster_id) ?? hashesOf(row.fingerprint);
        addBand(bandDay, row.band_key, row.cluster_id, hashes);
      }
      bandDay.isStale = false;
    }
    return bandDay;
  }
}

function addBand(bandDay: BandDay, band: number, clusterId: number, hashes: Int32Array): void {
  const key = band | 0;
  const ids = bandDay.byBand.get(key);
  if (ids) ids.push(clusterId);
  else bandDay.byBand.set(key, [clusterId]);
  bandDay.hashes.set(clusterId, hashes);
  if (clusterId > bandDay.maxClusterId) bandDay.maxClusterId = clusterId;
}

function hashesOf(fingerprint: string): Int32Array {
  return Int32Array.from(fingerprintHashes(fingerprint));
}

/** storySimilarity(a, b) given a's word hashes as a set and b's as an array, both as int32. */
function similarityTo(left: ReadonlySet<number>, right: Int32Array | undefined): number {
  if (left.size === 0 || right === undefined || right.length === 0) return 0;
  let shared = 0;
  for (const hash of right) if (left.has(hash)) shared++;
  return shared / (left.size + right.length - shared);
}
