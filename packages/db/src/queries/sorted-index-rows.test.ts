import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase } from "../open-database.ts";
import { addSource, makeScore, openTempDatabase } from "../test-utils.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const NOW = new Date("2026-03-10T12:00:00Z");
const WIRE = "Gunmen kill 12 villagers in central Mali, officials say";

function item(guid: string, title: string, countries: [string, number][], publishedAt: string) {
  return { guid, url: null, title, summary: "", publishedAt, score: makeScore(countries, [["13.1", 0.8]]) };
}

describe("rows held back until the commit (SortedIndexRows)", () => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openTempDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  it("are all written, whatever order the batch brings them in", async () => {
    const source = await addSource(opened, "Wire", 0.8);
    const items = [
      item("a", "Flooding closes schools across Niamey", [["NE", 1]], "2026-03-09T08:00:00Z"),
      item("b", WIRE, [["ML", 1]], "2026-03-08T08:00:00Z"),
      item(
        "c",
        "Troops deploy along the border with Mali",
        [
          ["ML", 0.7],
          ["BF", 0.9],
        ],
        "2026-03-09T09:00:00Z",
      ),
    ];
    await storeScoredItems(opened.db, {
      sourceId: source,
      sourceType: "news",
      reliability: 0.8,
      items,
      now: NOW,
    });
    const countries = opened.sqlite
      .prepare("SELECT item_id, iso2 FROM item_countries ORDER BY 1, 2")
      .raw()
      .all();
    expect(countries).toEqual([
      [1, "NE"],
      [2, "ML"],
      [3, "BF"],
      [3, "ML"],
    ]);
    const days = opened.sqlite
      .prepare("SELECT iso2, day, cluster_id FROM cluster_country_days ORDER BY 3, 1")
      .raw()
      .all();
    expect(days).toEqual([
      ["NE", 20521, 1],
      ["ML", 20520, 2],
      ["BF", 20521, 3],
      ["ML", 20521, 3],
    ]);
  });

  it("are in the database before a cluster the cache doesn't hold is read back", async () => {
    const reuters = await addSource(opened, "Reuters", 0.9);
    const afp = await addSource(opened, "AFP", 0.8);
    const store = (sourceId: number, items: ReturnType<typeof item>[]) =>
      storeScoredItems(opened.db, { sourceId, sourceType: "news", reliability: 0.9, items, now: NOW });
    await store(reuters, [item("a", WIRE, [["ML", 1]], "2026-03-10T08:00:00Z")]);
    // Another connection's commit: this one's cached clusters can no longer be trusted.
    const other = openDatabase({ file: opened.file });
    await addSource(other, "Other", 0.5);
    await other.close();
    // The same story, naming Burkina Faso too: the cluster is read back with this item's countries.
    const joined = await store(afp, [
      item(
        "b",
        WIRE,
        [
          ["ML", 1],
          ["BF", 0.9],
        ],
        "2026-03-10T09:00:00Z",
      ),
    ]);
    expect(joined.clustered).toBe(1);
    const evidence = opened.sqlite
      .prepare("SELECT iso2 FROM cluster_factor_evidence WHERE cluster_id = 1 ORDER BY iso2")
      .pluck()
      .all();
    expect(evidence).toEqual(["BF", "ML"]);
    const daily = opened.sqlite.prepare("SELECT iso2, items FROM country_daily ORDER BY iso2").raw().all();
    expect(daily).toEqual([
      ["BF", 1],
      ["ML", 2],
    ]);
  });
});
