import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceType } from "../database.ts";
import { dayStartIso } from "../days.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import { syntheticItems } from "../synthetic-items.ts";
import { addSource, openTempDatabase, TEST_COUNTRIES } from "../test-utils.ts";
import { createBulkLoader } from "./bulk-load.ts";
import { mapCountries } from "./map-countries.ts";
import { type StoreScoredItemsOptions, storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const FIRST_DAY = 20_500;
const DAYS = 12;
// A few items fall after `now` and take it, as storeScoredItems does with future dates.
const NOW = new Date(Date.parse(dayStartIso(FIRST_DAY + DAYS - 1)) + 6 * 3_600_000);
const EXACT_TABLES = {
  items: `id, source_id, source_type, guid, url, title, summary, published_at, published_day, ingested_at,
    lang, severity, scoring_version, reliability, risk_factors, cluster_id`,
  item_countries: "item_id, iso2, confidence, evidence, published_at",
  item_signals: "item_id, indicator, risk_factor, weight, evidence",
  clusters: "id, source_type, fingerprint, day, first_item_id, item_count, source_count",
  cluster_band_days: "source_type, day, cluster_id",
  cluster_factor_evidence: "cluster_id, iso2, risk_factor, day, evidence, is_first",
  cluster_indicator_evidence: "cluster_id, iso2, indicator, risk_factor, day, evidence, is_first",
};

/** Batches as a feed poller would send them: per source, 40 at a time, news and then a few alerts. */
function batchesOf(sourceIds: number[]): StoreScoredItemsOptions[] {
  const countries = TEST_COUNTRIES.flatMap((country, index) => Array(6 - index).fill(country.iso2));
  const bySource = syntheticItems({
    seed: 7,
    stories: 500,
    sourceIds,
    countries,
    firstDay: FIRST_DAY,
    days: DAYS,
  });
  const batches: StoreScoredItemsOptions[] = [];
  for (const [sourceId, items] of bySource) {
    const sourceType: SourceType = sourceId === sourceIds[0] ? "alert" : "news";
    for (let start = 0; start < items.length; start += 40) {
      batches.push({
        sourceId,
        sourceType,
        reliability: 0.8,
        items: items.slice(start, start + 40),
        now: NOW,
      });
    }
  }
  // A batch sent twice: every item is a duplicate the second time.
  if (batches[3]) batches.push(batches[3]);
  return batches;
}

async function rowsOf(opened: Opened, table: string, columns: string): Promise<unknown[]> {
  return opened.sqlite.prepare(`SELECT ${columns} FROM ${table} ORDER BY ${columns}`).all();
}

/** country_daily or country_indicator_daily as key → values; rows of zeros (left by deltas) are dropped. */
function aggregatesOf(opened: Opened, table: string, key: string): Map<string, number[]> {
  const rows = opened.sqlite.prepare(`SELECT * FROM ${table}`).all() as Record<string, number | string>[];
  const byKey = new Map<string, number[]>();
  for (const row of rows) {
    const id = key
      .split(",")
      .map((column) => row[column.trim()])
      .join("|");
    const values = Object.entries(row)
      .filter(([column]) => !key.includes(column) && column !== "risk_factor")
      .map(([, value]) => Number(value));
    if (values.some((value) => Math.abs(value) > 1e-9)) byKey.set(id, values);
  }
  return byKey;
}

describe("createBulkLoader", () => {
  let viaIngest: Opened;
  let viaBulk: Opened;
  beforeAll(async () => {
    [viaIngest, viaBulk] = await Promise.all([openTempDatabase(), openTempDatabase()]);
    const sources: number[][] = [[], []];
    for (let index = 0; index < 6; index++) {
      sources[0]?.push(await addSource(viaIngest, `Source ${index}`, 0.5 + index / 10));
      sources[1]?.push(await addSource(viaBulk, `Source ${index}`, 0.5 + index / 10));
    }
    const batches = batchesOf(sources[0] ?? []);
    const loader = createBulkLoader(viaBulk.db);
    for (const batch of batches) {
      const ingested = await storeScoredItems(viaIngest.db, batch);
      expect(loader.add(batch)).toEqual(ingested);
    }
    loader.finish();
  });
  afterAll(async () => {
    await Promise.all([viaIngest.close(), viaBulk.close()]);
  });

  it("writes the same items, clusters and per-cluster evidence as storeScoredItems", async () => {
    for (const [table, columns] of Object.entries(EXACT_TABLES)) {
      const expected = await rowsOf(viaIngest, table, columns);
      expect(expected.length, table).toBeGreaterThan(0);
      expect(await rowsOf(viaBulk, table, columns), table).toEqual(expected);
    }
    const clustered = viaBulk.sqlite.prepare("SELECT count(*) AS n FROM clusters WHERE item_count > 1").get();
    expect((clustered as { n: number }).n).toBeGreaterThan(20);
  });

  it("sums the same country aggregates, up to float rounding", () => {
    for (const [table, key] of [
      ["country_daily", "day, source_type, iso2"],
      ["country_indicator_daily", "indicator, day, source_type, iso2"],
    ] as const) {
      const expected = aggregatesOf(viaIngest, table, key);
      const actual = aggregatesOf(viaBulk, table, key);
      expect([...actual.keys()].sort(), table).toEqual([...expected.keys()].sort());
      for (const [id, values] of expected) {
        actual.get(id)?.forEach((value, index) => {
          expect(value, `${table} ${id}`).toBeCloseTo(values[index] ?? 0, 9);
        });
      }
    }
  });

  it("gives the same mapCountries answers, now and as of past days, with filters", async () => {
    const questions = [
      { windowDays: 7, asOf: NOW },
      { windowDays: 30, asOf: NOW },
      { windowDays: 7, asOf: new Date(dayStartIso(FIRST_DAY + 5)) },
      { windowDays: 7, asOf: NOW, riskFactors: [13, 8] },
      { windowDays: 7, asOf: NOW, indicators: ["13.1", "8.8"], sourceTypes: ["news" as const] },
      { windowDays: 7, asOf: NOW, region: "Africa" },
    ];
    for (const question of questions) {
      const options = { ...question, countries: TEST_COUNTRIES };
      const expected = await mapCountries(viaIngest.db, options);
      const actual = await mapCountries(viaBulk.db, options);
      expect(expected.some((situation) => situation.score > 0)).toBe(true);
      expect(rounded(actual)).toEqual(rounded(expected));
    }
  });

  it("lists each (country, day, cluster) of the evidence, as storeScoredItems does", async () => {
    const union = `SELECT iso2, day, cluster_id FROM cluster_factor_evidence
      UNION SELECT iso2, day, cluster_id FROM cluster_indicator_evidence ORDER BY 1, 2, 3`;
    const listed = "SELECT iso2, day, cluster_id FROM cluster_country_days ORDER BY 1, 2, 3";
    const triples = (opened: Opened, sql: string) =>
      opened.sqlite
        .prepare(sql)
        .raw()
        .all()
        .map((row) => (row as unknown[]).join("|"));
    const bulk = triples(viaBulk, listed);
    expect(bulk.length).toBeGreaterThan(0);
    expect(bulk).toEqual(triples(viaBulk, union));
    // Ingest may keep triples whose rows a later member moved to another day, never fewer.
    const ingested = new Set(triples(viaIngest, listed));
    expect(bulk.filter((triple) => !ingested.has(triple))).toEqual([]);
  });

  it("refuses a database that already holds items", async () => {
    expect(() => createBulkLoader(viaBulk.db)).toThrow(/without items/);
  });
});

/** Scores to 2 decimals: the last of round3's digits may differ by float rounding of the sums. */
function rounded(situations: CountrySituation[]) {
  return situations.map((situation) => ({
    ...situation,
    score: Math.round(situation.score * 100) / 100,
    factors: situation.factors.map((factor) => ({ ...factor, score: Math.round(factor.score * 100) / 100 })),
  }));
}
