import type { Kysely, Selectable } from "kysely";
import type { Database, SourcesTable } from "../database.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { parseInput } from "../parse-input.ts";
import { type Feed, type FeedInput, FeedInputSchema, FeedSchema, type FeedUpdate, FeedUpdateSchema } from "../schemas/feed.ts";

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

/**
 * Adds a news feed, due for its first poll at once. Adding the URL of a removed feed brings that feed
 * back with the new settings, so its old items stay attached to it.
 */
export async function createFeed(db: Kysely<Database>, options: { feed: FeedInput; now: Date }): Promise<Feed> {
  const feed = parseInput(FeedInputSchema, options.feed, "feed");
  const now = options.now.toISOString();
  const values = {
    name: feed.name,
    lang: feed.lang,
    reliability: feed.reliability,
    poll_interval_seconds: feed.pollIntervalSeconds,
    enabled: feed.enabled ? 1 : 0,
    updated_at: now,
  };
  const existing = await db.selectFrom("sources").select(["id", "removed_at"]).where("url", "=", feed.url).executeTakeFirst();
  if (existing && existing.removed_at === null) {
    throw new ConflictError(`A feed with url '${feed.url}' already exists (id ${existing.id})`);
  }
  const row = existing
    ? await db
        .updateTable("sources")
        .set({ ...values, removed_at: null, next_attempt_at: null, consecutive_failures: 0 })
        .where("id", "=", existing.id)
        .returning(FEED_COLUMNS)
        .executeTakeFirstOrThrow()
    : await db
        .insertInto("sources")
        .values({ ...values, kind: "news", url: feed.url, consecutive_failures: 0, items_seen: 0, created_at: now })
        .returning(FEED_COLUMNS)
        .executeTakeFirstOrThrow();
  return toFeed(row);
}

/** Changes a feed's settings. */
export async function updateFeed(db: Kysely<Database>, options: { update: FeedUpdate; now: Date }): Promise<Feed> {
  const { id, ...changes } = parseInput(FeedUpdateSchema, options.update, "feed update");
  await getFeed(db, { id });
  if (changes.url !== undefined) {
    const clash = await db
      .selectFrom("sources")
      .select("id")
      .where("url", "=", changes.url)
      .where("id", "!=", id)
      .executeTakeFirst();
    if (clash) throw new ConflictError(`A feed with url '${changes.url}' already exists (id ${clash.id})`);
  }
  const row = await db
    .updateTable("sources")
    .set({
      name: changes.name,
      url: changes.url,
      lang: changes.lang,
      reliability: changes.reliability,
      poll_interval_seconds: changes.pollIntervalSeconds,
      enabled: changes.enabled === undefined ? undefined : changes.enabled ? 1 : 0,
      updated_at: options.now.toISOString(),
    })
    .where("id", "=", id)
    .returning(FEED_COLUMNS)
    .executeTakeFirstOrThrow();
  return toFeed(row);
}

/**
 * Removes a feed from the registry and from polling. Its items stay and keep counting: deleting them
 * would silently rewrite every past score and snapshot that used them.
 */
export async function removeFeed(db: Kysely<Database>, options: { id: number; now: Date }): Promise<Feed> {
  await getFeed(db, { id: options.id });
  const now = options.now.toISOString();
  const row = await db
    .updateTable("sources")
    .set({ removed_at: now, enabled: 0, next_attempt_at: null, updated_at: now })
    .where("id", "=", options.id)
    .returning(FEED_COLUMNS)
    .executeTakeFirstOrThrow();
  return toFeed(row);
}

/** One feed that has not been removed. */
export async function getFeed(db: Kysely<Database>, options: { id: number }): Promise<Feed> {
  const row = await db
    .selectFrom("sources")
    .select(FEED_COLUMNS)
    .where("id", "=", options.id)
    .where("kind", "=", "news")
    .where("removed_at", "is", null)
    .executeTakeFirst();
  if (!row) throw new NotFoundError("feed", "id", options.id);
  return toFeed(row);
}

/** All feeds not removed, by name. */
export async function listFeeds(db: Kysely<Database>): Promise<Feed[]> {
  const rows = await db
    .selectFrom("sources")
    .select(FEED_COLUMNS)
    .where("kind", "=", "news")
    .where("removed_at", "is", null)
    .orderBy("name")
    .orderBy("id")
    .execute();
  return rows.map(toFeed);
}

/**
 * The source that field alerts of one channel are stored under, created on first use. Each channel
 * (an NGO network, a hotline) is one source, so reports through two channels corroborate each other.
 */
export async function ensureAlertSource(
  db: Kysely<Database>,
  options: { channel: string; reliability: number; now: Date },
): Promise<Feed> {
  const url = `alert:${options.channel}`;
  const existing = await db.selectFrom("sources").select(FEED_COLUMNS).where("url", "=", url).executeTakeFirst();
  if (existing) return toFeed(existing);
  const now = options.now.toISOString();
  const row = await db
    .insertInto("sources")
    .values({
      kind: "alert",
      name: options.channel,
      url,
      lang: "und",
      reliability: options.reliability,
      poll_interval_seconds: 0,
      enabled: 0,
      consecutive_failures: 0,
      items_seen: 0,
      created_at: now,
      updated_at: now,
    })
    .returning(FEED_COLUMNS)
    .executeTakeFirstOrThrow();
  return toFeed(row);
}
