import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Scorer } from "@vigil/scoring";
import { type FeedPreparer, inlineFeedPreparer } from "./feed-preparer.ts";
import { INGEST_BATCH_SIZE, type VigilDb } from "./ingest-items.ts";
import { type ImportFileResult, type LoadedFile, storePreparedFiles } from "./store-prepared-feeds.ts";

export type { ImportFileResult } from "./store-prepared-feeds.ts";

/** File names a folder import picks up; a file named on the command line is always tried. */
export const FEED_FILE_PATTERN = /\.(?:xml|rss|atom|rdf|json|feed)$/i;
/** Reliability of an imported file's items unless the caller says otherwise: a saved feed of unknown origin. */
export const DEFAULT_IMPORT_RELIABILITY = 0.6;
// Saved feeds are small; a file above this is refused rather than read whole into memory.
const MAX_FILE_BYTES = 50 * 1024 * 1024;
// Files read and prepared ahead of the one being stored: enough to keep a worker busy and to give
// each commit a few feeds, few enough that memory stays small.
const READ_AHEAD = 16;

/** Inputs for `importFeeds`. */
export interface ImportFeedsOptions {
  db: VigilDb;
  /** Scores in this thread when no `preparer` is given. */
  scorer?: Scorer;
  /** Files and folders; folders are walked recursively for FEED_FILE_PATTERN. */
  paths: readonly string[];
  now: () => Date;
  reliability?: number;
  /** Called after each file, so a long import reports as it goes. */
  onResult?: (result: ImportFileResult) => void;
  /**
   * Parses and scores the files: startFeedWorker() does it on another core while this thread stores.
   * Default: in this thread, with `scorer`. The caller closes it. One of the two is needed.
   */
  preparer?: FeedPreparer;
}

/**
 * Imports saved feed files through the same pipeline as polled feeds: parse → score → store, one source
 * per file keyed by its `file://` URL, so importing again adds nothing. A broken file fails alone.
 * Files are prepared up to READ_AHEAD ahead; those ready when the store gets to them share one
 * transaction (storePreparedFiles), and each file is reported once its items are committed.
 */
export async function importFeeds(options: ImportFeedsOptions): Promise<ImportFileResult[]> {
  const entries: (string | ImportFileResult)[] = [];
  for (const given of options.paths) {
    const files = await feedFilesAt(given);
    if (typeof files === "string")
      entries.push({ file: path.resolve(given), status: "failed", error: files });
    else entries.push(...files);
  }
  const preparer = options.preparer ?? (options.scorer && inlineFeedPreparer(options.scorer));
  if (!preparer) throw new Error("importFeeds needs a scorer or a preparer");
  const loading: Promise<LoadedFile>[] = [];
  const loaded: (LoadedFile | undefined)[] = [];
  const load = (index: number): Promise<LoadedFile> => {
    loading[index] ??= loadEntry(entries[index] as string | ImportFileResult, preparer).then(
      (file) => (loaded[index] = file),
    );
    return loading[index];
  };

  const results: ImportFileResult[] = [];
  let next = 0;
  while (next < entries.length) {
    for (let index = next; index < Math.min(entries.length, next + READ_AHEAD); index++) load(index);
    // A worker's answers are events: while this loop only awaits settled promises (microtasks), the
    // answers that came in during the last store wait unread and each commit would take one file.
    await new Promise<void>((resolve) => setImmediate(resolve));
    const group = [await load(next)];
    let items = itemCount(group[0]);
    let end = next + 1;
    for (
      let ready = loaded[end];
      ready && items + itemCount(ready) <= INGEST_BATCH_SIZE;
      ready = loaded[end]
    ) {
      group.push(ready);
      items += itemCount(ready);
      end++;
    }
    const stored = await storePreparedFiles(group, {
      db: options.db,
      now: options.now,
      reliability: options.reliability ?? DEFAULT_IMPORT_RELIABILITY,
    });
    for (const result of stored) {
      results.push(result);
      options.onResult?.(result);
    }
    for (let index = next; index < end; index++) {
      // Stored: let the file's text and scores be collected.
      loading[index] = Promise.resolve(stored[index - next] as ImportFileResult);
      loaded[index] = undefined;
    }
    next = end;
  }
  return results;
}

function itemCount(file: LoadedFile | undefined): number {
  return file && "prepared" in file ? file.prepared.feed.items.length : 0;
}

async function loadEntry(entry: string | ImportFileResult, preparer: FeedPreparer): Promise<LoadedFile> {
  if (typeof entry !== "string") return entry;
  try {
    const size = (await stat(entry)).size;
    if (size > MAX_FILE_BYTES) {
      return {
        file: entry,
        status: "failed",
        error: `File '${entry}' is ${size.toLocaleString("en-US")} bytes, above the 50 MiB limit`,
      };
    }
    return { file: entry, prepared: await preparer.prepare(await readFile(entry), path.basename(entry)) };
  } catch (error) {
    return { file: entry, status: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}

/** The files a path stands for, in a stable order, or why it can't be read. */
async function feedFilesAt(given: string): Promise<string[] | string> {
  const absolute = path.resolve(given);
  try {
    return (await stat(absolute)).isDirectory() ? await feedFilesIn(absolute) : [absolute];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `Path '${given}' ${code === "ENOENT" ? "does not exist" : `can't be read: ${(error as Error).message}`}`;
  }
}

async function feedFilesIn(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && FEED_FILE_PATTERN.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}
