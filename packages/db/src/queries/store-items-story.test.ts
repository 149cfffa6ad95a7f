import { fingerprintBands, storyFingerprint } from "@vigil/scoring";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ValidationError } from "../errors.ts";
import { addSource, makeScore, openTempDatabase } from "../test-utils.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const NOW = new Date("2026-03-10T12:00:00Z");
const TITLES = [
  "Gunmen kill 12 villagers in central Mali, officials say",
  "Gunmen killed 12 villagers in central Mali, officials say",
  "Sudan army shells El Fasher market",
  "",
];

function items(withStory: boolean) {
  return TITLES.map((title, index) => {
    const summary = title === "" ? "Residents flee" : "";
    const fingerprint = storyFingerprint(title, summary);
    return {
      guid: `g${index}`,
      url: null,
      title,
      summary,
      publishedAt: "2026-03-10T08:00:00Z",
      score: makeScore([["ML", 1]], [["13.1", 0.5 + index / 10]]),
      ...(withStory ? { story: { fingerprint, bands: fingerprintBands(fingerprint) } } : {}),
    };
  });
}

function tables(opened: Opened) {
  // cluster_band_days has three columns, every other table at least four.
  const table = (name: string) =>
    opened.sqlite
      .prepare(`SELECT * FROM ${name} ORDER BY 1, 2, 3${name === "cluster_band_days" ? "" : ", 4"}`)
      .all();
  return ["items", "clusters", "cluster_band_days", "cluster_factor_evidence", "country_daily"].map(table);
}

describe("storeScoredItems with a precomputed story fingerprint", () => {
  let opened: Opened[];
  beforeEach(async () => {
    opened = [await openTempDatabase(), await openTempDatabase()];
  });
  afterEach(async () => {
    for (const each of opened) await each.close();
  });

  it("stores exactly what it stores when it computes the fingerprint itself", async () => {
    for (const [index, each] of opened.entries()) {
      const sourceId = await addSource(each, "Reuters", 0.9);
      const options = { sourceId, sourceType: "news" as const, reliability: 0.9, now: NOW };
      expect(await storeScoredItems(each.db, { ...options, items: items(index === 0) })).toMatchObject({
        inserted: 4,
        clustered: 1,
      });
    }
    expect(tables(opened[0] as Opened)).toEqual(tables(opened[1] as Opened));
  });

  it("refuses a story of the wrong shape, writing nothing", async () => {
    const each = opened[0] as Opened;
    const sourceId = await addSource(each, "Reuters", 0.9);
    const item = items(true)[0] as ReturnType<typeof items>[number];
    const bad = [
      { fingerprint: "0000000g", bands: [] },
      { fingerprint: "00000001", bands: [1, 2] },
      { fingerprint: "", bands: [1] },
      { fingerprint: "00000001", bands: Array.from({ length: 14 }, () => -1) },
    ];
    for (const story of bad) {
      const batch = { sourceId, sourceType: "news" as const, reliability: 0.9, now: NOW };
      await expect(storeScoredItems(each.db, { ...batch, items: [{ ...item, story }] })).rejects.toThrow(
        ValidationError,
      );
    }
    expect(each.sqlite.prepare("SELECT count(*) AS n FROM items").get()).toEqual({ n: 0 });
  });
});
