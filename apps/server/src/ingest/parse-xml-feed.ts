import Parser from "rss-parser";
import { FeedParseError } from "./feed-errors.ts";
import {
  buildFeedItem,
  type FeedFormat,
  type FeedItem,
  normalizeLang,
  type ParsedFeed,
  resolveHttpUrl,
} from "./feed-item.ts";
import { attributeOf, childrenOf, hardenFeedTree, rawItemsOf, textOf, type XmlNode } from "./xml-tree.ts";

type ParsedXmlItem = Parser.Item & { [field: string]: unknown };
type XmlTreeCallback = (error: unknown, tree: unknown) => void;
interface XmlTreeParser {
  parseString(xml: string, callback: XmlTreeCallback): unknown;
}

/** Parses sanitised RSS 0.9x/1.0/2.0 or Atom text with rss-parser; throws FeedParseError. */
export async function parseXmlFeed(xml: string, source: string): Promise<ParsedFeed> {
  // A fresh parser per call: rss-parser keeps one stateful xml2js parser per instance.
  const parser = new Parser({ defaultRSS: 2 });
  let tree: XmlNode | null = null;
  interceptTree(parser, (parsedTree) => {
    tree = parsedTree;
  });
  let output: Parser.Output<ParsedXmlItem>;
  try {
    // Promise form only: given a callback, rss-parser calls it from a setTimeout, where a throw
    // would escape every try/catch. xml2js itself works synchronously inside that promise.
    output = await parser.parseString(xml);
  } catch (error) {
    throw toParseError(error, source);
  }
  if (!tree)
    throw new FeedParseError("malformed-xml", source, `Feed '${source}' has no XML document element`);
  return buildParsedFeed(output, tree);
}

// rss-parser exposes no hook between xml2js and its own mapping; wrapping its (pinned, 3.13)
// `xmlParser` lets us repair the tree before rss-parser reads it and keep it for `xml:lang`.
function interceptTree(parser: Parser, onTree: (tree: XmlNode) => void): void {
  const internals = parser as unknown as { xmlParser: XmlTreeParser };
  const xmlParser = internals.xmlParser;
  internals.xmlParser = {
    parseString(xml, callback) {
      return xmlParser.parseString(xml, (error, tree) => {
        if (error || typeof tree !== "object" || tree === null) return callback(error, tree);
        try {
          hardenFeedTree(tree as XmlNode);
          onTree(tree as XmlNode);
        } catch (hardenError) {
          return callback(hardenError, undefined);
        }
        return callback(null, tree);
      });
    },
  };
}

function buildParsedFeed(output: Parser.Output<ParsedXmlItem>, tree: XmlNode): ParsedFeed {
  const format = formatOf(tree);
  const root = (tree.feed ?? tree["rdf:RDF"] ?? tree.rss) as XmlNode;
  const channel = childrenOf(format === "atom" ? tree : root, format === "atom" ? "feed" : "channel")[0];
  const feedFields = output as unknown as Record<string, unknown>;
  const feedLang =
    normalizeLang(textOf(feedFields.language)) ??
    normalizeLang(textOf(childrenOf(channel, "dc:language")[0])) ??
    normalizeLang(attributeOf(channel, "xml:lang") ?? attributeOf(root, "xml:lang"));
  const link = resolveHttpUrl(textOf(output.link ?? ""), null);
  const title = textOf(output.title ?? "").trim();
  const rawItems = rawItemsOf(tree);

  const items: FeedItem[] = [];
  let skippedItems = 0;
  output.items.forEach((item, index) => {
    const raw = rawItems[index];
    const built = buildFeedItem(
      {
        id: firstText(item.guid, item.id),
        link: firstText(item.link) || permalinkGuid(raw) || firstText(item["rdf:about"]),
        titleHtml: firstText(item.title),
        summaryHtml: [item.summary, item.content, item["content:encoded"], itunesField(item, "summary")].map(
          (value) => (typeof value === "string" ? value : textOf(value)),
        ),
        dates: [item.pubDate, item.date, item.isoDate],
        author: firstText(item.author, item.creator, itunesField(item, "author")),
        lang: firstText(item.language) || attributeOf(raw, "xml:lang"),
      },
      { baseUrl: link, lang: feedLang },
    );
    if (built) items.push(built);
    else skippedItems++;
  });
  return { format, title: title === "" ? null : title, link, items, skippedItems };
}

function formatOf(tree: XmlNode): FeedFormat {
  if ("feed" in tree) return "atom";
  if ("rdf:RDF" in tree) return "rss1";
  const version = attributeOf(tree.rss, "version") ?? "";
  return /^0\.9/.test(version.trim()) ? "rss09x" : "rss2";
}

// RSS 2.0: a <guid> is the item's permalink unless it says isPermaLink="false".
function permalinkGuid(raw: XmlNode | undefined): string {
  const guid = childrenOf(raw, "guid")[0];
  if (guid === undefined || attributeOf(guid, "isPermaLink") === "false") return "";
  const text = textOf(guid).trim();
  return /^https?:\/\//i.test(text) ? text : "";
}

function itunesField(item: ParsedXmlItem, field: string): unknown {
  const itunes = item.itunes;
  return typeof itunes === "object" && itunes !== null
    ? (itunes as Record<string, unknown>)[field]
    : undefined;
}

function firstText(...values: unknown[]): string {
  for (const value of values) {
    const text = textOf(value).trim();
    if (text !== "") return text;
  }
  return "";
}

function toParseError(error: unknown, source: string): FeedParseError {
  if (error instanceof FeedParseError) return error;
  const message = error instanceof Error ? error.message : String(error);
  if (/not recognized as RSS/i.test(message)) {
    return new FeedParseError(
      "not-a-feed",
      source,
      `Feed '${source}' is not a feed: no <rss>, <rdf:RDF> or <feed>`,
      {
        cause: error,
      },
    );
  }
  if (error instanceof RangeError && /call stack/i.test(message)) {
    return new FeedParseError(
      "malformed-xml",
      source,
      `Feed '${source}' is malformed XML: elements nested too deeply`,
      {
        cause: error,
      },
    );
  }
  // sax reports "Reason\nLine: n\nColumn: n\nChar: c" with zero-based lines.
  const [reason = message, ...details] = message.split("\n");
  const line = details.find((detail) => detail.startsWith("Line:"))?.match(/\d+/)?.[0];
  const column = details.find((detail) => detail.startsWith("Column:"))?.match(/\d+/)?.[0];
  const where = line ? ` at line ${Number(line) + 1}${column ? `, column ${column}` : ""}` : "";
  const hint = /unclosed root tag|unexpected end/i.test(reason) ? " (the document is truncated)" : "";
  return new FeedParseError(
    "malformed-xml",
    source,
    `Feed '${source}' is malformed XML: ${reason}${where}${hint}`,
    {
      cause: error,
    },
  );
}
