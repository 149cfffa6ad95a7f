/** Why a document could not be turned into feed items. */
export type FeedParseErrorCode =
  | "empty"
  | "not-a-feed"
  | "malformed-xml"
  | "malformed-json"
  | "unsupported-encoding";

/** A feed document that could not be decoded or parsed; `source` names the feed (URL or file). */
export class FeedParseError extends Error {
  override readonly name = "FeedParseError";
  readonly code: FeedParseErrorCode;
  readonly source: string;

  constructor(code: FeedParseErrorCode, source: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.source = source;
  }
}

/** Why fetching a feed over HTTP failed. */
export type FeedFetchErrorCode =
  | "bad-url"
  | "timeout"
  | "too-large"
  | "too-many-redirects"
  | "http-error"
  | "bad-content-type"
  | "network";

/** Extra facts a fetch error can carry for the poller (HTTP status, server's Retry-After). */
export interface FeedFetchErrorDetails {
  status?: number;
  retryAfterSeconds?: number;
  cause?: unknown;
}

/** A feed that could not be fetched; `url` is the address that was asked for. */
export class FeedFetchError extends Error {
  override readonly name = "FeedFetchError";
  readonly code: FeedFetchErrorCode;
  readonly url: string;
  readonly status: number | undefined;
  readonly retryAfterSeconds: number | undefined;

  constructor(code: FeedFetchErrorCode, url: string, message: string, details: FeedFetchErrorDetails = {}) {
    super(message, { cause: details.cause });
    this.code = code;
    this.url = url;
    this.status = details.status;
    this.retryAfterSeconds = details.retryAfterSeconds;
  }
}
