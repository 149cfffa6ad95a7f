import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";
import type { Scorer } from "@vigil/scoring";
import { parseFeedFile } from "./feed-pipeline.ts";
import { ensureImportSource } from "./import-source.ts";
import { ingestItems, type VigilDb } from "./ingest-items.ts";

/** File names a folder import picks up; a file named on the command line is always tried. */
export const FEED_FILE_PATTERN = /\.(?:xml|rss|atom|rdf|json|feed)$/i;
/** Reliability of an imported file's items unless the caller says otherwise: a saved feed of unknown origin. */
export const DEFAULT_IMPORT_RELIABILITY = 0.6;
// Saved feeds are small; a file above this is refused rather than read whole into memory.
const MAX_FILE_BYTES = 50 * 1024 * 1024;

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

/** Inputs for `importFeeds`. */
export interface ImportFeedsOptions {
  db: VigilDb;
  scorer: Scorer;
  /** Files and folders; folders are walked recursively for FEED_FILE_PATTERN. */
  paths: readonly string[];
  now: () => Date;
  reliability?: number;
  /** Called after each file, so a long import reports as it goes. */
  onResult?: (result: ImportFileResult) => void;
}

/**
 * Imports saved feed files through the same pipeline as polled feeds: parse → score → store, one source
 * per file keyed by its `file://` URL, so importing again adds nothing. A broken file fails alone.
 */
export async function importFeeds(options: ImportFeedsOptions): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  const report = (result: ImportFileResult) => {
    results.push(result);
    options.onResult?.(result);
  };
  for (const given of options.paths) {
    const files = await feedFilesAt(given);
    if (typeof files === "string") report({ file: path.resolve(given), status: "failed", error: files });
    else for (const file of files) report(await importFile(file, options));
  }
  return results;
}

async function importFile(file: string, options: ImportFeedsOptions): Promise<ImportFileResult> {
  try {
    const size = (await stat(file)).size;
    if (size > MAX_FILE_BYTES) {
      return {
        file,
        status: "failed",
        error: `File '${file}' is ${size.toLocaleString("en-US")} bytes, above the 50 MiB limit`,
      };
    }
    const feed = await parseFeedFile(await readFile(file), path.basename(file));
    const now = options.now();
    const source = await ensureImportSource(options.db, {
      url: pathToFileURL(file).href,
      name: feed.title?.trim() || path.basename(file),
      lang: feed.items.find((item) => item.lang)?.lang ?? "und",
      reliability: options.reliability ?? DEFAULT_IMPORT_RELIABILITY,
      now,
    });
    const counts = await ingestItems({
      db: options.db,
      scorer: options.scorer,
      source: { sourceId: source.id, sourceType: "news", reliability: source.reliability },
      items: feed.items,
      now,
    });
    return {
      file,
      status: "ok",
      format: feed.format,
      items: feed.items.length,
      skipped: feed.skippedItems,
      ...counts,
    };
  } catch (error) {
    return { file, status: "failed", error: error instanceof Error ? error.message : String(error) };
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
