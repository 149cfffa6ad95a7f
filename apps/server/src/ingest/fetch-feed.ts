import { FeedFetchError } from "./feed-errors.ts";
import {
  badUrlFailure,
  contentTypeFailure,
  httpFailure,
  networkFailure,
  redirectFailure,
  timeoutFailure,
  tooLargeFailure,
} from "./fetch-failures.ts";
import {
  BodyTooLargeError,
  discardBody,
  judgeContentType,
  looksLikeFeedBody,
  readLimitedBody,
  untilAborted,
} from "./http-body.ts";

/** How Vigil introduces itself to news sites. */
export const VIGIL_USER_AGENT = "Vigil/0.1 (+atrocity early-warning; contact in config)";
const ACCEPT =
  "application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

/** Options for one feed fetch; everything has a sane default. */
export interface FetchFeedOptions {
  /** Injected for tests and proxies; defaults to globalThis.fetch. */
  fetch?: typeof globalThis.fetch;
  /** ETag from the last successful fetch, sent as If-None-Match. */
  etag?: string | null;
  /** Last-Modified from the last successful fetch, sent as If-Modified-Since. */
  lastModified?: string | null;
  /** Deadline for the whole fetch: redirects, headers and body. Default 10 s. */
  timeoutMs?: number;
  /** Largest body accepted, counted after decompression. Default 5 MiB. */
  maxBytes?: number;
  /** Redirects followed before giving up. Default 5. */
  maxRedirects?: number;
  /** Overrides VIGIL_USER_AGENT, e.g. to carry the operator's contact from config. */
  userAgent?: string;
}

/** A fetched feed body, or the server's word that nothing changed since `etag`/`lastModified`. */
export type FetchFeedResult =
  | {
      status: "ok";
      body: Buffer;
      contentType: string | null;
      etag: string | null;
      lastModified: string | null;
      finalUrl: string;
    }
  | { status: "not-modified"; finalUrl: string };

/** Fetches a feed with a total deadline, a body cap, manual redirects and conditional GET; throws FeedFetchError. */
export async function fetchFeed(url: string, options: FetchFeedOptions = {}): Promise<FetchFeedResult> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxBytes ?? 5 * 1024 * 1024;
  const maxRedirects = options.maxRedirects ?? 5;
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const headers: Record<string, string> = {
    "user-agent": options.userAgent ?? VIGIL_USER_AGENT,
    accept: ACCEPT,
  };
  if (options.etag) headers["if-none-match"] = options.etag;
  if (options.lastModified) headers["if-modified-since"] = options.lastModified;

  let current = httpUrl(url, url, null);
  const controller = new AbortController();
  let hasTimedOut = false;
  const timer = setTimeout(() => {
    hasTimedOut = true;
    controller.abort(new Error("deadline passed"));
  }, timeoutMs);
  try {
    for (let redirects = 0; ; redirects++) {
      const request = fetchImpl(current.href, { headers, redirect: "manual", signal: controller.signal });
      const response = await untilAborted(request, controller.signal);
      const location = response.headers.get("location");
      if (REDIRECT_STATUSES.has(response.status) && location) {
        discardBody(response);
        if (redirects >= maxRedirects) throw redirectFailure(url, maxRedirects, location);
        current = httpUrl(location, url, current);
        continue;
      }
      if (response.status === 304) {
        discardBody(response);
        return { status: "not-modified", finalUrl: current.href };
      }
      if (!response.ok) {
        discardBody(response);
        throw httpFailure(url, response);
      }
      const contentType = response.headers.get("content-type");
      const verdict = judgeContentType(contentType);
      if (verdict === "reject") {
        discardBody(response);
        throw contentTypeFailure(url, contentType, ", which is not a feed");
      }
      const declaredLength = Number(response.headers.get("content-length") ?? Number.NaN);
      if (declaredLength > maxBytes) {
        discardBody(response);
        throw tooLargeFailure(url, maxBytes, declaredLength);
      }
      const body = await readLimitedBody(response.body, maxBytes, controller.signal);
      if (verdict === "sniff" && !looksLikeFeedBody(body)) {
        throw contentTypeFailure(url, contentType, " and a body that is neither XML nor JSON");
      }
      return {
        status: "ok",
        body,
        contentType,
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
        finalUrl: current.href,
      };
    }
  } catch (error) {
    if (error instanceof FeedFetchError) throw error;
    if (error instanceof BodyTooLargeError) throw tooLargeFailure(url, maxBytes);
    throw hasTimedOut ? timeoutFailure(url, timeoutMs, error) : networkFailure(url, error);
  } finally {
    clearTimeout(timer);
    // Closes any connection still streaming (a cut-off drip, an oversized body).
    controller.abort(new Error("fetch finished"));
  }
}

function httpUrl(location: string, requested: string, base: URL | null): URL {
  let target: URL;
  try {
    target = base ? new URL(location, base) : new URL(location);
  } catch (error) {
    const problem = base ? `redirected to an invalid address '${location}'` : "is not a valid URL";
    throw badUrlFailure(requested, problem, error);
  }
  if (target.protocol !== "http:" && target.protocol !== "https:") {
    const what = base ? `redirected to '${target.href}'` : "is";
    throw badUrlFailure(requested, `${what}, which is not an http(s) address`);
  }
  return target;
}
