import { type ParseArgsConfig, parseArgs } from "node:util";
import { TRPCError } from "@trpc/server";
import { migrateToLatest, openDatabase, type VigilDatabase } from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import { ZodError } from "zod";
import { createContextInner } from "../context.ts";
import { type Config, databaseFile, loadConfig } from "../env.ts";
import { describeZodError } from "../errors.ts";
import { createPoller } from "../ingest/poller.ts";
import { createCaller } from "../routers/root.ts";

/** A command line the command can't run with; `vigil` prints the message and the usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = "UsageError";
}

type Options = NonNullable<ParseArgsConfig["options"]>;

/** `node:util` parseArgs in strict mode; its errors become one-line UsageErrors. */
export function parseCommandArgs<T extends Options>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    // parseArgs messages are already clear ("Unknown option '--windo'"); drop its hint about "--".
    throw new UsageError((error as Error).message.split(". To specify")[0] ?? String(error));
  }
}

/** Opens (and migrates) the database in the configured data dir, runs `task`, and always closes it. */
export async function withDatabase<T>(
  dataDir: string | undefined,
  task: (database: VigilDatabase, config: Config) => Promise<T>,
): Promise<T> {
  const config = loadConfig({ dataDir });
  const database = openDatabase({ file: databaseFile(config.dataDir) });
  try {
    await migrateToLatest(database.db);
    return await task(database, config);
  } finally {
    await database.close();
  }
}

/**
 * The API's procedures called in-process, so the CLI validates and answers exactly like HTTP clients.
 * The CLI acts as the local operator: whoever can run it can read the database file anyway, so role
 * checks pass, but nobody is signed in, so reporters' identities and exact places stay redacted.
 */
export async function cliCaller(database: VigilDatabase, config: Config) {
  const scorer = getDefaultScorer();
  const poller = createPoller({
    db: database.db,
    scorer,
    fetchTimeoutMs: config.fetchTimeoutMs,
    fetchMaxBytes: config.fetchMaxBytes,
    maxPerHost: config.maxPerHost,
  });
  return createCaller(await createContextInner({ db: database.db, scorer, poller, isLocalOperator: true }));
}

/**
 * Runs a command body: usage errors print the message and usage (exit 2); domain and validation errors
 * print one line (exit 1); anything else propagates to main.ts.
 */
export async function runCommand(usage: string, body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`${error.message}\n${usage}\n`);
      return 2;
    }
    const message = describeCliError(error);
    if (message === null) throw error;
    process.stderr.write(`${message}\n`);
    return 1;
  }
}

function describeCliError(error: unknown): string | null {
  if (error instanceof ZodError) return describeZodError(error);
  if (error instanceof TRPCError && error.code !== "INTERNAL_SERVER_ERROR") {
    return describeZodError(error.cause) ?? error.message;
  }
  return null;
}

/** Writes to stdout and resolves once it is flushed, so piping `--json` into a file loses nothing. */
export function writeOut(text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(text, (error) => (error ? reject(error) : resolve()));
  });
}
