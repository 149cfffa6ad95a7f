import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SourceType } from "../database.ts";
import { dayStartIso } from "../days.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import { syntheticItems } from "../synthetic-items.ts";
import { addSource, openTempDatabase, TEST_COUNTRIES } from "../test-utils.ts";
import { mapCountries } from "./map-countries.ts";
import { mapCountriesFromRawTables } from "./map-countries-raw.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const FIRST_DAY = 20_500;
const DAYS = 40;

function expectSameSituations(fromAggregates: CountrySituation[], fromRaw: CountrySituation[]) {
  expect(fromAggregates.map((row) => row.iso2)).toEqual(fromRaw.map((row) => row.iso2));
  fromAggregates.forEach((row, index) => {
    const raw = fromRaw[index] as CountrySituation;
    expect({
      iso2: row.iso2,
      coverage: row.coverage,
      evidenceCount: row.evidenceCount,
      level: row.level,
    }).toEqual({
      iso2: raw.iso2,
      coverage: raw.coverage,
      evidenceCount: raw.evidenceCount,
      level: raw.level,
    });
    expect(row.score).toBeCloseTo(raw.score, 6);
    expect(row.trend.direction).toBe(raw.trend.direction);
    expect(row.trend.delta ?? 0).toBeCloseTo(raw.trend.delta ?? 0, 6);
    expect(row.isSpike).toBe(raw.isSpike);
    expect(row.factors.map((factor) => factor.id).sort()).toEqual(
      raw.factors.map((factor) => factor.id).sort(),
    );
  });
}

describe("aggregates maintained at ingest", () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openTempDatabase();
    const sourceIds = [];
    for (const name of ["Reuters", "AP", "AFP", "BBC", "Field network"])
      sourceIds.push(await addSource(opened, name, 0.6 + sourceIds.length * 0.08));
    const bySource = syntheticItems({
      seed: 42,
      stories: 900,
      sourceIds,
      countries: TEST_COUNTRIES.map((country) => country.iso2).slice(0, 5),
      firstDay: FIRST_DAY,
      days: DAYS,
    });
    // Interleave sources in small shuffled batches so clusters often gain members published earlier
    // than ones already stored: the hard case for delta maintenance.
    let seed = 7;
    const random = () => {
      seed = (seed * 48271) % 2147483647;
      return seed / 2147483647;
    };
    const batches = [...bySource].flatMap(([sourceId, items]) => {
      const shuffled = items.map((item) => ({ item, key: random() })).sort((a, b) => a.key - b.key);
      return Array.from({ length: Math.ceil(shuffled.length / 40) }, (_, index) => ({
        sourceId,
        items: shuffled.slice(index * 40, index * 40 + 40).map(({ item }) => item),
        key: random(),
      }));
    });
    batches.sort((a, b) => a.key - b.key);
    const now = new Date(dayStartIso(FIRST_DAY + DAYS + 2));
    for (const batch of batches) {
      const sourceType: SourceType = batch.sourceId === sourceIds[4] ? "alert" : "news";
      const reliability = sourceType === "alert" ? 0.35 : 0.8;
      await storeScoredItems(opened.db, {
        sourceId: batch.sourceId,
        items: batch.items,
        sourceType,
        reliability,
        now,
      });
    }
  }, 60_000);
  afterAll(async () => {
    await opened.close();
  });

  it("formed multi-source clusters from the dataset", () => {
    const row = opened.sqlite
      .prepare("SELECT max(source_count) AS most, count(*) AS n FROM clusters WHERE source_count > 1")
      .get() as {
      most: number;
      n: number;
    };
    expect(row.n).toBeGreaterThan(50);
    expect(row.most).toBeGreaterThanOrEqual(3);
  });

  const cases: [
    string,
    {
      windowDays: number;
      asOfDay: number;
      riskFactors?: number[];
      indicators?: string[];
      sourceTypes?: SourceType[];
    },
  ][] = [
    ["30 days to the end", { windowDays: 30, asOfDay: FIRST_DAY + DAYS }],
    ["7 days in the middle", { windowDays: 7, asOfDay: FIRST_DAY + 20 }],
    ["90 days, past asOf", { windowDays: 90, asOfDay: FIRST_DAY + 12 }],
    ["factor filter", { windowDays: 30, asOfDay: FIRST_DAY + DAYS, riskFactors: [13, 8] }],
    ["indicator filter", { windowDays: 30, asOfDay: FIRST_DAY + 35, indicators: ["13.1", "8.8", "9.1"] }],
    [
      "indicator and factor filter",
      { windowDays: 30, asOfDay: FIRST_DAY + 35, indicators: ["13.1", "8.8"], riskFactors: [13] },
    ],
    ["alerts only", { windowDays: 30, asOfDay: FIRST_DAY + DAYS, sourceTypes: ["alert"] }],
  ];
  it.each(cases)("match a recomputation from raw tables: %s", async (_, { asOfDay, ...filters }) => {
    const asOf = new Date(Date.parse(dayStartIso(asOfDay)) + 12 * 3_600_000);
    const options = { ...filters, asOf, countries: TEST_COUNTRIES };
    const fromAggregates = await mapCountries(opened.db, options);
    const fromRaw = await mapCountriesFromRawTables(opened.db, options);
    expectSameSituations(fromAggregates, fromRaw);
    expect(fromAggregates.some((row) => row.score > 0)).toBe(true);
  });
});
