import type { FeedHealth } from "../../lib/api-types.ts";
import { formatRelative, plural } from "../../lib/format.ts";

type FeedStatus = FeedHealth["status"];

/** Each health status in words, with a tone for its badge. */
export const STATUS_TEXT: Readonly<
  Record<FeedStatus, { label: string; tone: "good" | "warn" | "bad" | "idle" }>
> = {
  ok: { label: "Healthy", tone: "good" },
  degraded: { label: "Recent failure", tone: "warn" },
  failing: { label: "Failing", tone: "bad" },
  stale: { label: "Stale", tone: "warn" },
  "never-polled": { label: "Not polled yet", tone: "idle" },
  disabled: { label: "Disabled", tone: "idle" },
};

/** When the feed last answered with items, in words. */
export function describeLastSuccess(feed: FeedHealth, now: Date): string {
  return feed.lastSuccessAt ? formatRelative(feed.lastSuccessAt, now) : "never";
}

/** The last error in words with when it happened, or null when the last poll went well. */
export function describeLastError(feed: FeedHealth, now: Date): string | null {
  if (!feed.lastError) return null;
  const when = feed.lastErrorAt ? ` (${formatRelative(feed.lastErrorAt, now)})` : "";
  const streak =
    feed.consecutiveFailures > 1 ? ` · ${plural(feed.consecutiveFailures, "failure")} in a row` : "";
  return `${feed.lastError}${when}${streak}`;
}

/** When the poller will try next, in words. */
export function describeNextAttempt(feed: FeedHealth, now: Date): string {
  if (!feed.enabled) return "not polled while disabled";
  if (!feed.nextAttemptAt || feed.isOverdue) return "due now";
  return formatRelative(feed.nextAttemptAt, now);
}

/** The header's one-line summary of all feeds, and whether any needs attention. */
export function summarizeFeeds(feeds: readonly FeedHealth[]): { text: string; needsAttention: boolean } {
  const enabled = feeds.filter((feed) => feed.enabled);
  const troubled = enabled.filter((feed) => feed.status === "failing" || feed.status === "stale").length;
  const unpolled = enabled.filter((feed) => feed.status === "never-polled").length;
  const base = `${plural(enabled.length, "feed")} active`;
  if (enabled.length === 0) return { text: "No feed active", needsAttention: true };
  if (troubled > 0) return { text: `${base} · ${troubled} need attention`, needsAttention: true };
  if (unpolled === enabled.length) return { text: `${base} · not polled yet`, needsAttention: false };
  return {
    text: `${base} · ${unpolled > 0 ? `${unpolled} not polled yet` : "all healthy"}`,
    needsAttention: false,
  };
}
