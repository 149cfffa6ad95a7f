import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database, SourceType } from "../database.ts";
import { NotFoundError } from "../errors.ts";
import { sqliteHandleOf } from "../open-database.ts";
import { parseInput } from "../parse-input.ts";
import { checkStoreBatch } from "../schemas/store-batch-check.ts";
import { StoreItemSchema } from "../schemas/store-item.ts";
import { AggregateDeltas } from "./aggregate-deltas.ts";
import { withForeignKeysOff } from "./foreign-keys-off.ts";
import { dropIngestCache, keepIngestCache, takeIngestCache } from "./ingest-cache.ts";
import { SortedIndexRows } from "./sorted-index-rows.ts";
import { type StoreContext, storeOne } from "./store-one.ts";
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
      const cache = takeIngestCache(sqlite, statements);
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
      if (!isNested) keepIngestCache(sqlite, statements, cache);
      return results;
    });
    // Big transactions skip the foreign-key lookups: every reference they write is known good.
    return withForeignKeysOff(sqlite, itemCount, transaction);
  } catch (error) {
    dropIngestCache(sqlite);
    throw error;
  }
}
