import { dueFeeds, type Feed, recordFeedFailure, recordFeedSuccess } from "@vigil/db";
import type { Scorer } from "@vigil/scoring";
import { FeedFetchError, FeedParseError } from "./feed-errors.ts";
import { fetchAndParse } from "./feed-pipeline.ts";
import { type IngestCounts, ingestItems, type VigilDb } from "./ingest-items.ts";
import { backoffDelay, createHostLimiter, nextPollAt, type RandomSource } from "./poll-schedule.ts";

/** What one poll of one feed came to; `error` is a sentence naming the feed. */
export type PollOutcome =
  | { feedId: number; url: string; status: "ok"; inserted: number; duplicates: number; nextAttemptAt: Date }
  | { feedId: number; url: string; status: "not-modified"; nextAttemptAt: Date }
  | { feedId: number; url: string; status: "failed"; error: string; nextAttemptAt: Date }
  | { feedId: number; url: string; status: "cancelled" };

/** Everything the poller touches, injected: clock, randomness and fetch are swapped in tests. */
export interface PollerOptions {
  db: VigilDb;
  scorer: Scorer;
  now?: () => Date;
  random?: RandomSource;
  fetch?: typeof globalThis.fetch;
  fetchTimeoutMs?: number;
  fetchMaxBytes?: number;
  maxPerHost?: number;
  /** How often the loop looks for due feeds. Default 15 s. */
  tickMs?: number;
  /** Backoff after failures: the base doubles per failure in a row, up to the cap. Default 60 s and 6 h. */
  backoffBaseSeconds?: number;
  backoffCapSeconds?: number;
  /** One line per feed poll. Default: nothing. */
  log?: (line: string) => void;
}

/** The background poller: `start()` runs the loop, `pollDue()`/`pollFeeds()` run one pass now. */
export interface Poller {
  start(): void;
  /** Stops the loop, cancels fetches in flight and waits until every write in progress has finished. */
  stop(): Promise<void>;
  /** Polls every due feed once, each on its own (a hanging host holds only its own slots). */
  pollDue(): Promise<PollOutcome[]>;
  /** Polls the given feeds now, due or not. */
  pollFeeds(feeds: readonly Feed[]): Promise<PollOutcome[]>;
  readonly isRunning: boolean;
}

// A failure is never retried sooner than this, even when full jitter draws close to zero.
const MIN_RETRY_SECONDS = 30;

