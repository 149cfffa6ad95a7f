import type BetterSqlite3 from "better-sqlite3";
import type { SourceType } from "../database.ts";
import { type BandDayReader, BandIndex } from "./band-index.ts";

// Past this many band days in memory the index starts over and re-reads days from cluster_band_days: a
// bulk load moves through time, so only the days near the items being loaded are used.
const MAX_BAND_DAYS = 40;

/**
 * The near-duplicate index of a bulk load: storeScoredItems' BandIndex, so the loader makes exactly the
 * choice storeScoredItems makes, with days dropped from memory as the load moves on. The loader writes
 * each new cluster's cluster_band_days row as it goes, so a day dropped is read back complete; nothing
 * else writes meanwhile, so no day goes stale.
 */
export class BulkBandIndex {
  private index = new BandIndex();
  private readonly reader: BandDayReader;

  constructor(sqlite: BetterSqlite3.Database) {
    this.reader = {
      bandDayClusters: sqlite.prepare(
        `SELECT b.cluster_id, c.fingerprint FROM cluster_band_days b JOIN clusters c ON c.id = b.cluster_id
         WHERE b.source_type = ? AND b.day = ? AND b.cluster_id > ?`,
      ),
    };
  }

  /** The cluster an item with these bands joins, if any. */
  bestCluster(fingerprint: string, bands: readonly number[], sourceType: SourceType, day: number) {
    if (this.index.daysHeld >= MAX_BAND_DAYS) this.index = new BandIndex();
    return this.index.bestCluster(this.reader, fingerprint, bands, sourceType, day);
  }

  /** Records a new cluster (its cluster_band_days row is written by the caller in the same transaction). */
  addCluster(
    clusterId: number,
    fingerprint: string,
    bands: readonly number[],
    sourceType: SourceType,
    day: number,
  ) {
    this.index.addCluster(sourceType, day, clusterId, fingerprint, bands);
  }
}
