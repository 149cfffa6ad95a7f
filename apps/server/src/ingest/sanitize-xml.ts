import { HTML_ENTITY_CODE_POINTS } from "./html-entities.ts";

const XML_ENTITIES = new Set(["amp", "lt", "gt", "quot", "apos"]);
// Constructs whose text must not be touched (CDATA, comments) or must go (DOCTYPE).
const SPECIAL_SECTION = /<!\[CDATA\[|<!--|<!DOCTYPE/gi;
// Atom text constructs whose content is inline XHTML markup (RFC 4287 §3.1.1.3).
const ATOM_XHTML_TEXT =
  /<(title|subtitle|summary|content|rights)\b([^>]*?\btype\s*=\s*["']xhtml["'][^>]*?)(?<!\/)>([\s\S]*?)<\/\1\s*>/g;
// A reference with its terminating `;`, or a bare `&` (no capture) that starts none.
const REFERENCE = /&(#[0-9]+;|#[xX][0-9a-fA-F]+;|[A-Za-z][A-Za-z0-9._-]*;)?/g;

/**
 * Makes untrusted feed XML safe and parseable: drops every DOCTYPE with its internal subset, so
 * no entity is ever defined or expanded (billion laughs, external entities), and rewrites
 * references outside CDATA so a strict parser accepts them (see `neutralizeEntities`).
 */
export function sanitizeXml(xml: string): string {
  const parts: string[] = [];
  let position = 0;
  SPECIAL_SECTION.lastIndex = 0;
  for (let match = SPECIAL_SECTION.exec(xml); match; match = SPECIAL_SECTION.exec(xml)) {
    parts.push(neutralizeEntities(xml.slice(position, match.index)));
    const opener = match[0].toUpperCase();
    let end: number;
    if (opener === "<![CDATA[") {
      end = endAfter(xml, "]]>", match.index + opener.length);
      parts.push(xml.slice(match.index, end));
    } else if (opener === "<!--") {
      end = endAfter(xml, "-->", match.index + opener.length);
      parts.push(xml.slice(match.index, end));
    } else {
      end = endOfDoctype(xml, match.index + opener.length);
    }
    position = end;
    SPECIAL_SECTION.lastIndex = end;
  }
  parts.push(neutralizeEntities(xml.slice(position)));
  return parts.join("");
}

/**
 * Rewrites character references in XML text: keeps the five XML entities and valid numeric
 * references, turns common HTML names (`&nbsp;`, `&mdash;`) into numeric references, drops
 * unknown names (their DTD is gone, so their value is unknowable) and escapes a bare `&`.
 */
export function neutralizeEntities(text: string): string {
  return text.replace(REFERENCE, (whole, reference: string | undefined) => {
    if (reference === undefined) return "&amp;";
    if (reference.startsWith("#")) {
      const isHex = reference[1] === "x" || reference[1] === "X";
      const codePoint = Number.parseInt(reference.slice(isHex ? 2 : 1, -1), isHex ? 16 : 10);
      return isXmlChar(codePoint) ? whole : "";
    }
    const name = reference.slice(0, -1);
    if (XML_ENTITIES.has(name)) return whole;
    const codePoint = HTML_ENTITY_CODE_POINTS.get(name) ?? HTML_ENTITY_CODE_POINTS.get(name.toLowerCase());
    return codePoint === undefined ? "" : `&#${codePoint};`;
  });
}

/**
 * Wraps the inline XHTML of Atom `type="xhtml"` text constructs in CDATA. xml2js keeps no order
 * between text and child elements, so rss-parser would return only the loose text of the <div>
 * ("Scott Hanselman: Plex is…" comes back as ": Plex is…"); as one HTML string it converts whole.
 */
export function wrapAtomXhtml(xml: string): string {
  return xml.replace(ATOM_XHTML_TEXT, (_whole, name: string, attributes: string, markup: string) => {
    const escaped = markup.replaceAll("]]>", "]]]]><![CDATA[>");
    return `<${name}${attributes}><![CDATA[${escaped}]]></${name}>`;
  });
}

// XML 1.0 §2.2 Char production; anything else makes a conforming parser fail.
function isXmlChar(codePoint: number): boolean {
  return (
    codePoint === 0x9 ||
    codePoint === 0xa ||
    codePoint === 0xd ||
    (codePoint >= 0x20 && codePoint <= 0xd7ff) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff)
  );
}

function endAfter(text: string, terminator: string, from: number): number {
  const index = text.indexOf(terminator, from);
  return index === -1 ? text.length : index + terminator.length;
}

// A DOCTYPE ends at the first `>` outside quotes, comments and the `[ … ]` internal subset.
function endOfDoctype(xml: string, from: number): number {
  let depth = 0;
  let quote: string | null = null;
  for (let index = from; index < xml.length; index++) {
    const char = xml[index];
    if (quote) {
      if (char === quote) quote = null;
    } else if (char === '"' || char === "'") {
      quote = char;
    } else if (char === "<" && xml.startsWith("<!--", index)) {
      index = endAfter(xml, "-->", index + 4) - 1;
    } else if (char === "[") {
      depth++;
    } else if (char === "]") {
      depth = Math.max(0, depth - 1);
    } else if (char === ">" && depth === 0) {
      return index + 1;
    }
  }
  return xml.length;
}
