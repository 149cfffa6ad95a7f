import { compile } from "html-to-text";
import { simpleHtmlToText } from "./simple-html.ts";

/** Longest item title kept, in UTF-16 code units. */
export const MAX_TITLE_LENGTH = 500;
/** Longest item summary kept, in UTF-16 code units. */
export const MAX_SUMMARY_LENGTH = 5_000;
// Markup is at most a few dozen times longer than its text, and html-to-text is linear but not
// free: converting megabytes to keep 5,000 characters is wasted work on a hostile feed.
const MAX_HTML_INPUT = 200_000;
const HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"];
const DROPPED = [
  "script",
  "style",
  "noscript",
  "template",
  "iframe",
  "object",
  "svg",
  "img",
  "video",
  "audio",
];

const convertHtml = compile({
  wordwrap: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "ul", options: { itemPrefix: "- " } },
    ...HEADINGS.map((selector) => ({ selector, options: { uppercase: false } })),
    ...DROPPED.map((selector) => ({ selector, format: "skip" })),
  ],
});

/** Turns feed HTML (or plain text with entities) into one line of plain text: no tags, links or images. */
export function htmlToPlainText(html: string): string {
  if (html.trim() === "") return "";
  const input = html.length > MAX_HTML_INPUT ? html.slice(0, MAX_HTML_INPUT) : html;
  return collapseWhitespace(simpleHtmlToText(input) ?? convertHtml(input));
}

/** htmlToPlainText through html-to-text alone, without the fast path: what the fast path must match. */
export function htmlToPlainTextSlowly(html: string): string {
  if (html.trim() === "") return "";
  return collapseWhitespace(convertHtml(html.length > MAX_HTML_INPUT ? html.slice(0, MAX_HTML_INPUT) : html));
}

/** Collapses every run of whitespace (including no-break spaces and newlines) to one space. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** Cuts text to at most `maxLength` code units, preferring a word boundary, marking the cut with "…". */
export function truncateText(text: string, maxLength: number): string {
  if (text.length <= maxLength) return text;
  let cut = text.slice(0, maxLength - 1);
  // Never leave half a surrogate pair (an emoji or a rare CJK character) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  const lastSpace = cut.lastIndexOf(" ");
  if (lastSpace > maxLength * 0.8) cut = cut.slice(0, lastSpace);
  return `${cut.trimEnd()}…`;
}
