import { z } from "zod";
import { FeedParseError } from "./feed-errors.ts";
import { buildFeedItem, type FeedItem, normalizeLang, type ParsedFeed, resolveHttpUrl } from "./feed-item.ts";

// Feeds in the wild break the spec field by field; a wrong type drops that field, not the feed.
const optionalText = z.string().optional().catch(undefined);
const JsonFeedAuthorSchema = z.object({ name: optionalText }).catch({});

/** One item of a JSON Feed 1.0/1.1 (https://jsonfeed.org/version/1.1), tolerant of wrong field types. */
export const JsonFeedItemSchema = z.object({
  id: z
    .union([z.string(), z.number().transform(String)])
    .optional()
    .catch(undefined),
  url: optionalText,
  external_url: optionalText,
  title: optionalText,
  summary: optionalText,
  content_html: optionalText,
  content_text: optionalText,
  date_published: optionalText,
  date_modified: optionalText,
  author: JsonFeedAuthorSchema.optional(),
  authors: z.array(JsonFeedAuthorSchema).optional().catch(undefined),
  language: optionalText,
});

/** The top level of a JSON Feed; `version` is what tells it apart from any other JSON. */
export const JsonFeedSchema = z.object({
  version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\/1(\.\d+)?\/?$/),
  title: optionalText,
  home_page_url: optionalText,
  language: optionalText,
  items: z.array(z.unknown()),
});

/** Parses JSON Feed 1.0/1.1 text; throws FeedParseError for invalid JSON or other JSON documents. */
export function parseJsonFeed(text: string, source: string): ParsedFeed {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new FeedParseError("malformed-json", source, `Feed '${source}' is malformed JSON: ${reason}`, {
      cause: error,
    });
  }
  const feed = JsonFeedSchema.safeParse(document);
  if (!feed.success) {
    throw new FeedParseError(
      "not-a-feed",
      source,
      `Feed '${source}' is not a feed: JSON without a JSON Feed version and items list`,
    );
  }
  const link = resolveHttpUrl(feed.data.home_page_url, null);
  const feedLang = normalizeLang(feed.data.language);
  const items: FeedItem[] = [];
  let skippedItems = 0;
  for (const rawItem of feed.data.items) {
    const parsed = JsonFeedItemSchema.safeParse(rawItem);
    const item = parsed.success
      ? buildFeedItem(
          {
            id: parsed.data.id,
            link: parsed.data.url ?? parsed.data.external_url,
            titleHtml: escapeHtml(parsed.data.title),
            summaryHtml: [
              escapeHtml(parsed.data.summary),
              parsed.data.content_html,
              escapeHtml(parsed.data.content_text),
            ],
            dates: [parsed.data.date_published, parsed.data.date_modified],
            author: escapeHtml(parsed.data.authors?.[0]?.name ?? parsed.data.author?.name),
            lang: parsed.data.language,
          },
          { baseUrl: link, lang: feedLang },
        )
      : null;
    if (item) items.push(item);
    else skippedItems++;
  }
  const title = feed.data.title?.trim() || null;
  return { format: "json", title, link, items, skippedItems };
}

// JSON Feed titles, summaries and content_text are plain text: escape them so that the shared
// HTML-to-text step keeps a literal "<" or "&" instead of reading it as markup.
function escapeHtml(text: string | undefined): string | undefined {
  return text?.replace(/&/g, "&amp;").replace(/</g, "&lt;");
}
