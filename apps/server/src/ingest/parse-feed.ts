import { FeedParseError } from "./feed-errors.ts";
import type { ParsedFeed } from "./feed-item.ts";
import { parseJsonFeed } from "./parse-json-feed.ts";
import { parseXmlFeed } from "./parse-xml-feed.ts";
import { sanitizeXml, wrapAtomXhtml } from "./sanitize-xml.ts";

export type { FeedFormat, FeedItem, ParsedFeed } from "./feed-item.ts";

const FEED_ROOTS = new Set(["rss", "rdf:RDF", "feed"]);
// Elements that start HTML pages: error pages, login walls and "document moved" notices that
// servers answer in place of a feed, with or without an <html> wrapper.
const HTML_ROOTS = new Set([
  "html",
  "head",
  "body",
  "title",
  "meta",
  "link",
  "script",
  "style",
  "div",
  "p",
  "a",
  "table",
  "center",
  "h1",
  "frameset",
]);
const PROLOG_ITEM = /^(?:\s+|<\?[\s\S]*?\?>|<!--[\s\S]*?-->)/;
const ROOT_TAG = /^<([A-Za-z_][\w.:-]*)/;
// Some sites serve an Atom <feed> inside an XHTML page; the feed itself is intact.
const EMBEDDED_ATOM = /<feed\b[^>]*>[\s\S]*<\/feed\s*>/;

/**
 * Parses decoded feed text (RSS 0.9x/1.0/2.0, Atom or JSON Feed) into plain-text items.
 * `source` names the feed in error messages. Never expands entities; throws FeedParseError only.
 */
export async function parseFeed(text: string, source = "feed"): Promise<ParsedFeed> {
  const trimmed = text.replace(/^[\uFEFF\s]+/, "");
  if (trimmed === "") throw new FeedParseError("empty", source, `Feed '${source}' is empty`);
  if (trimmed.startsWith("{")) return parseJsonFeed(trimmed, source);
  if (!trimmed.startsWith("<")) {
    throw new FeedParseError(
      "not-a-feed",
      source,
      `Feed '${source}' is not a feed: it is neither XML nor JSON`,
    );
  }

  const xml = sanitizeXml(trimmed);
  const root = rootElementOf(xml);
  if (root === null) {
    throw new FeedParseError("empty", source, `Feed '${source}' has an XML prolog but no document element`);
  }
  if (HTML_ROOTS.has(root.toLowerCase())) {
    const atom = xml.match(EMBEDDED_ATOM)?.[0];
    if (atom) return parseXmlFeed(wrapAtomXhtml(atom), source);
    throw new FeedParseError(
      "not-a-feed",
      source,
      `Feed '${source}' is not a feed: looks like an HTML page (root element <${root}>)`,
    );
  }
  if (!FEED_ROOTS.has(root)) {
    throw new FeedParseError(
      "not-a-feed",
      source,
      `Feed '${source}' is not a feed: root element <${root}> is not <rss>, <rdf:RDF> or <feed>`,
    );
  }
  return parseXmlFeed(root === "feed" ? wrapAtomXhtml(xml) : xml, source);
}

/** The name of the first element after the prolog (declaration, comments, PIs), or null if none. */
export function rootElementOf(xml: string): string | null {
  let rest = xml;
  for (let match = rest.match(PROLOG_ITEM); match; match = rest.match(PROLOG_ITEM)) {
    rest = rest.slice(match[0].length);
  }
  return rest.match(ROOT_TAG)?.[1] ?? null;
}
