import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { findItems, listFeeds } from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { renderRss } from "../test-utils/feed-server.ts";
import { openTempDatabase, type TempDatabase } from "../test-utils/temp-database.ts";
import { type FeedPreparer, inlineFeedPreparer } from "./feed-preparer.ts";
import { startFeedWorker } from "./feed-worker.ts";
import { importFeeds } from "./import-feeds.ts";
import { IMPORT_GROUP_ITEMS } from "./store-prepared-feeds.ts";

// Saved real-world feeds beside the repository (never copied into it); the last test needs them.
const SHARED_FEEDS = fileURLToPath(new URL("../../../../../shared/feeds", import.meta.url));

let database: TempDatabase;
beforeEach(async () => {
  database = await openTempDatabase();
});
afterEach(() => database.close());

function run(paths: string[], options: Partial<Parameters<typeof importFeeds>[0]> = {}) {
  return importFeeds({
    db: database.db,
    scorer: getDefaultScorer(),
    paths,
    now: () => new Date("2026-03-01T12:00:00Z"),
    ...options,
  });
}

function darfurItems(file: number, count: number) {
  return Array.from({ length: count }, (_, n) => ({
    title: `Militia attack on village ${file * 100 + n} in Darfur kills ${n + 2} civilians`,
    description: `Witnesses in Sudan described attack ${file}.${n}.`,
    link: `https://example.org/darfur/${file}/${n}`,
    pubDate: "Sat, 28 Feb 2026 08:00:00 GMT",
  }));
}

/**
 * Every stored row an import leaves, minus the ids and day versions that depend on commit grouping;
 * sums are rounded, as deltas added in another order differ in the last bits.
 */
async function storedRows() {
  const round = (value: unknown) => (typeof value === "number" ? Math.round(value * 1e9) / 1e9 : value);
  const rows = (sql: string) =>
    (database.sqlite.prepare(sql).all() as Record<string, unknown>[]).map((row) =>
      Object.fromEntries(Object.entries(row).map(([key, value]) => [key, round(value)])),
    );
  return {
    items: rows(
      "SELECT s.url, i.guid, i.title, i.published_day, i.severity, i.risk_factors, c.fingerprint, c.item_count, c.source_count FROM items i JOIN sources s ON s.id = i.source_id JOIN clusters c ON c.id = i.cluster_id ORDER BY i.guid",
    ),
    countryDaily: rows("SELECT * FROM country_daily ORDER BY day, source_type, iso2"),
    indicatorDaily: rows("SELECT * FROM country_indicator_daily ORDER BY indicator, day, source_type, iso2"),
  };
}

