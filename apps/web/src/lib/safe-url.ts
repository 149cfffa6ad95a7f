/**
 * The URL if it is a plain http(s) link, else undefined. Feed content is hostile: a `javascript:` or
 * `data:` link from a feed must never become a clickable href.
 */
export function safeHref(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
