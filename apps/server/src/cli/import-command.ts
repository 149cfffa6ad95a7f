import path from "node:path";
import { startFeedWorker } from "../ingest/feed-worker.ts";
import { type ImportFileResult, importFeeds } from "../ingest/import-feeds.ts";
import { parseCommandArgs, runCommand, UsageError, withDatabase, writeOut } from "./cli-kit.ts";

/** One-line description for `vigil help`. */
export const summary =
  "import saved feed files or folders (RSS, Atom, JSON Feed) offline: parse, score, store";

const USAGE = "Usage: pnpm vigil import PATH... [--data-dir DIR] [--reliability 0.6]";

/**
 * `vigil import PATH...`: one line per file (items new and already stored, or the error in words).
 * A broken feed never stops the run: the exit code is 0 when the run completed, 2 on a usage error.
 */
export function run(args: string[]): Promise<number> {
  return runCommand(USAGE, async () => {
    const { values, positionals } = parseCommandArgs(args, {
      "data-dir": { type: "string" },
      reliability: { type: "string" },
    });
    if (positionals.length === 0) throw new UsageError("Give at least one file or folder to import.");
    const reliability = values.reliability === undefined ? undefined : Number(values.reliability);
    if (reliability !== undefined && !(reliability >= 0 && reliability <= 1)) {
      throw new UsageError(`--reliability must be a number from 0 to 1, not '${values.reliability}'.`);
    }
    return withDatabase(values["data-dir"], async (database, config) => {
      const paths = positionals.map((given) => path.resolve(config.workingDir, given));
      // Parsing and scoring run in a worker thread while this one stores: an import uses two cores.
      const preparer = startFeedWorker();
      const results = await importFeeds({
        db: database.db,
        paths,
        now: () => new Date(),
        reliability,
        onResult: (result) => process.stdout.write(`${describeResult(result, config.workingDir)}\n`),
        preparer,
      }).finally(() => preparer.close());
      await writeOut(`${summarize(results)}\n`);
      return 0;
    });
  });
}

/** One line per file: `ok   name  rss2  25 items: 25 new, 0 already stored` or `FAIL name: why`. */
export function describeResult(result: ImportFileResult, base: string): string {
  const name = path.relative(base, result.file) || result.file;
  if (result.status === "failed") return `FAIL ${name}: ${result.error}`;
  const skipped = result.skipped > 0 ? `, ${result.skipped} without text skipped` : "";
  return `ok   ${name}  ${result.format}  ${result.items} items: ${result.inserted} new, ${result.duplicates} already stored${skipped}`;
}

function summarize(results: readonly ImportFileResult[]): string {
  const ok = results.filter((result) => result.status === "ok");
  const inserted = ok.reduce((sum, result) => sum + result.inserted, 0);
  const duplicates = ok.reduce((sum, result) => sum + result.duplicates, 0);
  return `Imported ${results.length} files: ${ok.length} ok, ${results.length - ok.length} failed; ${inserted} new items, ${duplicates} already stored.`;
}