/** Creates a poller; nothing runs until `start()` or a poll call. */
export function createPoller(options: PollerOptions): Poller {
  const { db, scorer, log } = options;
  const now = options.now ?? (() => new Date());
  const random = options.random ?? Math.random;
  const limiter = createHostLimiter(options.maxPerHost ?? 2);
  const stopController = new AbortController();
  const inFlight = new Map<number, Promise<PollOutcome>>();
  let timer: NodeJS.Timeout | undefined;
  let isRunning = false;
  let tick: Promise<unknown> = Promise.resolve();

  // Every fetch also listens to the stop signal, so shutdown never waits for a hanging host.
  const baseFetch = options.fetch ?? globalThis.fetch;
  const fetchUntilStopped: typeof globalThis.fetch = (input, init) => {
    const signal = init?.signal
      ? AbortSignal.any([init.signal, stopController.signal])
      : stopController.signal;
    return baseFetch(input, { ...init, signal });
  };

  function pollFeed(feed: Feed): Promise<PollOutcome> {
    const running = inFlight.get(feed.id);
    if (running) return running;
    const poll = limiter.run(feed.url, () => pollOnce(feed)).finally(() => inFlight.delete(feed.id));
    inFlight.set(feed.id, poll);
    return poll;
  }

  async function pollOnce(feed: Feed): Promise<PollOutcome> {
    const base = { feedId: feed.id, url: feed.url };
    if (stopController.signal.aborted) return { ...base, status: "cancelled" };
    const started = performance.now();
    try {
      const result = await fetchAndParse(feed.url, {
        fetch: fetchUntilStopped,
        etag: feed.etag,
        lastModified: feed.lastModified,
        timeoutMs: options.fetchTimeoutMs,
        maxBytes: options.fetchMaxBytes,
      });
      if (stopController.signal.aborted) return { ...base, status: "cancelled" };
      const polledAt = now();
      const nextAttemptAt = nextPollAt({ now: polledAt, intervalSeconds: feed.pollIntervalSeconds, random });
      let counts: IngestCounts = { inserted: 0, duplicates: 0 };
      if (result.status === "ok") {
        const source = { sourceId: feed.id, sourceType: "news" as const, reliability: feed.reliability };
        counts = await ingestItems({ db, scorer, source, items: result.feed.items, now: polledAt });
      }
      await recordFeedSuccess(db, {
        id: feed.id,
        now: polledAt,
        nextAttemptAt,
        // A 304 keeps the validators that earned it.
        etag: result.status === "ok" ? result.etag : feed.etag,
        lastModified: result.status === "ok" ? result.lastModified : feed.lastModified,
        itemsSeen: counts.inserted,
      });
      const took = `${Math.round(performance.now() - started)} ms`;
      if (result.status === "not-modified") {
        log?.(`poll ${feed.url}: not modified (304) in ${took}; next ${clock(nextAttemptAt)}`);
        return { ...base, status: "not-modified", nextAttemptAt };
      }
      log?.(
        `poll ${feed.url}: ${counts.inserted} new, ${counts.duplicates} known in ${took}; next ${clock(nextAttemptAt)}`,
      );
      return { ...base, status: "ok", ...counts, nextAttemptAt };
    } catch (error) {
      // Our own shutdown aborted the fetch: that says nothing about the feed's health.
      if (stopController.signal.aborted) return { ...base, status: "cancelled" };
      const failedAt = now();
      const failures = feed.consecutiveFailures + 1;
      const retryAfter = error instanceof FeedFetchError ? (error.retryAfterSeconds ?? 0) : 0;
      const backoff = backoffDelay({
        consecutiveFailures: failures,
        baseSeconds: options.backoffBaseSeconds ?? 60,
        capSeconds: options.backoffCapSeconds ?? 6 * 3600,
        random,
      });
      const nextAttemptAt = new Date(
        failedAt.getTime() + Math.max(MIN_RETRY_SECONDS, retryAfter, backoff) * 1000,
      );
      const message = describeFailure(feed.url, error);
      await recordFeedFailure(db, { id: feed.id, now: failedAt, error: message, nextAttemptAt });
      log?.(`poll ${feed.url}: FAILED (${failures} in a row): ${message}; next try ${clock(nextAttemptAt)}`);
      return { ...base, status: "failed", error: message, nextAttemptAt };
    }
  }

  function pollFeeds(feeds: readonly Feed[]): Promise<PollOutcome[]> {
    return Promise.all(feeds.map(pollFeed));
  }

  async function pollDue(): Promise<PollOutcome[]> {
    if (stopController.signal.aborted) return [];
    return pollFeeds(await dueFeeds(db, now()));
  }

  function scheduleTick(delayMs: number): void {
    if (!isRunning) return;
    timer = setTimeout(() => {
      // Each due feed starts on its own; a tick never waits for slow feeds from earlier ticks.
      tick = dueFeeds(db, now())
        .then((feeds) => {
          for (const feed of feeds) if (!inFlight.has(feed.id)) void pollFeed(feed);
        })
        .catch((error: unknown) => log?.(`poller: could not list due feeds: ${describeFailure("", error)}`))
        .finally(() => scheduleTick(options.tickMs ?? 15_000));
    }, delayMs);
    timer.unref();
  }

  return {
    start() {
      if (isRunning || stopController.signal.aborted) return;
      isRunning = true;
      scheduleTick(0);
    },
    async stop() {
      isRunning = false;
      clearTimeout(timer);
      stopController.abort(new Error("poller stopped"));
      await tick;
      await Promise.allSettled([...inFlight.values()]);
    },
    pollDue,
    pollFeeds,
    get isRunning() {
      return isRunning;
    },
  };
}

/** A failure in one sentence: feed errors already name the feed; anything else gets the URL added. */
function describeFailure(url: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (error instanceof FeedFetchError || error instanceof FeedParseError) return message;
  return url ? `Feed '${url}' failed: ${message}` : message;
}

function clock(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
