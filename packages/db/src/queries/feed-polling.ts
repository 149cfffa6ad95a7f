import { type ExpressionBuilder, type Kysely, sql, type UpdateObject } from "kysely";
import type { Database } from "../database.ts";
import { NotFoundError } from "../errors.ts";
import { type Feed, type FeedHealth, FeedHealthSchema, type FeedHealthStatus } from "../schemas/feed.ts";
import { FEED_COLUMNS, toFeed } from "./feed-row.ts";

/** Consecutive failures from which a feed counts as failing rather than degraded. */
export const FAILING_AFTER = 3;
/** A feed with no success for this many poll intervals is stale. */
const STALE_AFTER_INTERVALS = 3;
/** Error texts are cut here; a whole HTML error page says nothing more than its first lines. */
const MAX_ERROR_LENGTH = 1000;

/** Enabled feeds whose next attempt is due at `now`, never-polled ones first, then the longest waiting. */
export async function dueFeeds(db: Kysely<Database>, now: Date): Promise<Feed[]> {
  const rows = await db
    .selectFrom("sources")
    .select(FEED_COLUMNS)
    .where("kind", "=", "news")
    .where("enabled", "=", 1)
    .where("removed_at", "is", null)
    .where((eb) => eb.or([eb("next_attempt_at", "is", null), eb("next_attempt_at", "<=", now.toISOString())]))
    .orderBy(sql`coalesce(next_attempt_at, '')`)
    .orderBy("id")
    .execute();
  return rows.map(toFeed);
}

/** Options for recordFeedSuccess. */
export interface RecordFeedSuccessOptions {
  id: number;
  now: Date;
  etag: string | null;
  lastModified: string | null;
  /** Items in this fetch, added to the feed's running total. */
  itemsSeen: number;
  nextAttemptAt: Date;
}

/** Records a successful poll: resets the failure count and keeps the validators for the next request. */
export async function recordFeedSuccess(
  db: Kysely<Database>,
  options: RecordFeedSuccessOptions,
): Promise<Feed> {
  const now = options.now.toISOString();
  return updatePollRecord(db, options.id, (eb) => ({
    etag: options.etag,
    last_modified: options.lastModified,
    last_success_at: now,
    consecutive_failures: 0,
    items_seen: eb("items_seen", "+", options.itemsSeen),
    next_attempt_at: options.nextAttemptAt.toISOString(),
    updated_at: now,
  }));
}

/** Options for recordFeedFailure. */
export interface RecordFeedFailureOptions {
  id: number;
  now: Date;
  error: string;
  nextAttemptAt: Date;
}

/** Records a failed poll and counts it; the poller chooses the back-off in `nextAttemptAt`. */
export async function recordFeedFailure(
  db: Kysely<Database>,
  options: RecordFeedFailureOptions,
): Promise<Feed> {
  const now = options.now.toISOString();
  return updatePollRecord(db, options.id, (eb) => ({
    last_error: options.error.slice(0, MAX_ERROR_LENGTH),
    last_error_at: now,
    consecutive_failures: eb("consecutive_failures", "+", 1),
    next_attempt_at: options.nextAttemptAt.toISOString(),
    updated_at: now,
  }));
}

/** Writes a poll's outcome to one feed row and returns the feed; an unknown id is a NotFoundError. */
async function updatePollRecord(
  db: Kysely<Database>,
  id: number,
  set: (eb: ExpressionBuilder<Database, "sources">) => UpdateObject<Database, "sources">,
): Promise<Feed> {
  const row = await db
    .updateTable("sources")
    .set(set)
    .where("id", "=", id)
    .returning(FEED_COLUMNS)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("feed", "id", id);
  return toFeed(row);
}

/** Health of every feed not removed, worst first. */
export async function feedHealth(db: Kysely<Database>, options: { now: Date }): Promise<FeedHealth[]> {
  const rows = await db
    .selectFrom("sources")
    .select(FEED_COLUMNS)
    .where("kind", "=", "news")
    .where("removed_at", "is", null)
    .execute();
  const order: Record<FeedHealthStatus, number> = {
    failing: 0,
    stale: 1,
    degraded: 2,
    "never-polled": 3,
    ok: 4,
    disabled: 5,
  };
  return rows
    .map((row) => healthOf(toFeed(row), options.now))
    .sort((a, b) => order[a.status] - order[b.status] || a.name.localeCompare(b.name));
}

function healthOf(feed: Feed, now: Date): FeedHealth {
  const isOverdue =
    feed.enabled && feed.nextAttemptAt !== null && Date.parse(feed.nextAttemptAt) < now.getTime();
  const staleBefore = now.getTime() - STALE_AFTER_INTERVALS * feed.pollIntervalSeconds * 1000;
  let status: FeedHealthStatus = "ok";
  if (!feed.enabled) status = "disabled";
  else if (feed.consecutiveFailures >= FAILING_AFTER) status = "failing";
  else if (feed.consecutiveFailures > 0) status = "degraded";
  else if (feed.lastSuccessAt === null) status = "never-polled";
  else if (Date.parse(feed.lastSuccessAt) < staleBefore) status = "stale";
  return FeedHealthSchema.parse({ ...feed, status, isOverdue });
}