describe("importFeeds", () => {
  it("is idempotent: a second import of the same files adds nothing", async () => {
    const dir = path.join(database.dataDir, "saved");
    mkdirSync(dir);
    const items = [1, 2, 3, 4].map((n) => ({
      title: `Militia attack on village ${n} in Darfur kills civilians`,
      description: `Witnesses in Sudan described the attack number ${n}.`,
      link: `https://example.org/darfur/${n}`,
      pubDate: "Sat, 28 Feb 2026 08:00:00 GMT",
    }));
    writeFileSync(path.join(dir, "darfur.xml"), renderRss(items));
    writeFileSync(path.join(dir, "broken.rss"), "<rss><channel><item><title>cut off");
    writeFileSync(path.join(dir, "notes.txt"), "not a feed and not picked from a folder");

    const first = await run([dir]);
    expect(first.map((result) => [path.basename(result.file), result.status])).toEqual([
      ["broken.rss", "failed"],
      ["darfur.xml", "ok"],
    ]);
    expect(first[1]).toMatchObject({ items: 4, inserted: 4, duplicates: 0 });
    expect(first[0]).toMatchObject({ error: expect.stringMatching(/broken\.rss/) });

    const second = await run([dir, path.join(dir, "missing.xml")]);
    expect(second[1]).toMatchObject({ status: "ok", inserted: 0, duplicates: 4 });
    expect(second[2]).toMatchObject({ status: "failed", error: expect.stringMatching(/does not exist/) });
    expect((await findItems(database.db, { limit: 50 })).items).toHaveLength(4);
    // Imported files are sources, not feeds to poll.
    expect(await listFeeds(database.db)).toEqual([]);
  });

  it("in a worker thread, with files sharing commits, stores exactly what the one-thread import stores", async () => {
    const dir = path.join(database.dataDir, "many");
    mkdirSync(dir);
    // The same stories in several files: clusters span files (and transactions), sources corroborate.
    for (let file = 0; file < 12; file++) {
      writeFileSync(
        path.join(dir, `feed-${String(file).padStart(2, "0")}.xml`),
        renderRss(darfurItems(file % 4, 30)),
      );
    }
    writeFileSync(path.join(dir, "feed-05b.xml"), "<rss><channel><item><title>cut off");
    const worker = startFeedWorker();
    try {
      const parallel = await run([dir], { preparer: worker });
      const fromWorker = await storedRows();
      const inline = await openTempDatabase();
      const previous = database;
      database = inline;
      try {
        const oneThread = await run([dir]);
        expect(parallel).toEqual(oneThread);
        expect(await storedRows()).toEqual(fromWorker);
      } finally {
        database = previous;
        await inline.close();
      }
      expect(parallel.filter((result) => result.status === "failed")).toHaveLength(1);
      expect(parallel.reduce((sum, result) => sum + (result.status === "ok" ? result.inserted : 0), 0)).toBe(
        360,
      );
    } finally {
      await worker.close();
    }
  }, 60_000);

  it("waits for slow files so consecutive ones share a commit, up to the batch size", async () => {
    const dir = path.join(database.dataDir, "slow");
    mkdirSync(dir);
    // 30 files of 200 items, all on one day. The first commits take 1, 2, 4 and 8 files (the preparer
    // starts cold); then 10 fill a commit of IMPORT_GROUP_ITEMS, and the last 5 share the next.
    expect(IMPORT_GROUP_ITEMS).toBe(2_000);
    for (let file = 0; file < 30; file++) {
      writeFileSync(
        path.join(dir, `feed-${String(file).padStart(2, "0")}.xml`),
        renderRss(darfurItems(file, 200)),
      );
    }
    // Answers come back one by one, later files first, as a busy worker's might.
    const inline = inlineFeedPreparer(getDefaultScorer());
    let calls = 0;
    const slow: FeedPreparer = {
      prepare: (bytes, name) => inline.prepare(bytes, name),
      async prepareFile(file, name) {
        const delay = 40 - 3 * (calls++ % 12);
        const prepared = await inline.prepareFile(file, name);
        return new Promise((resolve) => setTimeout(() => resolve(prepared), delay));
      },
      close: () => inline.close(),
    };
    const results = await run([dir], { preparer: slow });
    expect(results.map((result) => (result.status === "ok" ? result.inserted : result.error))).toEqual(
      Array(30).fill(200),
    );
    // The day's aggregates moved once per commit.
    const days = database.sqlite.prepare("SELECT version FROM aggregate_days").all();
    expect(days).toEqual([{ version: 6 }]);
  }, 60_000);

  it("checkpoints the WAL less often while it writes, and gives the connection its setting back", async () => {
    const dir = path.join(database.dataDir, "bulk");
    mkdirSync(dir);
    writeFileSync(path.join(dir, "a.xml"), renderRss(darfurItems(1, 5)));
    writeFileSync(path.join(dir, "b.xml"), "<rss><channel><item><title>cut off");
    const setting = () => database.sqlite.pragma("wal_autocheckpoint", { simple: true });
    const before = setting();
    const during: unknown[] = [];
    const results = await run([dir], { onResult: () => during.push(setting()) });
    expect(results.map((result) => result.status)).toEqual(["ok", "failed"]);
    expect(during).toEqual([10_000, 10_000]);
    expect(setting()).toBe(before);
    expect(before).toBe(1_000);
  });

  it.skipIf(!existsSync(SHARED_FEEDS))(
    "imports every saved feed: items from good files, clear errors from broken ones",
    async () => {
      const results = await run([SHARED_FEEDS]);
      expect(results.length).toBeGreaterThan(40);
      const ok = results.filter((result) => result.status === "ok");
      const failed = results.filter((result) => result.status === "failed");
      expect(ok.length).toBeGreaterThan(failed.length * 5);
      expect(ok.reduce((sum, result) => sum + result.inserted, 0)).toBeGreaterThan(500);
      for (const result of failed) {
        expect(result.error).toContain(path.basename(result.file));
        expect(result.error).not.toMatch(/\n\s+at /);
      }
      const again = await run([SHARED_FEEDS]);
      expect(again.reduce((sum, result) => sum + (result.status === "ok" ? result.inserted : 0), 0)).toBe(0);
    },
    60_000,
  );
});
