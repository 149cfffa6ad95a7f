/**
 * A fast path for the HTML → text step (feed-text.ts): most feed titles and summaries are plain text or
 * a few paragraphs with links and emphasis, and html-to-text builds a DOM and a text builder for each.
 * This reads those directly and answers null for anything else, which then goes through html-to-text;
 * for what it accepts, its text collapses to exactly what html-to-text's does (feed-text.test.ts runs
 * both over every saved feed item). Its output is not collapsed: the caller does that.
 */

// Tags html-to-text turns into a line break (so a space once collapsed), and tags it drops, keeping
// their text. Any other tag, a comment, CDATA or a doctype takes the slow path.
const BLOCK_TAGS = new Set(["p", "div", "br"]);
const INLINE_TAGS = new Set(["a", "b", "i", "em", "strong", "span", "u"]);
// A start or end tag whose attribute values hold no `<` or `>` (where parsers part ways).
const TAG =
  /<(\/?)([a-zA-Z][a-zA-Z0-9]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'))?)*)\s*\/?>/y;
const ENTITY = /&(?:(amp|lt|gt|quot|apos|nbsp);|#([0-9]{1,7});|#[xX]([0-9a-fA-F]{1,6});)/y;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };
const LT = 60;
const AMP = 38;
// html-to-text counts U+200B as whitespace (JavaScript's \s does not); a NUL is rewritten by the parser.
const ZERO_WIDTH_SPACE = 0x200b;

/** The text of simple HTML, uncollapsed; null when the input needs the full HTML → text conversion. */
export function simpleHtmlToText(html: string): string | null {
  let text = "";
  let runStart = 0;
  for (let index = 0; index < html.length; index++) {
    const code = html.charCodeAt(index);
    if (code === LT) {
      // `<` before anything but a letter or `/!?` is text to an HTML parser.
      if (!startsMarkup(html.charCodeAt(index + 1))) continue;
      TAG.lastIndex = index;
      const tag = TAG.exec(html);
      if (!tag) return null;
      const name = (tag[2] as string).toLowerCase();
      const isBlock = BLOCK_TAGS.has(name);
      if (!isBlock && !INLINE_TAGS.has(name)) return null;
      text += html.slice(runStart, index);
      if (isBlock) text += "\n";
      runStart = TAG.lastIndex;
      index = runStart - 1;
    } else if (code === AMP) {
      // `&` before anything but a letter or `#` starts no character reference.
      if (!isEntityStart(html.charCodeAt(index + 1))) continue;
      ENTITY.lastIndex = index;
      const entity = ENTITY.exec(html);
      const decoded = entity && decodeEntity(entity);
      if (decoded === null) return null;
      text += html.slice(runStart, index) + decoded;
      runStart = ENTITY.lastIndex;
      index = runStart - 1;
    } else if (code === ZERO_WIDTH_SPACE || code === 0) return null;
  }
  return text + html.slice(runStart);
}

function startsMarkup(code: number): boolean {
  return isAsciiLetter(code) || code === 47 || code === 33 || code === 63;
}

function isEntityStart(code: number): boolean {
  return isAsciiLetter(code) || code === 35;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** A named or numeric reference's character; null for those decoders treat specially (C1 controls…). */
function decodeEntity(entity: RegExpExecArray): string | null {
  const [, name, decimal, hex] = entity;
  if (name !== undefined) return NAMED[name] ?? null;
  const codePoint = decimal !== undefined ? Number(decimal) : Number.parseInt(hex as string, 16);
  const isPlain =
    (codePoint >= 32 && codePoint < 127) ||
    (codePoint >= 160 && codePoint < 0xd800 && codePoint !== ZERO_WIDTH_SPACE) ||
    (codePoint >= 0xe000 && codePoint <= 0xfffd) ||
    (codePoint >= 0x10000 && codePoint <= 0x10ffff);
  return isPlain ? String.fromCodePoint(codePoint) : null;
}
