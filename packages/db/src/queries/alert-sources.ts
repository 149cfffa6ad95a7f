import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import type { Feed } from "../schemas/feed.ts";
import { FEED_COLUMNS, toFeed } from "./feed-row.ts";

/**
 * The source that field alerts of one channel are stored under, created on first use. Each channel
 * (an NGO network, a hotline) is one source, so reports through two channels corroborate each other.
 */
export async function ensureAlertSource(
  db: Kysely<Database>,
  options: { channel: string; reliability: number; now: Date },
): Promise<Feed> {
  const url = `alert:${options.channel}`;
  const existing = await db
    .selectFrom("sources")
    .select(FEED_COLUMNS)
    .where("url", "=", url)
    .executeTakeFirst();
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
