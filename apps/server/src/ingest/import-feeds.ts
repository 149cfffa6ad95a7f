import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { withBulkCheckpoints } from "@vigil/db";
import type { Scorer } from "@vigil/scoring";
import { type FeedPreparer, inlineFeedPreparer } from "./feed-preparer.ts";
import type { VigilDb } from "./ingest-items.ts";
import {
  IMPORT_GROUP_ITEMS,
  type ImportFileResult,
  type LoadedFile,
  storePreparedFiles,
} from "./store-prepared-feeds.ts";

export type { ImportFileResult } from "./store-prepared-feeds.ts";

/** File names a folder import picks up; a file named on the command line is always tried. */
export const FEED_FILE_PATTERN = /\.(?:xml|rss|atom|rdf|json|feed)$/i;
/** Reliability of an imported file's items unless the caller says otherwise: a saved feed of unknown origin. */
export const DEFAULT_IMPORT_RELIABILITY = 0.6;
// Saved feeds are small; a file above this is refused rather than read whole into memory.
const MAX_FILE_BYTES = 50 * 1024 * 1024;
// Files read and prepared ahead of the group being stored: more than a group holds, so the preparer
// never waits for the store, and never more than this many bytes of files, so memory stays bounded.
const READ_AHEAD_FILES = 64;
const READ_AHEAD_BYTES = 32 * 1024 * 1024;
// A commit takes at most IMPORT_GROUP_ITEMS items, and at most this many files (each has a source row).
const MAX_GROUP_FILES = 64;

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
 * Files are prepared up to READ_AHEAD_FILES / READ_AHEAD_BYTES ahead of the store; consecutive files
 * with at most IMPORT_GROUP_ITEMS items in all share one transaction (storePreparedFiles), and each file
 * is reported once its items are committed.
 */
export async function importFeeds(options: ImportFeedsOptions): Promise<ImportFileResult[]> {
  const entries: (FeedFile | ImportFileResult)[] = [];
  for (const given of options.paths) {
    const files = await feedFilesAt(given);
    if (typeof files === "string")
      entries.push({ file: path.resolve(given), status: "failed", error: files });
    else entries.push(...files);
  }
  const preparer = options.preparer ?? (options.scorer && inlineFeedPreparer(options.scorer));
  if (!preparer) throw new Error("importFeeds needs a scorer or a preparer");
  const loading: Promise<LoadedFile>[] = [];
  const load = (index: number): Promise<LoadedFile> => {
    loading[index] ??= loadEntry(entries[index] as FeedFile | ImportFileResult, preparer);
    return loading[index];
  };
  const prefetch = (from: number) => {
    let bytes = 0;
    const last = Math.min(entries.length, from + READ_AHEAD_FILES);
    for (let index = from; index < last && bytes < READ_AHEAD_BYTES; index++) {
      load(index);
      const entry = entries[index];
      bytes += entry && "size" in entry ? entry.size : 0;
    }
  };

  // Checkpoints every ~40 MiB of WAL rather than every 4 MiB while the import writes (open-database.ts).
  return withBulkCheckpoints(options.db, async () => {
    const results: ImportFileResult[] = [];
    let next = 0;
    // The first groups are smaller (1, 2, 4, … files): the preparer starts JIT-cold, and a full first
    // group kept this thread idle while it came (~150 ms for 1,000 items). Sizes are fixed, not "what
    // is ready", so the same files always make the same commits (aggregates are summed per commit).
    let groupFiles = 1;
    while (next < entries.length) {
      // A group waits for its files rather than taking only those already back: a commit's cost barely
      // grows with its size, and while this thread waits it has nothing else to do. The files after the
      // group are requested first, so the preparer works on them while the group is stored.
      const group = [await load(next)];
      let items = itemCount(group[0]);
      let end = next + 1;
      const maxFiles = groupFiles;
      groupFiles = Math.min(2 * groupFiles, MAX_GROUP_FILES);
      while (end < entries.length && group.length < maxFiles) {
        prefetch(end);
        const ready = await load(end);
        if (items + itemCount(ready) > IMPORT_GROUP_ITEMS) break;
        group.push(ready);
        items += itemCount(ready);
        end++;
      }
      prefetch(end);
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
      }
      next = end;
    }
    return results;
  });
}

function itemCount(file: LoadedFile | undefined): number {
  return file && "prepared" in file ? file.prepared.feed.items.length : 0;
}

/** A file to import and its size when the import started. */
interface FeedFile {
  file: string;
  size: number;
}

async function loadEntry(entry: FeedFile | ImportFileResult, preparer: FeedPreparer): Promise<LoadedFile> {
  if (!("size" in entry)) return entry;
  const { file, size } = entry;
  try {
    if (size > MAX_FILE_BYTES) {
      return {
        file,
        status: "failed",
        error: `File '${file}' is ${size.toLocaleString("en-US")} bytes, above the 50 MiB limit`,
      };
    }
    return { file, prepared: await preparer.prepareFile(file, path.basename(file)) };
  } catch (error) {
    return { file, status: "failed", error: error instanceof Error ? error.message : String(error) };
  }
}

/** The files a path stands for, in a stable order, or why it can't be read. */
async function feedFilesAt(given: string): Promise<FeedFile[] | string> {
  const absolute = path.resolve(given);
  try {
    const stats = await stat(absolute);
    return stats.isDirectory() ? await feedFilesIn(absolute) : [{ file: absolute, size: stats.size }];
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return `Path '${given}' ${code === "ENOENT" ? "does not exist" : `can't be read: ${(error as Error).message}`}`;
  }
}

async function feedFilesIn(dir: string): Promise<FeedFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries
    .filter((entry) => entry.isFile() && FEED_FILE_PATTERN.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
  // A file gone or unreadable by now fails alone when it is read, with the error saying why.
  const sizeOf = (file: string) =>
    stat(file).then(
      (stats) => stats.size,
      () => 0,
    );
  return Promise.all(files.map(async (file) => ({ file, size: await sizeOf(file) })));
}
