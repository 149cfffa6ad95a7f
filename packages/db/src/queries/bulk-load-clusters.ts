import { fingerprintHashes, NEAR_DUPLICATE_SIMILARITY } from "@vigil/scoring";
import type BetterSqlite3 from "better-sqlite3";
import type { SourceType } from "../database.ts";
import { CLUSTER_WINDOW_DAYS } from "./store-items.ts";

/** The clusters of one source type whose band days are in memory, by LSH band key. */
interface BandMap {
  loadedDays: Set<number>;
  byBand: Map<number, number[]>;
  /** Each in-memory cluster's band day (its first story's day) and fingerprint word hashes. */
  dayOf: Map<number, number>;
  hashes: Map<number, number[]>;
}

// Past this many band days in memory the index starts over and re-reads days from cluster_bands: a
// bulk load moves through time, so only the days near the items being loaded are used.
const MAX_BAND_DAYS = 40;

/**
 * The near-duplicate index of a bulk load: the same choice storeScoredItems makes (store-items.ts,
 * bestCluster), the most similar cluster of the same source type whose first story is within
 * CLUSTER_WINDOW_DAYS, ties to the newer cluster, at NEAR_DUPLICATE_SIMILARITY or above. One map per
 * source type over all days in memory, not one per day: an item probes its 14 band keys once rather
 * than once per day of its window (large maps miss the CPU cache on every probe). The loader writes
 * band rows as it goes, so a day dropped from memory is read back complete.
 */
export class BulkBandIndex {
  private readonly maps = new Map<string, BandMap>();
  private readonly dayBands: BetterSqlite3.Statement<
    [string, number],
    { band_key: number; cluster_id: number; fingerprint: string }
  >;

  constructor(sqlite: BetterSqlite3.Database) {
    this.dayBands = sqlite.prepare(
      `SELECT b.band_key, b.cluster_id, c.fingerprint FROM cluster_bands b JOIN clusters c ON c.id = b.cluster_id
       WHERE b.source_type = ? AND b.day = ?`,
    );
  }

  /** The cluster an item with these bands joins, if any. */
  bestCluster(fingerprint: string, bands: readonly number[], sourceType: SourceType, day: number) {
    const map = this.mapOf(sourceType, day);
    let bestId = 0;
    let bestSimilarity = -1;
    let words: Set<number> | undefined;
    for (const band of bands) {
      const ids = map.byBand.get(band);
      if (ids === undefined) continue;
      for (const id of ids) {
        const clusterDay = map.dayOf.get(id) ?? Number.NaN;
        if (!(Math.abs(clusterDay - day) <= CLUSTER_WINDOW_DAYS) || id === bestId) continue;
        words ??= new Set(fingerprintHashes(fingerprint));
        const similarity = similarityTo(words, map.hashes.get(id) ?? []);
        if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
        if (similarity > bestSimilarity || (similarity === bestSimilarity && id > bestId)) {
          bestId = id;
          bestSimilarity = similarity;
        }
      }
    }
    return bestId > 0 ? bestId : undefined;
  }

  /** Records a new cluster's bands (its band rows are written by the caller in the same transaction). */
  addCluster(
    clusterId: number,
    fingerprint: string,
    bands: readonly number[],
    sourceType: SourceType,
    day: number,
  ) {
    const map = this.maps.get(sourceType);
    // A day not in memory is read from cluster_bands, this cluster's rows included, when first needed.
    if (!map?.loadedDays.has(day)) return;
    addCluster(map, clusterId, day, fingerprintHashes(fingerprint), bands);
  }

  /** The source type's map with every day of `day`'s window read in. */
  private mapOf(sourceType: SourceType, day: number): BandMap {
    let map = this.maps.get(sourceType);
    for (let candidate = day - CLUSTER_WINDOW_DAYS; candidate <= day + CLUSTER_WINDOW_DAYS; candidate++) {
      if (map?.loadedDays.has(candidate)) continue;
      if (!map || map.loadedDays.size >= MAX_BAND_DAYS) {
        map = { loadedDays: new Set(), byBand: new Map(), dayOf: new Map(), hashes: new Map() };
        this.maps.set(sourceType, map);
        candidate = day - CLUSTER_WINDOW_DAYS - 1; // start the window over on the fresh map
        continue;
      }
      map.loadedDays.add(candidate);
      const rows = this.dayBands.all(sourceType, candidate);
      const bandsOf = new Map<number, { fingerprint: string; bands: number[] }>();
      for (const row of rows) {
        const cluster = bandsOf.get(row.cluster_id);
        if (cluster) cluster.bands.push(row.band_key);
        else bandsOf.set(row.cluster_id, { fingerprint: row.fingerprint, bands: [row.band_key] });
      }
      for (const [id, cluster] of bandsOf) {
        addCluster(map, id, candidate, fingerprintHashes(cluster.fingerprint), cluster.bands);
      }
    }
    return map as BandMap;
  }
}

function addCluster(
  map: BandMap,
  clusterId: number,
  day: number,
  hashes: number[],
  bands: readonly number[],
) {
  map.dayOf.set(clusterId, day);
  map.hashes.set(clusterId, hashes);
  for (const band of bands) {
    const ids = map.byBand.get(band);
    if (ids) ids.push(clusterId);
    else map.byBand.set(band, [clusterId]);
  }
}

/** storySimilarity(a, b) given a's word hashes as a set and b's as an array. */
function similarityTo(left: ReadonlySet<number>, right: readonly number[]): number {
  if (left.size === 0 || right.length === 0) return 0;
  let shared = 0;
  for (const hash of right) if (left.has(hash)) shared++;
  return shared / (left.size + right.length - shared);
}
