import { decodeFeed } from "./decode-feed.ts";
import type { ParsedFeed } from "./feed-item.ts";
import { type FetchFeedOptions, fetchFeed } from "./fetch-feed.ts";
import { parseFeed } from "./parse-feed.ts";

/** A fetched and parsed feed with the validators for the next conditional GET, or "nothing new". */
export type FetchAndParseResult =
  | { status: "ok"; feed: ParsedFeed; etag: string | null; lastModified: string | null; finalUrl: string }
  | { status: "not-modified"; finalUrl: string };

/** Fetches a feed, decodes its bytes and parses them; throws FeedFetchError or FeedParseError. */
export async function fetchAndParse(
  url: string,
  options: FetchFeedOptions = {},
): Promise<FetchAndParseResult> {
  const fetched = await fetchFeed(url, options);
  if (fetched.status === "not-modified") return fetched;
  const text = decodeFeed(fetched.body, fetched.contentType, url);
  const feed = await parseFeed(text, url);
  return {
    status: "ok",
    feed,
    etag: fetched.etag,
    lastModified: fetched.lastModified,
    finalUrl: fetched.finalUrl,
  };
}

/** Parses a saved feed file (offline import): no HTTP headers, so BOM, XML declaration or sniffing decide the encoding. */
export async function parseFeedFile(bytes: Uint8Array, nameForErrors: string): Promise<ParsedFeed> {
  return parseFeed(decodeFeed(bytes, null, nameForErrors), nameForErrors);
}
