import path from "node:path";
import { pathToFileURL } from "node:url";
import { type StoreScoredItemsOptions, storeScoredBatches, storeScoredItems } from "@vigil/db";
import type { PreparedFeed } from "./feed-preparer.ts";
import { ensureImportSource } from "./import-source.ts";
import { INGEST_BATCH_SIZE, storeBatch, type VigilDb } from "./ingest-items.ts";

/** What importing one file did: items new and already stored, or why it failed, in words. */
export type ImportFileResult =
  | {
      file: string;
      status: "ok";
      format: string;
      items: number;
      inserted: number;
      duplicates: number;
      skipped: number;
    }
  | { file: string; status: "failed"; error: string };

/** A file read and prepared, or already failed. */
export type LoadedFile = { file: string; prepared: PreparedFeed } | ImportFileResult;

/**
 * Items of consecutive files an import stores in one commit. Twice a feed's INGEST_BATCH_SIZE: a commit
 * writes every page it dirtied to the WAL and the daily aggregates once per row it touched, and an
 * import's items land on the same index and aggregate pages commit after commit, so a bigger commit
 * writes fewer of them per item (storing thread ~10–15% less CPU per item than at 1,000, and half the
 * checkpoints). A commit of 2,000 items holds the write lock ~0.3 s.
 */
export const IMPORT_GROUP_ITEMS = 2_000;

/** What storing imported files needs besides the files. */
export interface StoreImportOptions {
  db: VigilDb;
  now: () => Date;
  /** The reliability a file's source gets when it is first imported. */
  reliability: number;
}

/**
 * Stores prepared files, each under its own source, in ONE transaction when together they hold at most
 * IMPORT_GROUP_ITEMS items (a file alone in batches of INGEST_BATCH_SIZE, as a feed); results come in
 * the given order, after the commit. If the shared transaction fails, each file is stored again on its
 * own, so a file that can't be stored fails alone and the others still go in.
 */
export async function storePreparedFiles(
  files: readonly LoadedFile[],
  options: StoreImportOptions,
): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = files.map((loaded) =>
    "prepared" in loaded ? { file: loaded.file, status: "failed", error: "not stored" } : loaded,
  );
  const batches: { index: number; batch: StoreScoredItemsOptions }[] = [];
  for (const [index, loaded] of files.entries()) {
    if (!("prepared" in loaded)) continue;
    try {
      batches.push({ index, batch: batchOf(loaded.file, loaded.prepared, options) });
    } catch (error) {
      results[index] = failed(loaded.file, error);
    }
  }
  const total = batches.reduce((sum, { batch }) => sum + batch.items.length, 0);
  let isStored = false;
  if (batches.length > 1 && total <= IMPORT_GROUP_ITEMS) {
    try {
      const stored = await storeScoredBatches(
        options.db,
        batches.map(({ batch }) => batch),
      );
      for (const [position, { index }] of batches.entries()) {
        results[index] = okResult(files[index], stored[position] ?? { inserted: 0, duplicates: 0 });
      }
      isStored = true;
    } catch {
      // Stored one by one below, where the file at fault reports its own error.
    }
  }
  if (!isStored) {
    for (const { index, batch } of batches) {
      const loaded = files[index] as LoadedFile;
      try {
        results[index] = okResult(loaded, await storeInSlices(options.db, batch));
      } catch (error) {
        results[index] = failed(loaded.file, error);
      }
    }
  }
  return results;
}

function batchOf(file: string, prepared: PreparedFeed, options: StoreImportOptions): StoreScoredItemsOptions {
  const { feed, scores, stories } = prepared;
  const now = options.now();
  const source = ensureImportSource(options.db, {
    url: pathToFileURL(file).href,
    name: feed.title?.trim() || path.basename(file),
    lang: feed.items.find((item) => item.lang)?.lang ?? "und",
    reliability: options.reliability,
    now,
  });
  return storeBatch(
    { sourceId: source.id, sourceType: "news", reliability: source.reliability },
    feed.items,
    scores,
    now,
    stories,
  );
}

/** One transaction per INGEST_BATCH_SIZE items, as ingestItems stores a feed. */
async function storeInSlices(
  db: VigilDb,
  batch: StoreScoredItemsOptions,
): Promise<{ inserted: number; duplicates: number }> {
  const counts = { inserted: 0, duplicates: 0 };
  for (let start = 0; start < batch.items.length; start += INGEST_BATCH_SIZE) {
    const items = batch.items.slice(start, start + INGEST_BATCH_SIZE);
    const stored = await storeScoredItems(db, { ...batch, items });
    counts.inserted += stored.inserted;
    counts.duplicates += stored.duplicates;
  }
  return counts;
}

function okResult(
  loaded: LoadedFile | undefined,
  counts: { inserted: number; duplicates: number },
): ImportFileResult {
  if (!loaded || !("prepared" in loaded)) throw new Error("only a prepared file has a result to report");
  const { feed } = loaded.prepared;
  return {
    file: loaded.file,
    status: "ok",
    format: feed.format,
    items: feed.items.length,
    skipped: feed.skippedItems,
    inserted: counts.inserted,
    duplicates: counts.duplicates,
  };
}

function failed(file: string, error: unknown): ImportFileResult {
  return { file, status: "failed", error: error instanceof Error ? error.message : String(error) };
}
