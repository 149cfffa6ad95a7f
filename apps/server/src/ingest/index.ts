// Feed ingestion: fetch → decode → parse, plus the poller's scheduling arithmetic.
export { decodeFeed, detectFeedEncoding, type EncodingSource, type FeedEncoding } from "./decode-feed.ts";
export {
  FeedFetchError,
  type FeedFetchErrorCode,
  FeedParseError,
  type FeedParseErrorCode,
} from "./feed-errors.ts";
export {
  type FeedFormat,
  FeedFormatSchema,
  type FeedItem,
  FeedItemSchema,
  type ParsedFeed,
  ParsedFeedSchema,
} from "./feed-item.ts";
export { type FetchAndParseResult, fetchAndParse, parseFeedFile } from "./feed-pipeline.ts";
export { type FetchFeedOptions, type FetchFeedResult, fetchFeed, VIGIL_USER_AGENT } from "./fetch-feed.ts";
export { parseFeed } from "./parse-feed.ts";
export {
  type BackoffOptions,
  backoffDelay,
  createHostLimiter,
  type HostLimiter,
  type NextPollOptions,
  nextPollAt,
  type RandomSource,
} from "./poll-schedule.ts";
