import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError } from "../errors.ts";
import { addSource, makeScore, openTempDatabase } from "../test-utils.ts";
import { storeScoredBatches, storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const NOW = new Date("2026-03-10T12:00:00Z");

function item(guid: string, title: string) {
  return {
    guid,
    url: `https://example.org/${guid}`,
    title,
    summary: "",
    publishedAt: "2026-03-10T08:00:00Z",
    lang: "en",
    score: makeScore([["ML", 1]], [["13.1", 0.8]]),
  };
}

const MALI = "Gunmen kill 12 villagers in central Mali, officials say";
const SUDAN = "Sudan army shells El Fasher market as fighting spreads";

// Shortcuts of the store that must not show: a source with no items answers "already stored?" from the
// guids of the transaction, a new cluster names its first item before that item's row is written, and a
// big transaction runs without foreign-key checks.
describe("storeScoredItems' shortcuts", () => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openTempDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  it("skips a guid repeated within the transaction, in one batch or the next", async () => {
    const source = await addSource(opened, "Reuters", 0.9);
    const batch = (items: ReturnType<typeof item>[]) => ({
      sourceId: source,
      sourceType: "news" as const,
      reliability: 0.9,
      items,
      now: NOW,
    });
    const results = await storeScoredBatches(opened.db, [
      batch([item("a", MALI), item("a", MALI)]),
      batch([item("a", MALI), item("b", SUDAN)]),
    ]);
    expect(results).toEqual([
      { inserted: 1, duplicates: 1, clustered: 0 },
      { inserted: 1, duplicates: 1, clustered: 0 },
    ]);
    expect(await storeScoredItems(opened.db, batch([item("b", SUDAN)]))).toEqual({
      inserted: 0,
      duplicates: 1,
      clustered: 0,
    });
  });

  it("names each new cluster's first item", async () => {
    const first = await addSource(opened, "Reuters", 0.9);
    const second = await addSource(opened, "AFP", 0.8);
    const batch = (sourceId: number, items: ReturnType<typeof item>[]) => ({
      sourceId,
      sourceType: "news" as const,
      reliability: 0.9,
      items,
      now: NOW,
    });
    await storeScoredItems(opened.db, batch(first, [item("a", MALI)]));
    await storeScoredBatches(opened.db, [
      batch(second, [item("b", SUDAN), item("c", MALI)]),
      batch(first, [item("d", "Quiet day in Bamako as markets reopen")]),
    ]);
    const clusters = opened.sqlite
      .prepare(
        `SELECT c.first_item_id AS first, min(i.id) AS lowest, count(*) AS items
         FROM clusters c JOIN items i ON i.cluster_id = c.id GROUP BY c.id ORDER BY c.id`,
      )
      .all();
    expect(clusters).toEqual([
      { first: 1, lowest: 1, items: 2 },
      { first: 2, lowest: 2, items: 1 },
      { first: 4, lowest: 4, items: 1 },
    ]);
  });

  it("turns foreign-key checks back on after a big transaction, stored or failed", async () => {
    const source = await addSource(opened, "Reuters", 0.9);
    const items = Array.from({ length: 600 }, (_, n) =>
      item(`g${n}`, `Story number ${n} about ${n % 7} towns`),
    );
    const batch = (sourceId: number) => ({
      sourceId,
      sourceType: "news" as const,
      reliability: 0.9,
      items,
      now: NOW,
    });
    await expect(storeScoredItems(opened.db, batch(999))).rejects.toThrow(NotFoundError);
    expect(opened.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect((await storeScoredItems(opened.db, batch(source))).inserted).toBe(600);
    expect(opened.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
    expect(opened.sqlite.pragma("foreign_key_check")).toEqual([]);
  });
});
