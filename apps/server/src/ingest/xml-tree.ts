import { parseFeedDate } from "./feed-dates.ts";

/** An element as xml2js builds it: children by name (arrays), attributes under `$`, text under `_`. */
export type XmlNode = { [name: string]: unknown };

const MAX_TEXT_DEPTH = 32;

/** True for an element object (not text, not an array). */
export function isXmlNode(value: unknown): value is XmlNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The children of `node` named `name`, always as an array. */
export function childrenOf(node: unknown, name: string): unknown[] {
  if (!isXmlNode(node)) return [];
  const value = node[name];
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** The value of an attribute, if the element has it as a string. */
export function attributeOf(node: unknown, name: string): string | undefined {
  if (!isXmlNode(node) || !isXmlNode(node.$)) return undefined;
  const value = node.$[name];
  return typeof value === "string" ? value : undefined;
}

/** All text inside a value: a string, an element's own text, or its descendants' text joined by spaces. */
export function textOf(value: unknown, depth = 0): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (depth > MAX_TEXT_DEPTH) return "";
  if (Array.isArray(value)) return value.map((entry) => textOf(entry, depth + 1)).join(" ");
  if (!isXmlNode(value)) return "";
  const parts: string[] = [];
  for (const [name, child] of Object.entries(value)) {
    if (name !== "$") parts.push(textOf(child, depth + 1));
  }
  return parts.filter((part) => part.trim() !== "").join(" ");
}

/**
 * Repairs an xml2js tree in place where rss-parser 3.13 would crash on real-world input:
 * a `<link>` without attributes (getLink reads `link.$.rel`), an Atom date that `new Date()`
 * cannot read (it calls `toISOString()` unguarded), a missing `<channel>`, text where an
 * element belongs. Dates become ISO strings so rss-parser's own conversion cannot throw.
 */
export function hardenFeedTree(tree: XmlNode): void {
  if ("feed" in tree) {
    const feed = ensureNode(tree, "feed");
    setLinks(feed);
    feed.entry = childrenOf(feed, "entry").map((entry) => (isXmlNode(entry) ? entry : {}));
    for (const entry of feed.entry as XmlNode[]) {
      setLinks(entry);
      setDate(entry, "published", ["published", "issued", "created"]);
      setDate(entry, "updated", ["updated", "modified"]);
    }
  } else if ("rdf:RDF" in tree) {
    const rdf = ensureNode(tree, "rdf:RDF");
    rdf.channel = [ensureFirstNode(rdf, "channel")];
    rdf.item = childrenOf(rdf, "item").map((item) => (isXmlNode(item) ? item : {}));
  } else if ("rss" in tree) {
    const channel = ensureFirstNode(ensureNode(tree, "rss"), "channel");
    (tree.rss as XmlNode).channel = [channel];
    channel.item = childrenOf(channel, "item").map((item) => (isXmlNode(item) ? item : {}));
  }
}

/** The raw item elements of a hardened tree, in document order (rss-parser keeps that order). */
export function rawItemsOf(tree: XmlNode): XmlNode[] {
  if (isXmlNode(tree.feed)) return childrenOf(tree.feed, "entry") as XmlNode[];
  if (isXmlNode(tree["rdf:RDF"])) return childrenOf(tree["rdf:RDF"], "item") as XmlNode[];
  const channel = childrenOf(tree.rss, "channel")[0];
  return childrenOf(channel, "item") as XmlNode[];
}

function ensureNode(parent: XmlNode, name: string): XmlNode {
  const value = parent[name];
  if (isXmlNode(value)) return value;
  const node: XmlNode = {};
  parent[name] = node;
  return node;
}

function ensureFirstNode(parent: XmlNode, name: string): XmlNode {
  const first = childrenOf(parent, name)[0];
  return isXmlNode(first) ? first : {};
}

function setLinks(node: XmlNode): void {
  const links = childrenOf(node, "link").flatMap((link) => {
    if (attributeOf(link, "href") !== undefined) return [link];
    const href = textOf(link).trim();
    return href ? [{ $: { href } }] : [];
  });
  if (links.length > 0) node.link = links;
  else delete node.link;
}

function setDate(entry: XmlNode, target: string, sources: string[]): void {
  const raw = sources.map((source) => childrenOf(entry, source)[0]).find((value) => value !== undefined);
  const iso = raw === undefined ? null : parseFeedDate(textOf(raw));
  if (iso) entry[target] = [iso];
  else delete entry[target];
}
