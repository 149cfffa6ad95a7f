import { STATUS_CODES } from "node:http";
import { FeedFetchError } from "./feed-errors.ts";

// The words of every FeedFetchError, in one place so the messages stay consistent:
// each names the feed as it was asked for and says what happened.

/** The address, or a redirect's target, is not a usable http(s) URL. */
export function badUrlFailure(requested: string, problem: string, cause?: unknown): FeedFetchError {
  return new FeedFetchError("bad-url", requested, `Feed '${requested}' ${problem}`, { cause });
}

/** The whole fetch (redirects, headers, body) missed its deadline. */
export function timeoutFailure(url: string, timeoutMs: number, cause: unknown): FeedFetchError {
  const seconds = Number((timeoutMs / 1000).toFixed(3));
  return new FeedFetchError("timeout", url, `Feed '${url}' did not finish within ${seconds} s`, { cause });
}

/** The connection failed: refused, reset, no such host, TLS. */
export function networkFailure(url: string, cause: unknown): FeedFetchError {
  // undici wraps the socket error: TypeError("fetch failed") with `cause` ECONNREFUSED, ENOTFOUND…
  const inner = cause instanceof Error && cause.cause instanceof Error ? cause.cause : cause;
  const reason = inner instanceof Error ? inner.message || inner.name : String(inner);
  return new FeedFetchError("network", url, `Feed '${url}' could not be fetched: ${reason}`, { cause });
}

/** A non-2xx, non-304 answer; keeps the status and the server's Retry-After for the poller. */
export function httpFailure(url: string, response: Response): FeedFetchError {
  const reason = response.statusText || STATUS_CODES[response.status] || "";
  const retryAfter = response.headers.get("retry-after")?.trim();
  // Only the delta-seconds form: the HTTP-date form would need the clock, which the poller owns.
  const retryAfterSeconds = retryAfter && /^\d+$/.test(retryAfter) ? Number(retryAfter) : undefined;
  const message = `Feed '${url}' answered ${response.status} ${reason}`.trimEnd();
  return new FeedFetchError("http-error", url, message, { status: response.status, retryAfterSeconds });
}

/** More redirects than allowed. */
export function redirectFailure(url: string, maxRedirects: number, location: string): FeedFetchError {
  const message = `Feed '${url}' redirected more than ${maxRedirects} times (last to '${location}')`;
  return new FeedFetchError("too-many-redirects", url, message);
}

/** A content type that cannot be a feed; `why` completes the sentence. */
export function contentTypeFailure(url: string, contentType: string | null, why: string): FeedFetchError {
  const type = contentType ? `content type '${contentType}'` : "no content type";
  return new FeedFetchError("bad-content-type", url, `Feed '${url}' answered with ${type}${why}`);
}

/** A body over the byte cap, announced by Content-Length or found while reading. */
export function tooLargeFailure(url: string, maxBytes: number, announced?: number): FeedFetchError {
  const limit = `${maxBytes.toLocaleString("en-US")} bytes`;
  const detail = announced === undefined ? "" : ` (it announced ${announced.toLocaleString("en-US")})`;
  return new FeedFetchError("too-large", url, `Feed '${url}' is larger than the limit of ${limit}${detail}`);
}
