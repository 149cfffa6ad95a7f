import {
  fingerprintBands,
  NEAR_DUPLICATE_SIMILARITY,
  storyFingerprint,
  storySimilarity,
} from "@vigil/scoring";
import type { Kysely } from "kysely";
import { z } from "zod";
import type { Database, SourceType } from "../database.ts";
import { dayOf } from "../days.ts";
import { NotFoundError } from "../errors.ts";
import { sqliteHandleOf } from "../open-database.ts";
import { parseInput } from "../parse-input.ts";
import { type StoreItem, StoreItemSchema } from "../schemas/store-item.ts";
import { AggregateDeltas } from "./aggregate-deltas.ts";
import { applyClusterEvidence, loadClusterMembers } from "./apply-cluster-evidence.ts";
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
  // better-sqlite3 transactions are synchronous, so nothing else runs on this connection meanwhile.
  return sqlite.transaction(() => {
    if (!statements.sourceExists.get(sourceId)) throw new NotFoundError("source", "id", sourceId);
    const result: StoreScoredItemsResult = { inserted: 0, duplicates: 0, clustered: 0 };
    const aggregates = new AggregateDeltas();
    const context = { statements, aggregates, sourceId, sourceType, reliability, now };
    for (const item of items) {
      const outcome = storeOne(context, item);
      if (outcome === "duplicate") result.duplicates++;
      else {
        result.inserted++;
        if (outcome === "clustered") result.clustered++;
      }
    }
    aggregates.flush(statements, sourceType);
    return result;
  })();
}

interface StoreContext {
  statements: StoreStatements;
  aggregates: AggregateDeltas;
  sourceId: number;
  sourceType: SourceType;
  reliability: number;
  now: Date;
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

  if (match) {
    const members = loadClusterMembers(statements, match.id);
    const sources = new Set(members.map((member) => member.sourceId)).size;
    statements.updateCluster.run(
      members.length,
      sources,
      Math.min(...members.map((member) => member.day)),
      match.id,
    );
    applyClusterEvidence(statements, match.id, aggregates, members, false);
    return "clustered";
  }
  statements.setFirstItem.run(itemId, clusterId);
  if (bands.length > 0)
    statements.insertBands.run(...bands.flatMap((band) => [band, sourceType, day, clusterId]));
  const member = {
    sourceId,
    day,
    reliability,
    countries: score.countries,
    factors: score.riskFactors,
    indicators: score.signals,
  };
  applyClusterEvidence(statements, clusterId, aggregates, [member], true);
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
