import type { CreateHTTPContextOptions } from "@trpc/server/adapters/standalone";
import { getDefaultScorer, type Scorer } from "@vigil/scoring";
import type { VigilDb } from "./ingest/ingest-items.ts";
import { createPoller, type Poller } from "./ingest/poller.ts";

/** What a context is built from; only `db` is required (tests and the CLI pass a temp or local db). */
export interface ContextOptions {
  db: VigilDb;
  /** The clock; tests pin it. Default: the system clock. */
  now?: () => Date;
  scorer?: Scorer;
  /** The running server's poller, so `feed.refresh` shares its per-host limits; else a private one. */
  poller?: Poller;
}

/** Everything a procedure may use. */
export interface Context {
  db: VigilDb;
  now: () => Date;
  scorer: Scorer;
  poller: Poller;
}

/** The context without HTTP: for tests (`createCaller`) and the CLI. */
export async function createContextInner(options: ContextOptions): Promise<Context> {
  const now = options.now ?? (() => new Date());
  const scorer = options.scorer ?? getDefaultScorer();
  const poller = options.poller ?? createPoller({ db: options.db, scorer, now });
  return { db: options.db, now, scorer, poller };
}

/** Binds a context to the server's resources, giving the `createContext({ req, res })` the HTTP adapter calls. */
export function createContextFactory(
  options: ContextOptions,
): (http: CreateHTTPContextOptions) => Promise<Context> {
  const inner = createContextInner(options);
  // One context serves every request: nothing in it depends on the caller (there is no login yet).
  return async function createContext(_http: CreateHTTPContextOptions): Promise<Context> {
    return inner;
  };
}
