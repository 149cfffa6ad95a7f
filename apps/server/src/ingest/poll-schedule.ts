/** A source of uniform random numbers in [0, 1), like Math.random; injected so tests are exact. */
export type RandomSource = () => number;

/** Spread of the poll interval: ±10 %, so feeds added together do not stay in lock-step. */
export const POLL_JITTER = 0.1;

/** Inputs for `nextPollAt`. */
export interface NextPollOptions {
  now: Date;
  intervalSeconds: number;
  random: RandomSource;
}

/** When to poll a healthy feed next: `now` plus the interval, jittered by ±10 %. */
export function nextPollAt({ now, intervalSeconds, random }: NextPollOptions): Date {
  const factor = 1 + (2 * clampUnit(random()) - 1) * POLL_JITTER;
  return new Date(now.getTime() + intervalSeconds * factor * 1000);
}

/** Inputs for `backoffDelay`. */
export interface BackoffOptions {
  consecutiveFailures: number;
  baseSeconds: number;
  capSeconds: number;
  random: RandomSource;
}

/**
 * Seconds to wait after `consecutiveFailures` failures in a row: capped exponential backoff with
 * full jitter, a uniform draw from [0, min(cap, base·2^n)]. Full jitter spreads retries of feeds
 * that failed together (one host down) best; AWS Architecture Blog, "Exponential Backoff And Jitter".
 */
export function backoffDelay({
  consecutiveFailures,
  baseSeconds,
  capSeconds,
  random,
}: BackoffOptions): number {
  // 2^1024 is Infinity; any exponent past the cap's reach gives the same ceiling.
  const exponent = Math.min(Math.max(0, Math.floor(consecutiveFailures)), 1000);
  const ceiling = Math.min(capSeconds, baseSeconds * 2 ** exponent);
  return clampUnit(random()) * ceiling;
}

/** Runs tasks keyed by URL host, at most `maxPerHost` at a time per host. */
export interface HostLimiter {
  run<T>(url: string, task: () => Promise<T>): Promise<T>;
  /** Tasks running now for the host of `url`. */
  activeFor(url: string): number;
  /** Tasks waiting for the host of `url`. */
  queuedFor(url: string): number;
}

interface HostQueue {
  active: number;
  waiting: Array<() => void>;
}

/**
 * A per-host concurrency limiter: polite to each news site, and a slow or hanging host only
 * ever holds its own slots, never another host's.
 */
export function createHostLimiter(maxPerHost: number): HostLimiter {
  if (!Number.isInteger(maxPerHost) || maxPerHost < 1) {
    throw new RangeError(`maxPerHost must be a positive integer, not ${maxPerHost}`);
  }
  const hosts = new Map<string, HostQueue>();

  function queueFor(url: string): HostQueue {
    const key = hostKey(url);
    let queue = hosts.get(key);
    if (!queue) {
      queue = { active: 0, waiting: [] };
      hosts.set(key, queue);
    }
    return queue;
  }

  function release(url: string, queue: HostQueue): void {
    const next = queue.waiting.shift();
    if (next) {
      next();
      return;
    }
    queue.active--;
    if (queue.active === 0) hosts.delete(hostKey(url));
  }

  return {
    async run<T>(url: string, task: () => Promise<T>): Promise<T> {
      const queue = queueFor(url);
      if (queue.active < maxPerHost) queue.active++;
      // A finishing task hands its slot straight to the next waiter, so `active` stays put.
      else await new Promise<void>((resolve) => queue.waiting.push(resolve));
      try {
        return await task();
      } finally {
        release(url, queue);
      }
    },
    activeFor: (url) => hosts.get(hostKey(url))?.active ?? 0,
    queuedFor: (url) => hosts.get(hostKey(url))?.waiting.length ?? 0,
  };
}

// Host with port, lower-cased; an unparsable URL is its own key rather than an error here,
// since fetching it will fail with a clearer message.
function hostKey(url: string): string {
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return url;
  }
}

function clampUnit(value: number): number {
  if (!Number.isFinite(value) || value < 0) return 0;
  return Math.min(value, 1);
}
