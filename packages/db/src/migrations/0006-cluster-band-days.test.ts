import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import {
  fingerprintBands,
  NEAR_DUPLICATE_SIMILARITY,
  storyFingerprint,
  storySimilarity,
} from "@vigil/scoring";
import { Migrator } from "kysely";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dayStartIso } from "../days.ts";
import { openDatabase, type VigilDatabase } from "../open-database.ts";
import { storeScoredItems } from "../queries/store-items.ts";
import { addSource, makeScore } from "../test-utils.ts";
import { MIGRATIONS } from "./migrate.ts";

const BEFORE = "0005-cluster-bands-by-day";
const FIRST_DAY = 20_600;
const NOW = new Date(dayStartIso(FIRST_DAY + 14));

interface BandRow {
  band_key: number;
  source_type: string;
  day: number;
  cluster_id: number;
}
type SourceType = "news" | "alert";

// mulberry32, so the made-up stories are the same on every run.
function randomOf(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const random = randomOf(11);
const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
// A small vocabulary, so unrelated stories share words and an item meets several candidates.
const VOCABULARY = Array.from({ length: 30 }, (_, index) => `word${index.toString(36)}x`);
const titleOf = () => [...VOCABULARY].sort(() => random() - 0.5).slice(0, 9);

/** The old near-duplicate rule, by brute force over band rows: storeScoredItems' choice before 0006. */
function expectedCluster(
  rows: BandRow[],
  fingerprints: Map<number, string>,
  title: string,
  type: string,
  day: number,
) {
  const fingerprint = storyFingerprint(title);
  const bands = new Set(fingerprintBands(fingerprint));
  let best: { id: number; similarity: number } | undefined;
  for (const row of rows) {
    if (row.source_type !== type || Math.abs(row.day - day) > 3 || !bands.has(row.band_key)) continue;
    const similarity = storySimilarity(fingerprint, fingerprints.get(row.cluster_id) ?? "");
    if (similarity < NEAR_DUPLICATE_SIMILARITY) continue;
    if (!best || similarity > best.similarity || (similarity === best.similarity && row.cluster_id > best.id))
      best = { id: row.cluster_id, similarity };
  }
  return best?.id;
}

function itemOf(guid: string, title: string[], day: number) {
  const publishedAt = dayStartIso(day).replace("T00:00", "T09:00");
  return { guid, url: null, title: title.join(" "), summary: "", publishedAt, score: makeScore([], []) };
}

describe("migration 0006-cluster-band-days", () => {
  let dir: string;
  let opened: VigilDatabase;
  let migrator: Migrator;
  let oldRows: BandRow[];
  let fingerprints: Map<number, string>;
  let titles: { title: string[]; type: SourceType; day: number }[];

  beforeEach(async () => {
    fingerprints = new Map();
    titles = [];
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-"));
    opened = openDatabase({ file: path.join(dir, "vigil.db") });
    migrator = new Migrator({ db: opened.db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    // Clusters as the store wrote them before 0006: 14 band rows each, none for a wordless fingerprint
    // (cluster 30); cluster 5's story again as clusters 58–60 a day apart each, so a match ties.
    const insertCluster = opened.sqlite.prepare(
      "INSERT INTO clusters (id, source_type, fingerprint, day, first_item_id, item_count, source_count) VALUES (?, ?, ?, ?, NULL, 1, 1)",
    );
    const insertBand = opened.sqlite.prepare(
      "INSERT INTO cluster_bands (band_key, source_type, day, cluster_id) VALUES (?, ?, ?, ?)",
    );
    for (let id = 1; id <= 60; id++) {
      const copied = id >= 58 ? titles[4] : undefined;
      const story = copied
        ? { ...copied, day: copied.day + id - 58 }
        : {
            title: titleOf(),
            type: (random() < 0.25 ? "alert" : "news") as SourceType,
            day: FIRST_DAY + Math.floor(random() * 10),
          };
      const fingerprint = id === 30 ? "" : storyFingerprint(story.title.join(" "));
      titles.push(story);
      fingerprints.set(id, fingerprint);
      insertCluster.run(id, story.type, fingerprint, story.day);
      for (const band of fingerprintBands(fingerprint)) insertBand.run(band, story.type, story.day, id);
    }
    oldRows = opened.sqlite
      .prepare("SELECT band_key, source_type, day, cluster_id FROM cluster_bands")
      .all() as BandRow[];
  });

  afterEach(async () => {
    await opened.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("keeps one row per cluster that had bands, and the store chooses the clusters it chose before", async () => {
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    const key = (row: Omit<BandRow, "band_key">) => `${row.source_type}|${row.day}|${row.cluster_id}`;
    const days = opened.sqlite.prepare("SELECT source_type, day, cluster_id FROM cluster_band_days").all();
    expect((days as BandRow[]).map(key).sort()).toEqual([...new Set(oldRows.map(key))].sort());
    expect(days).toHaveLength(59);

    const sourceId = await addSource(opened, "Wire", 0.9);
    const rows = [...oldRows];
    let joined = 0;
    for (let n = 0; n < 150; n++) {
      // Mostly edits of a stored story (some words replaced), some a story stored in this loop, a few exact copies.
      const base = pick(titles);
      const title = [...base.title];
      for (let edits = Math.floor(random() * 4); edits > 0; edits--)
        title[Math.floor(random() * title.length)] = pick(VOCABULARY);
      const type = random() < 0.85 ? base.type : base.type === "news" ? "alert" : "news";
      const day = base.day + Math.floor(random() * 9) - 4;
      const expected = expectedCluster(rows, fingerprints, title.join(" "), type, day);
      const result = await storeScoredItems(opened.db, {
        sourceId,
        sourceType: type,
        reliability: 0.9,
        now: NOW,
        items: [itemOf(`g${n}`, title, day)],
      });
      const { cluster_id } = opened.sqlite
        .prepare("SELECT cluster_id FROM items WHERE guid = ?")
        .get(`g${n}`) as { cluster_id: number };
      if (expected !== undefined) {
        expect(cluster_id).toBe(expected);
        joined++;
        continue;
      }
      expect(result.clustered).toBe(0);
      const fingerprint = storyFingerprint(title.join(" "));
      fingerprints.set(cluster_id, fingerprint);
      titles.push({ title, type, day });
      for (const band of fingerprintBands(fingerprint))
        rows.push({ band_key: band, source_type: type, day, cluster_id });
    }
    expect(joined).toBeGreaterThan(40);

    // Four clusters hold the same story (ids 5, 58, 59, 60, one day apart): the newest in the window wins.
    const copied = titles[4] as (typeof titles)[number];
    const day = copied.day + 1;
    expect(expectedCluster(rows, fingerprints, copied.title.join(" "), copied.type, day)).toBe(60);
    await storeScoredItems(opened.db, {
      sourceId,
      sourceType: copied.type,
      reliability: 0.9,
      now: NOW,
      items: [itemOf("tie", copied.title, day)],
    });
    expect(opened.sqlite.prepare("SELECT cluster_id FROM items WHERE guid = 'tie'").get()).toEqual({
      cluster_id: 60,
    });
  });

  it("goes down to the band rows it came from", async () => {
    expect((await migrator.migrateToLatest()).error).toBeUndefined();
    expect((await migrator.migrateTo(BEFORE)).error).toBeUndefined();
    const rows = opened.sqlite
      .prepare("SELECT band_key, source_type, day, cluster_id FROM cluster_bands")
      .all();
    const order = (a: BandRow, b: BandRow) => a.cluster_id - b.cluster_id || a.band_key - b.band_key;
    expect((rows as BandRow[]).sort(order)).toEqual([...oldRows].sort(order));
  });
});
