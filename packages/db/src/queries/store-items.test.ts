import { corroborationFactor } from "@vigil/scoring";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { NotFoundError, ValidationError } from "../errors.ts";
import { openDatabase } from "../open-database.ts";
import { addSource, makeScore, openTempDatabase } from "../test-utils.ts";
import { ensureImportSource } from "./import-source.ts";
import { storeScoredItems, storeScoredItemsSync } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const NOW = new Date("2026-03-10T12:00:00Z");
const WIRE = "Gunmen kill 12 villagers in central Mali, officials say";

function wireItem(guid: string, title: string, weight = 0.8, publishedAt = "2026-03-10T08:00:00Z") {
  return {
    guid,
    url: `https://example.org/${guid}`,
    title,
    summary: "",
    publishedAt,
    lang: "en",
    score: makeScore([["ML", 1]], [["13.1", weight]]),
  };
}

async function snapshot(opened: Opened) {
  const table = (name: string) => opened.sqlite.prepare(`SELECT * FROM ${name} ORDER BY 1, 2, 3, 4`).all();
  return {
    items: table("items"),
    clusters: table("clusters"),
    countryDaily: table("country_daily"),
    indicatorDaily: table("country_indicator_daily"),
    clusterEvidence: table("cluster_factor_evidence"),
  };
}

describe("storeScoredItems", () => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openTempDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  it("stores a batch once: the same batch again adds nothing and leaves aggregates unchanged", async () => {
    const source = await addSource(opened, "Reuters", 0.9);
    const items = [
      wireItem("a", WIRE),
      wireItem("b", "Sudan army shells El Fasher market", 0.6),
      { ...wireItem("c", "Quiet day in Bamako"), score: makeScore([["ML", 0.9]], []) },
    ];
    const options = { sourceId: source, sourceType: "news" as const, reliability: 0.9, items, now: NOW };
    expect(await storeScoredItems(opened.db, options)).toEqual({ inserted: 3, duplicates: 0, clustered: 0 });
    const before = await snapshot(opened);
    expect(await storeScoredItems(opened.db, options)).toEqual({ inserted: 0, duplicates: 3, clustered: 0 });
    expect(await snapshot(opened)).toEqual(before);
    expect(before.countryDaily).toMatchObject([{ day: 20522, source_type: "news", iso2: "ML", items: 3 }]);
  });

  it("counts the same wire story from three sources once, corroborated, not three times", async () => {
    const sources = [
      await addSource(opened, "Reuters", 0.9),
      await addSource(opened, "AP", 0.8),
      await addSource(opened, "AFP", 0.7),
    ];
    const titles = [WIRE, "Gunmen killed 12 villagers in central Mali, officials say", `UPDATE 1-${WIRE}`];
    const weights = [0.6, 0.8, 0.5];
    const results = [];
    for (const [index, sourceId] of sources.entries()) {
      const reliability = [0.9, 0.8, 0.7][index] as number;
      const item = wireItem(`wire-${index}`, titles[index] as string, weights[index]);
      results.push(
        await storeScoredItems(opened.db, {
          sourceId,
          sourceType: "news",
          reliability,
          items: [item],
          now: NOW,
        }),
      );
    }
    expect(results.map((result) => result.clustered)).toEqual([0, 1, 1]);
    const clusters = opened.sqlite.prepare("SELECT item_count, source_count FROM clusters").all();
    expect(clusters).toEqual([{ item_count: 3, source_count: 3 }]);
    const strongest = Math.max(0.6 * 0.9, 0.8 * 0.8, 0.5 * 0.7);
    const daily = opened.sqlite
      .prepare("SELECT evidence_13 AS evidence, clusters_13 AS clusters FROM country_daily")
      .all() as {
      evidence: number;
      clusters: number;
    }[];
    expect(daily).toHaveLength(1);
    expect(daily[0]?.evidence).toBeCloseTo(strongest * corroborationFactor(3), 10);
    expect(daily[0]?.clusters).toBe(1);
    const coverage = opened.sqlite.prepare("SELECT items FROM country_daily").get();
    expect(coverage).toEqual({ items: 3 });
  });

  it("keeps different stories about the same country apart, and news apart from alerts", async () => {
    const source = await addSource(opened, "Reuters", 0.9);
    const items = [wireItem("a", WIRE), wireItem("b", "Mali junta extends transition period by five years")];
    await storeScoredItems(opened.db, {
      sourceId: source,
      sourceType: "news",
      reliability: 0.9,
      items,
      now: NOW,
    });
    await storeScoredItems(opened.db, {
      sourceId: source,
      sourceType: "alert",
      reliability: 0.45,
      items: [wireItem("c", WIRE)],
      now: NOW,
    });
    const clusters = opened.sqlite.prepare("SELECT source_type, item_count FROM clusters ORDER BY id").all();
    expect(clusters).toEqual([
      { source_type: "news", item_count: 1 },
      { source_type: "news", item_count: 1 },
      { source_type: "alert", item_count: 1 },
    ]);
  });

  it("joins a same-source re-run to its story without raising the source count", async () => {
    const source = await addSource(opened, "Reuters", 0.9);
    const items = [wireItem("a", WIRE, 0.5), wireItem("a-updated", `${WIRE} - Reuters`, 0.7)];
    const result = await storeScoredItems(opened.db, {
      sourceId: source,
      sourceType: "news",
      reliability: 0.9,
      items,
      now: NOW,
    });
    expect(result).toEqual({ inserted: 2, duplicates: 0, clustered: 1 });
    expect(opened.sqlite.prepare("SELECT item_count, source_count FROM clusters").get()).toEqual({
      item_count: 2,
      source_count: 1,
    });
    const evidence = opened.sqlite
      .prepare("SELECT sum(evidence_13) AS evidence FROM country_daily")
      .get() as { evidence: number };
    expect(evidence.evidence).toBeCloseTo(0.7 * 0.9, 10);
  });

  it("dates undated and future-dated items at now", async () => {
    const source = await addSource(opened, "Reuters", 0.9);
    const items = [
      { ...wireItem("a", "First story about something"), publishedAt: null },
      { ...wireItem("b", "Second story about another thing"), publishedAt: "2030-01-01T00:00:00Z" },
    ];
    await storeScoredItems(opened.db, {
      sourceId: source,
      sourceType: "news",
      reliability: 0.9,
      items,
      now: NOW,
    });
    const dates = opened.sqlite.prepare("SELECT published_at FROM items").all();
    expect(dates).toEqual([{ published_at: NOW.toISOString() }, { published_at: NOW.toISOString() }]);
  });

  it("refuses an unknown source and a malformed score, writing nothing", async () => {
    await expect(
      storeScoredItems(opened.db, {
        sourceId: 99,
        sourceType: "news",
        reliability: 0.9,
        items: [wireItem("a", WIRE)],
        now: NOW,
      }),
    ).rejects.toThrow(new NotFoundError("source", "id", 99));
    const source = await addSource(opened, "Reuters", 0.9);
    const bad = {
      ...wireItem("b", WIRE),
      score: makeScore(
        [
          ["ML", 1],
          ["ML", 0.5],
        ],
        [],
      ),
    };
    const attempt = storeScoredItems(opened.db, {
      sourceId: source,
      sourceType: "news",
      reliability: 0.9,
      items: [wireItem("a", "Another story entirely here"), bad],
      now: NOW,
    });
    await expect(attempt).rejects.toThrow(ValidationError);
    await expect(attempt).rejects.toThrow(/items\.1\.score\.countries/);
    expect(opened.sqlite.prepare("SELECT count(*) AS n FROM items").get()).toEqual({ n: 0 });
  });

  it("sees clusters another connection stored since its last batch, and forgets a rolled-back batch", async () => {
    const reuters = await addSource(opened, "Reuters", 0.9);
    const afp = await addSource(opened, "AFP", 0.8);
    const other = openDatabase({ file: opened.file });
    try {
      const store = (db: typeof opened.db, sourceId: number, guid: string, title: string) =>
        storeScoredItems(db, {
          sourceId,
          sourceType: "news",
          reliability: 0.9,
          items: [wireItem(guid, title)],
          now: NOW,
        });
      // Each connection stores once first, so each has its in-memory band index for the day.
      expect(
        (await store(opened.db, reuters, "warm", "Flooding closes schools across Niamey")).clustered,
      ).toBe(0);
      expect((await store(other.db, afp, "warm", "Flooding closes schools across Niamey")).clustered).toBe(1);
      expect((await store(other.db, afp, "a", WIRE)).clustered).toBe(0);
      expect((await store(opened.db, reuters, "a", WIRE)).clustered).toBe(1);
      expect((await store(other.db, afp, "b", WIRE)).clustered).toBe(1);
      const counts = opened.sqlite.prepare("SELECT item_count, source_count FROM clusters ORDER BY id").all();
      expect(counts).toEqual([
        { item_count: 2, source_count: 2 },
        { item_count: 3, source_count: 2 },
      ]);

      // A batch inside a transaction that rolls back leaves no trace in the next batch's clustering.
      const rolledBack = "Cholera outbreak spreads through camps near Goma";
      expect(() =>
        opened.sqlite.transaction(() => {
          storeScoredItemsSync(opened.db, {
            sourceId: reuters,
            sourceType: "news",
            reliability: 0.9,
            items: [wireItem("c", rolledBack)],
            now: NOW,
          });
          throw new Error("roll back");
        })(),
      ).toThrow("roll back");
      expect((await store(other.db, afp, "c", "Fighting resumes in the hills above Bukavu")).clustered).toBe(
        0,
      );
      expect((await store(opened.db, reuters, "d", rolledBack)).clustered).toBe(0);
      expect(
        (await store(opened.db, reuters, "e", "Fighting resumes in the hills above Bukavu")).clustered,
      ).toBe(1);
    } finally {
      await other.close();
    }
  });
});

