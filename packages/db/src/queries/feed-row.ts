import type { Selectable } from "kysely";
import type { SourcesTable } from "../database.ts";
import { type Feed, FeedSchema } from "../schemas/feed.ts";

/** The columns every feed query returns. */
export const FEED_COLUMNS = [
  "id",
  "kind",
  "name",
  "url",
  "lang",
  "reliability",
  "poll_interval_seconds",
  "enabled",
  "etag",
  "last_modified",
  "last_success_at",
  "last_error",
  "last_error_at",
  "consecutive_failures",
  "next_attempt_at",
  "items_seen",
  "removed_at",
  "created_at",
  "updated_at",
] as const;

type FeedRow = Pick<Selectable<SourcesTable>, (typeof FEED_COLUMNS)[number]>;

/** Maps a sources row to the validated public shape. */
export function toFeed(row: FeedRow): Feed {
  return FeedSchema.parse({
    id: row.id,
    kind: row.kind,
    name: row.name,
    url: row.url,
    lang: row.lang,
    reliability: row.reliability,
    pollIntervalSeconds: row.poll_interval_seconds,
    enabled: row.enabled === 1,
    etag: row.etag,
    lastModified: row.last_modified,
    lastSuccessAt: row.last_success_at,
    lastError: row.last_error,
    lastErrorAt: row.last_error_at,
    consecutiveFailures: row.consecutive_failures,
    nextAttemptAt: row.next_attempt_at,
    itemsSeen: row.items_seen,
    removedAt: row.removed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
