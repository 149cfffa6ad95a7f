import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "../errors.ts";
import { openTempDatabase } from "../test-utils.ts";
import { ensureAlertSource } from "./alert-sources.ts";
import { dueFeeds, feedHealth, recordFeedFailure, recordFeedSuccess } from "./feed-polling.ts";
import { createFeed, getFeed, listFeeds, removeFeed, updateFeed } from "./feeds.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const NOW = new Date("2026-03-01T12:00:00Z");
const LATER = new Date("2026-03-01T12:30:00Z");
const feed = {
  name: "ReliefWeb Sudan",
  url: "https://reliefweb.int/updates/rss.xml",
  lang: "en",
  reliability: 0.9,
};

describe("feed registry", () => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openTempDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  it("creates, reads, updates and lists feeds with defaults", async () => {
    const created = await createFeed(opened.db, { feed, now: NOW });
    expect(created).toMatchObject({
      ...feed,
      kind: "news",
      pollIntervalSeconds: 900,
      enabled: true,
      consecutiveFailures: 0,
      nextAttemptAt: null,
    });
    expect(await getFeed(opened.db, { id: created.id })).toEqual(created);
    const updated = await updateFeed(opened.db, {
      update: { id: created.id, reliability: 0.5, enabled: false },
      now: LATER,
    });
    expect(updated).toMatchObject({
      reliability: 0.5,
      enabled: false,
      name: feed.name,
      updatedAt: LATER.toISOString(),
    });
    expect(await listFeeds(opened.db)).toEqual([updated]);
  });

  it("validates input and names what is wrong", async () => {
    await expect(
      createFeed(opened.db, { feed: { ...feed, url: "ftp://example.org/feed" }, now: NOW }),
    ).rejects.toThrow(ValidationError);
    await expect(
      createFeed(opened.db, { feed: { ...feed, pollIntervalSeconds: 60 }, now: NOW }),
    ).rejects.toThrow(/pollIntervalSeconds/);
    await expect(createFeed(opened.db, { feed: { ...feed, name: "" }, now: NOW })).rejects.toThrow(/name/);
    await expect(
      createFeed(opened.db, { feed: { ...feed, url: `https://e.org/${"x".repeat(2000)}` }, now: NOW }),
    ).rejects.toThrow(/url/);
    await createFeed(opened.db, { feed, now: NOW });
    await expect(createFeed(opened.db, { feed, now: NOW })).rejects.toThrow(ConflictError);
    await expect(getFeed(opened.db, { id: 999 })).rejects.toThrow("No feed with id '999'");
  });

  it("removes a feed from the registry but keeps it for its items, and revives it when re-added", async () => {
    const created = await createFeed(opened.db, { feed, now: NOW });
    await removeFeed(opened.db, { id: created.id, now: LATER });
    expect(await listFeeds(opened.db)).toEqual([]);
    expect(await dueFeeds(opened.db, LATER)).toEqual([]);
    await expect(getFeed(opened.db, { id: created.id })).rejects.toThrow(NotFoundError);
    const revived = await createFeed(opened.db, { feed: { ...feed, name: "ReliefWeb" }, now: LATER });
    expect(revived).toMatchObject({ id: created.id, name: "ReliefWeb", removedAt: null, enabled: true });
  });

  it("schedules polls and records success and failure", async () => {
    const a = await createFeed(opened.db, { feed, now: NOW });
    const b = await createFeed(opened.db, {
      feed: { ...feed, url: "https://example.org/b.xml", name: "B" },
      now: NOW,
    });
    expect((await dueFeeds(opened.db, NOW)).map((due) => due.id)).toEqual([a.id, b.id]);
    const ok = await recordFeedSuccess(opened.db, {
      id: a.id,
      now: NOW,
      etag: '"abc"',
      lastModified: null,
      itemsSeen: 12,
      nextAttemptAt: LATER,
    });
    expect(ok).toMatchObject({
      etag: '"abc"',
      itemsSeen: 12,
      lastSuccessAt: NOW.toISOString(),
      nextAttemptAt: LATER.toISOString(),
    });
    expect((await dueFeeds(opened.db, NOW)).map((due) => due.id)).toEqual([b.id]);
    expect((await dueFeeds(opened.db, LATER)).map((due) => due.id)).toEqual([b.id, a.id]);
    for (let attempt = 0; attempt < 3; attempt++) {
      await recordFeedFailure(opened.db, { id: b.id, now: NOW, error: "HTTP 503", nextAttemptAt: LATER });
    }
    const health = await feedHealth(opened.db, { now: NOW });
    expect(health.map((row) => [row.id, row.status, row.consecutiveFailures])).toEqual([
      [b.id, "failing", 3],
      [a.id, "ok", 0],
    ]);
    const recovered = await recordFeedSuccess(opened.db, {
      id: b.id,
      now: LATER,
      etag: null,
      lastModified: null,
      itemsSeen: 1,
      nextAttemptAt: LATER,
    });
    expect(recovered).toMatchObject({ consecutiveFailures: 0, lastError: "HTTP 503" });
    await expect(
      recordFeedFailure(opened.db, { id: 999, now: NOW, error: "x", nextAttemptAt: LATER }),
    ).rejects.toThrow(NotFoundError);
  });

  it("keeps alert channels out of the feed registry", async () => {
    const channel = await ensureAlertSource(opened.db, {
      channel: "field-network",
      reliability: 0.7,
      now: NOW,
    });
    expect(
      await ensureAlertSource(opened.db, { channel: "field-network", reliability: 0.7, now: NOW }),
    ).toEqual(channel);
    expect(channel.kind).toBe("alert");
    expect(await listFeeds(opened.db)).toEqual([]);
    expect(await dueFeeds(opened.db, NOW)).toEqual([]);
  });
});
