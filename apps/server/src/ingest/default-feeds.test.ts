import { FeedInputSchema, listFeeds, removeFeed } from "@vigil/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openTempDatabase, type TempDatabase } from "../test-utils/temp-database.ts";
import { DEFAULT_FEEDS } from "./default-feeds.ts";
import { ensureImportSource } from "./import-source.ts";
import { seedDefaultFeeds } from "./seed-default-feeds.ts";

describe("DEFAULT_FEEDS", () => {
  it("are valid registry entries with distinct https URLs in en, fr and es", () => {
    for (const feed of DEFAULT_FEEDS) {
      const parsed = FeedInputSchema.safeParse({
        ...feed,
        pollIntervalSeconds: feed.pollIntervalMinutes * 60,
      });
      expect(parsed.success, feed.name).toBe(true);
      expect(feed.url.startsWith("https://"), feed.url).toBe(true);
    }
    expect(new Set(DEFAULT_FEEDS.map((feed) => feed.url)).size).toBe(DEFAULT_FEEDS.length);
    expect(new Set(DEFAULT_FEEDS.map((feed) => feed.lang))).toEqual(new Set(["en", "fr", "es"]));
  });
});

describe("seedDefaultFeeds", () => {
  let database: TempDatabase;
  beforeEach(async () => {
    database = await openTempDatabase();
  });
  afterEach(() => database.close());

  it("seeds an empty registry once, and never brings back a feed an analyst removed", async () => {
    const now = new Date("2026-03-01T00:00:00Z");
    expect(await seedDefaultFeeds(database.db, now)).toBe(DEFAULT_FEEDS.length);
    const feeds = await listFeeds(database.db);
    expect(feeds.every((feed) => feed.enabled)).toBe(true);
    for (const feed of feeds) await removeFeed(database.db, { id: feed.id, now });
    expect(await seedDefaultFeeds(database.db, now)).toBe(0);
    expect(await listFeeds(database.db)).toEqual([]);
  });

  it("still seeds when saved feed files were imported before the first start", async () => {
    const now = new Date("2026-03-01T00:00:00Z");
    await ensureImportSource(database.db, {
      url: "file:///tmp/saved.xml",
      name: "saved",
      lang: "en",
      reliability: 0.6,
      now,
    });
    expect(await seedDefaultFeeds(database.db, now)).toBe(DEFAULT_FEEDS.length);
  });
});
