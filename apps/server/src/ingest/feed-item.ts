import { createHash } from "node:crypto";
import { z } from "zod";
import { parseFeedDate } from "./feed-dates.ts";
import {
  collapseWhitespace,
  htmlToPlainText,
  MAX_SUMMARY_LENGTH,
  MAX_TITLE_LENGTH,
  truncateText,
} from "./feed-text.ts";

const MAX_GUID_LENGTH = 2_048;
const MAX_AUTHOR_LENGTH = 200;

/** One news item as Vigil stores and scores it: plain text, ISO dates, a stable guid. */
export const FeedItemSchema = z.object({
  guid: z.string().min(1).max(MAX_GUID_LENGTH),
  url: z.string().nullable(),
  title: z.string().max(MAX_TITLE_LENGTH),
  summary: z.string().max(MAX_SUMMARY_LENGTH),
  /** ISO 8601 UTC. */
  publishedAt: z.iso.datetime().nullable(),
  author: z.string().nullable(),
  lang: z.string().nullable(),
});
export type FeedItem = z.infer<typeof FeedItemSchema>;

/** The syntax a feed was written in. */
export const FeedFormatSchema = z.enum(["rss2", "rss1", "rss09x", "atom", "json"]);
export type FeedFormat = z.infer<typeof FeedFormatSchema>;

/** A parsed feed: its own title and link, its usable items, and how many items had no text at all. */
export const ParsedFeedSchema = z.object({
  format: FeedFormatSchema,
  title: z.string().nullable(),
  link: z.string().nullable(),
  items: z.array(FeedItemSchema),
  skippedItems: z.number().int().nonnegative(),
});
export type ParsedFeed = z.infer<typeof ParsedFeedSchema>;

/** An item as the format-specific readers find it: HTML text, raw dates, possibly relative links. */
export interface RawFeedItem {
  id?: string | null;
  link?: string | null;
  titleHtml?: string | null;
  /** Summary candidates, preferred first; the first with any text wins. */
  summaryHtml?: unknown[];
  /** Date candidates, most specific first; the first that parses wins. */
  dates?: unknown[];
  author?: string | null;
  lang?: string | null;
}

/** What an item inherits from its feed. */
export interface FeedItemContext {
  baseUrl: string | null;
  lang: string | null;
}

/** Normalises a raw item; null when it has neither title nor summary text (the caller counts these). */
export function buildFeedItem(raw: RawFeedItem, context: FeedItemContext): FeedItem | null {
  const title = truncateText(htmlToPlainText(raw.titleHtml ?? ""), MAX_TITLE_LENGTH);
  const summary = truncateText(firstPlainText(raw.summaryHtml ?? []), MAX_SUMMARY_LENGTH);
  if (title === "" && summary === "") return null;

  const url = resolveHttpUrl(raw.link, context.baseUrl);
  let publishedAt: string | null = null;
  for (const candidate of raw.dates ?? []) {
    publishedAt = parseFeedDate(candidate);
    if (publishedAt) break;
  }
  const id = collapseWhitespace(raw.id ?? "");
  // Hashing title and date keeps the guid stable when a publisher edits the summary.
  const fallback = `sha256:${sha256(`${title}\n${publishedAt ?? ""}${title === "" ? `\n${summary}` : ""}`)}`;
  const author = collapseWhitespace(htmlToPlainText(raw.author ?? ""));
  return {
    guid: truncateText(id || url || fallback, MAX_GUID_LENGTH),
    url,
    title,
    summary,
    publishedAt,
    author: author === "" ? null : truncateText(author, MAX_AUTHOR_LENGTH),
    lang: normalizeLang(raw.lang) ?? context.lang,
  };
}

/** Resolves a possibly relative link against a base; null unless the result is http(s). */
export function resolveHttpUrl(link: string | null | undefined, base: string | null): string | null {
  const trimmed = link?.trim();
  if (!trimmed) return null;
  try {
    const url = base ? new URL(trimmed, base) : new URL(trimmed);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

/** Normalises a language tag like `en_us` or `EN-us` to BCP 47 case (`en-US`); null when it is not one. */
export function normalizeLang(value: string | null | undefined): string | null {
  const tag = value?.trim().replace(/_/g, "-");
  if (!tag || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(tag)) return null;
  const [primary = "", ...rest] = tag.split("-");
  const subtags = rest.map((part) => (part.length === 2 ? part.toUpperCase() : part.toLowerCase()));
  return [primary.toLowerCase(), ...subtags].join("-");
}

function firstPlainText(candidates: unknown[]): string {
  for (const candidate of candidates) {
    const text = typeof candidate === "string" ? htmlToPlainText(candidate) : "";
    if (text !== "") return text;
  }
  return "";
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
