import { createFeed, feedHealth, findItems, getFeed } from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer, TEST_ETAG } from "../test-utils/feed-server.ts";
import { fixedClock, openTempDatabase, type TempDatabase } from "../test-utils/temp-database.ts";
import { createPoller, type PollerOptions } from "./poller.ts";

const NOW = "2026-03-01T12:00:00.000Z";
const TIMEOUT_MS = 1_000;

let server: FeedServer;
let database: TempDatabase;

beforeAll(async () => {
  server = await startFeedServer();
  // Build the scorer's indexes once up front, so no poll below pays for it.
  getDefaultScorer();
});
afterAll(() => server.close());
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.close());

async function addFeed(path: string): Promise<number> {
  const feed = await createFeed(database.db, {
    feed: { name: path, url: server.url(path), lang: "en", reliability: 0.8 },
    now: new Date(NOW),
  });
  return feed.id;
}

function poller(overrides: Partial<PollerOptions> = {}) {
  return createPoller({
    db: database.db,
    scorer: getDefaultScorer(),
    now: fixedClock(NOW),
    random: () => 0.5,
    fetchTimeoutMs: TIMEOUT_MS,
    fetchMaxBytes: 1024 * 1024,
    // Every route shares one host here; the per-host limit is poll-schedule's own test.
    maxPerHost: 16,
    ...overrides,
  });
}

describe("poller against a hostile feed server", () => {
  it("bounds every bad feed, records what happened in words, and still ingests /healthy in the same run", async () => {
    const hostile = ["/hang", "/drip", "/huge", "/loop", "/wrong-type", "/html", "/bomb"];
    const ids = new Map<string, number>();
    for (const path of ["/healthy", ...hostile]) ids.set(path, await addFeed(path));
    const finishedAt = new Map<string, number>();
    const started = performance.now();
    const outcomes = await poller({
      log: (line) => finishedAt.set(line.split(" ")[1]?.replace(/:$/, "") ?? "", performance.now() - started),
    }).pollDue();
    const elapsed = performance.now() - started;

    expect(outcomes).toHaveLength(8);
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 1_500);
    // The healthy feed did not wait for the hanging ones.
    expect(finishedAt.get(server.url("/healthy"))).toBeLessThan(TIMEOUT_MS / 2);
    const healthy = await getFeed(database.db, { id: ids.get("/healthy") as number });
    expect(healthy.lastSuccessAt).toBe(NOW);
    expect(healthy.itemsSeen).toBe(3);

    const errorOf = async (path: string) =>
      (await getFeed(database.db, { id: ids.get(path) as number })).lastError;
    expect(await errorOf("/hang")).toMatch(/did not finish within 1 s/);
    expect(await errorOf("/drip")).toMatch(/did not finish within 1 s/);
    expect(await errorOf("/huge")).toMatch(/larger than the limit of 1,048,576 bytes/);
    expect(await errorOf("/loop")).toMatch(/redirected more than 5 times/);
    expect(await errorOf("/wrong-type")).toMatch(/content type 'image\/png'/);
    expect(await errorOf("/html")).toMatch(/not a feed|HTML/i);
    // The entity bomb parses without expanding a single entity.
    expect(await errorOf("/bomb")).toBeNull();
    const bombItems = await findItems(database.db, { limit: 10 });
    expect(bombItems.items.map((item) => item.title)).toContain("Laughs");
    expect(bombItems.items.every((item) => !item.title.includes("lol"))).toBe(true);
    // The 200 MB body was cut off early.
    expect(server.bytesSent("/huge")).toBeLessThan(50 * 1024 * 1024);

    const failing = (await feedHealth(database.db, { now: new Date(NOW) })).filter(
      (row) => row.consecutiveFailures > 0,
    );
    expect(failing).toHaveLength(6);
    for (const row of failing) {
      expect(row.nextAttemptAt && row.nextAttemptAt > NOW).toBe(true);
      expect(row.lastError).toContain(row.url);
    }
  });

  it("backs off on 500s, then recovers and resets the failure count", async () => {
    const id = await addFeed("/flaky");
    const pollOnce = async () => (await poller().pollFeeds([await getFeed(database.db, { id })]))[0];
    expect(await pollOnce()).toMatchObject({
      status: "failed",
      error: expect.stringMatching(/answered 500/),
    });
    const second = await pollOnce();
    expect(second?.status).toBe("failed");
    const afterTwo = await getFeed(database.db, { id });
    expect(afterTwo.consecutiveFailures).toBe(2);
    // Full jitter at random 0.5 over base 60 s × 2²: 120 s.
    expect(Date.parse(afterTwo.nextAttemptAt ?? "") - Date.parse(NOW)).toBe(120_000);
    expect(await pollOnce()).toMatchObject({ status: "ok", inserted: 3 });
    const recovered = await getFeed(database.db, { id });
    expect(recovered).toMatchObject({ consecutiveFailures: 0, lastSuccessAt: NOW });
  });

  it("sends the stored ETag and treats 304 as success with nothing new", async () => {
    const id = await addFeed("/etag");
    expect((await poller().pollDue())[0]).toMatchObject({ status: "ok", inserted: 3 });
    expect((await getFeed(database.db, { id })).etag).toBe(TEST_ETAG);
    const second = await poller().pollFeeds([await getFeed(database.db, { id })]);
    expect(second[0]?.status).toBe("not-modified");
    const feed = await getFeed(database.db, { id });
    expect(feed).toMatchObject({ etag: TEST_ETAG, consecutiveFailures: 0, itemsSeen: 3 });
    // Interval 900 s, jitter factor 1 at random 0.5.
    expect(feed.nextAttemptAt).toBe(new Date(Date.parse(NOW) + 900_000).toISOString());
  });

  it("runs as a loop and stops promptly, cancelling a hanging fetch without blaming the feed", async () => {
    const hangId = await addFeed("/hang");
    const healthyId = await addFeed("/healthy");
    const running = poller({ tickMs: 20, fetchTimeoutMs: 30_000 });
    running.start();
    expect(running.isRunning).toBe(true);
    for (
      let waited = 0;
      waited < 2_000 && (await getFeed(database.db, { id: healthyId })).lastSuccessAt === null;
      waited += 20
    ) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const stopping = performance.now();
    await running.stop();
    expect(performance.now() - stopping).toBeLessThan(500);
    expect(running.isRunning).toBe(false);
    expect((await getFeed(database.db, { id: healthyId })).itemsSeen).toBe(3);
    expect(await getFeed(database.db, { id: hangId })).toMatchObject({
      consecutiveFailures: 0,
      lastError: null,
    });
  });
});