describe("ingest cache across writes", () => {
  let opened: Opened;
  beforeEach(async () => {
    opened = await openTempDatabase();
  });
  afterEach(async () => {
    await opened.close();
  });

  it("keeps clusters across a new import source, and drops them after another write", async () => {
    const reuters = await addSource(opened, "Reuters", 0.9);
    const store = (sourceId: number, guid: string, title: string) =>
      storeScoredItems(opened.db, {
        sourceId,
        sourceType: "news",
        reliability: 0.9,
        items: [wireItem(guid, title)],
        now: NOW,
      });
    expect((await store(reuters, "a", WIRE)).clustered).toBe(0);
    const file = ensureImportSource(opened.db, {
      url: "file:///saved/mali.xml",
      name: "Saved",
      lang: "en",
      reliability: 0.6,
      now: NOW,
    });
    expect(
      ensureImportSource(opened.db, {
        url: "file:///saved/mali.xml",
        name: "x",
        lang: "en",
        reliability: 1,
        now: NOW,
      }),
    ).toEqual(file);
    expect((await store(file.id, "b", WIRE)).clustered).toBe(1);
    // A write the cache can't vouch for: the cluster is read back, and its counts recomputed.
    opened.sqlite.prepare("UPDATE clusters SET source_count = 7").run();
    expect((await store(reuters, "c", WIRE)).clustered).toBe(1);
    expect(opened.sqlite.prepare("SELECT item_count, source_count FROM clusters").all()).toEqual([
      { item_count: 3, source_count: 2 },
    ]);
  });
});
