import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { parseInput } from "../parse-input.ts";
import {
  type Feed,
  type FeedInput,
  FeedInputSchema,
  type FeedUpdate,
  FeedUpdateSchema,
} from "../schemas/feed.ts";
import { FEED_COLUMNS, toFeed } from "./feed-row.ts";

/**
 * Adds a news feed, due for its first poll at once. Adding the URL of a removed feed brings that feed
 * back with the new settings, so its old items stay attached to it.
 */
export async function createFeed(
  db: Kysely<Database>,
  options: { feed: FeedInput; now: Date },
): Promise<Feed> {
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
  const existing = await db
    .selectFrom("sources")
    .select(["id", "removed_at"])
    .where("url", "=", feed.url)
    .executeTakeFirst();
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
        .values({
          ...values,
          kind: "news",
          url: feed.url,
          consecutive_failures: 0,
          items_seen: 0,
          created_at: now,
        })
        .returning(FEED_COLUMNS)
        .executeTakeFirstOrThrow();
  return toFeed(row);
}

/** Changes a feed's settings. */
export async function updateFeed(
  db: Kysely<Database>,
  options: { update: FeedUpdate; now: Date },
): Promise<Feed> {
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
