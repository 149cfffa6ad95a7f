import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { createContextInner } from "../context.ts";
import { TEST_COORDINATOR } from "../test-utils/accounts.ts";
import { type FeedServer, startFeedServer } from "../test-utils/feed-server.ts";
import { fixedClock, openTempDatabase, type TempDatabase } from "../test-utils/temp-database.ts";
import { createCaller } from "./root.ts";

const NOW = "2026-03-01T12:00:00.000Z";
let server: FeedServer;
let database: TempDatabase;
let caller: ReturnType<typeof createCaller>;

beforeAll(async () => {
  server = await startFeedServer();
});
afterAll(() => server.close());
beforeEach(async () => {
  database = await openTempDatabase();
  caller = createCaller(
    await createContextInner({ db: database.db, now: fixedClock(NOW), viewer: TEST_COORDINATOR }),
  );
});
afterEach(() => database.close());

describe("feed router", () => {
  it("adds, lists, edits, disables, enables and removes a feed", async () => {
    const added = await caller.feed.add({
      name: "UN News",
      url: "https://news.un.org/feed/subscribe/en/news/all/rss.xml",
      lang: "en",
      reliability: 0.9,
    });
    expect(added).toMatchObject({ name: "UN News", enabled: true, pollIntervalSeconds: 900 });
    expect((await caller.feed.list()).map((feed) => feed.id)).toEqual([added.id]);
    expect(
      await caller.feed.update({ id: added.id, name: "UN News (all)", pollIntervalSeconds: 1800 }),
    ).toMatchObject({
      name: "UN News (all)",
      pollIntervalSeconds: 1800,
    });
    expect((await caller.feed.update({ id: added.id, enabled: false })).enabled).toBe(false);
    expect((await caller.feed.update({ id: added.id, enabled: true })).enabled).toBe(true);
    await caller.feed.remove({ id: added.id });
    expect(await caller.feed.list()).toEqual([]);
  });

  it("edits one field and leaves the others alone", async () => {
    const feed = { name: "RFI", url: "https://www.rfi.fr/fr/afrique/rss", lang: "fr", reliability: 0.8 };
    const added = await caller.feed.add({ ...feed, pollIntervalSeconds: 3600, enabled: false });
    const edited = await caller.feed.update({ id: added.id, name: "RFI Afrique" });
    expect(edited).toMatchObject({ name: "RFI Afrique", pollIntervalSeconds: 3600, enabled: false });
  });

  it("maps domain errors: duplicate URL → CONFLICT, unknown id → NOT_FOUND, bad input → BAD_REQUEST", async () => {
    const feed = { name: "HRW", url: "https://www.hrw.org/rss/news", lang: "en", reliability: 0.9 };
    await caller.feed.add(feed);
    await expect(caller.feed.add(feed)).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringMatching(/already exists/),
    });
    await expect(caller.feed.remove({ id: 999 })).rejects.toMatchObject({
      code: "NOT_FOUND",
      message: "No feed with id '999'",
    });
    await expect(caller.feed.add({ ...feed, url: "ftp://example.org/feed" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      caller.feed.add({ ...feed, url: "https://other.example/rss", reliability: 2 }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("refreshes a feed now and reports health in words", async () => {
    const good = await caller.feed.add({
      name: "Healthy",
      url: server.url("/healthy"),
      lang: "en",
      reliability: 0.8,
    });
    const bad = await caller.feed.add({
      name: "Image",
      url: server.url("/wrong-type"),
      lang: "en",
      reliability: 0.8,
    });
    expect(await caller.feed.refresh({ id: good.id })).toEqual([
      expect.objectContaining({ feedId: good.id, status: "ok", inserted: 3, duplicates: 0 }),
    ]);
    const all = await caller.feed.refresh();
    expect(all.find((outcome) => outcome.feedId === good.id)).toMatchObject({
      status: "ok",
      inserted: 0,
      duplicates: 3,
    });
    expect(all.find((outcome) => outcome.feedId === bad.id)).toMatchObject({ status: "failed" });
    const health = await caller.feed.health();
    expect(health[0]).toMatchObject({ id: bad.id, status: "degraded", consecutiveFailures: 1 });
    expect(health[0]?.lastError).toMatch(/answered with content type 'image\/png'/);
    expect(health.find((row) => row.id === good.id)).toMatchObject({ status: "ok", itemsSeen: 3 });
  });
});
