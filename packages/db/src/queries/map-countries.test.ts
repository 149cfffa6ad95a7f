import { COUNTRIES } from "@vigil/gazetteer";
import { decayFactor, factorScore, MIN_COVERAGE_ITEMS, overallScore } from "@vigil/scoring";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { dayStartIso } from "../days.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import { addSource, makeScore, openTempDatabase, TEST_COUNTRIES } from "../test-utils.ts";
import { mapCountries } from "./map-countries.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const DAY = 20_500;
const RELIABILITY = 0.8;

/** Noon of a day, so stories are well inside it. */
function noon(day: number): Date {
  return new Date(Date.parse(dayStartIso(day)) + 12 * 3_600_000);
}

describe("mapCountries", () => {
  let opened: Opened;
  let sourceId: number;
  let story = 0;
  beforeEach(async () => {
    opened = await openTempDatabase();
    sourceId = await addSource(opened, "Reuters", RELIABILITY);
  });
  afterEach(async () => {
    await opened.close();
  });

  /** Stores `count` distinct stories (they never cluster) about a country on a day. */
  async function stories(count: number, iso2: string, day: number, signals: [string, number][]) {
    const items = Array.from({ length: count }, () => {
      story++;
      return {
        guid: `story-${story}`,
        url: null,
        title: `${story}alpha ${story}beta ${story}gamma ${story}delta`,
        summary: "",
        publishedAt: noon(day).toISOString(),
        lang: "en",
        score: makeScore([[iso2, 1]], signals),
      };
    });
    await storeScoredItems(opened.db, {
      sourceId,
      sourceType: "news",
      reliability: RELIABILITY,
      items,
      now: noon(DAY + 400),
    });
  }

  const map = (windowDays: number, asOfDay: number, extra: object = {}) =>
    mapCountries(opened.db, { windowDays, asOf: noon(asOfDay), countries: TEST_COUNTRIES, ...extra });
  const byCountry = (rows: CountrySituation[], iso2: string) =>
    rows.find((row) => row.iso2 === iso2) as CountrySituation;

  it("answers for every country, not-monitored where coverage is thin", async () => {
    await stories(2, "SD", DAY, [["13.1", 0.9]]);
    await stories(3, "ET", DAY, []);
    await stories(MIN_COVERAGE_ITEMS, "ML", DAY, [["13.1", 0.9]]);
    const rows = await map(30, DAY);
    expect(rows.map((row) => row.iso2)).toEqual(TEST_COUNTRIES.map((country) => country.iso2));
    expect(byCountry(rows, "FR")).toMatchObject({
      score: 0,
      level: "not-monitored",
      coverage: 0,
      evidenceCount: 0,
    });
    expect(byCountry(rows, "SD").level).toBe("not-monitored");
    expect(byCountry(rows, "SD").score).toBeGreaterThan(0);
    expect(byCountry(rows, "ET")).toMatchObject({ score: 0, level: "low", coverage: 3 });
    const mali = byCountry(rows, "ML");
    const expected = overallScore({ 13: factorScore(3 * 0.9 * RELIABILITY) });
    expect(mali).toMatchObject({
      level: "high",
      coverage: 3,
      evidenceCount: 3,
      factors: [{ id: 13, score: factorScore(2.16) }],
    });
    expect(mali.score).toBeCloseTo(expected, 9);
  });

  it("shows a past asOf as the data stood then: later items are invisible", async () => {
    await stories(3, "ML", DAY, [["13.1", 0.5]]);
    await stories(5, "ML", DAY + 10, [["13.1", 1]]);
    const past = byCountry(await map(7, DAY + 2), "ML");
    expect(past.coverage).toBe(3);
    const evidence = 3 * 0.5 * RELIABILITY * decayFactor(2, 7);
    expect(past.score).toBeCloseTo(overallScore({ 13: factorScore(evidence) }), 9);
    const later = byCountry(await map(30, DAY + 10), "ML");
    expect(later.coverage).toBe(8);
    expect(later.score).toBeGreaterThan(past.score);
  });

  it("covers every gazetteer country by default, and its regions", async () => {
    const rows = await mapCountries(opened.db, { windowDays: 30, asOf: noon(DAY) });
    expect(rows.map((row) => row.iso2)).toEqual(COUNTRIES.map((country) => country.iso2));
    const africa = await mapCountries(opened.db, { windowDays: 30, asOf: noon(DAY), region: "africa" });
    expect(africa.length).toBeGreaterThan(40);
    expect(africa.every((row) => row.region === "africa")).toBe(true);
  });

  it("sees items stored after an earlier answer, including on days it had already read", async () => {
    await stories(3, "ML", DAY - 1, [["13.1", 0.3]]);
    const before = byCountry(await map(30, DAY), "ML");
    await stories(2, "ML", DAY - 1, [["13.1", 0.9]]);
    const after = byCountry(await map(30, DAY), "ML");
    expect(after.coverage).toBe(5);
    expect(after.score).toBeGreaterThan(before.score);
  });

  it("filters by region", async () => {
    await stories(3, "MM", DAY, [["13.1", 0.5]]);
    const rows = await map(30, DAY, { region: "Asia" });
    expect(rows.map((row) => row.iso2)).toEqual(["MM", "IN"]);
    expect(byCountry(rows, "MM").coverage).toBe(3);
    expect(await map(30, DAY, { region: "Atlantis" })).toEqual([]);
  });

  it("scores only the chosen indicators or factors when filtered", async () => {
    await stories(3, "ML", DAY, [
      ["13.1", 0.9],
      ["8.8", 0.4],
    ]);
    const all = byCountry(await map(30, DAY), "ML");
    const onlyElections = byCountry(await map(30, DAY, { indicators: ["8.8"] }), "ML");
    const onlyFactor13 = byCountry(await map(30, DAY, { riskFactors: [13] }), "ML");
    expect(all.factors.map((factor) => factor.id)).toEqual([13, 8]);
    expect(onlyElections.factors).toEqual([{ id: 8, score: factorScore(3 * 0.4 * RELIABILITY) }]);
    expect(onlyElections.score).toBeLessThan(all.score);
    expect(onlyFactor13.factors.map((factor) => factor.id)).toEqual([13]);
    expect(onlyElections.coverage).toBe(3);
    expect(byCountry(await map(30, DAY, { sourceTypes: ["alert"] }), "ML")).toMatchObject({
      score: 0,
      coverage: 0,
    });
  });

  it("gives a trend against the previous window, 'new' when that window was not monitored", async () => {
    await stories(3, "ML", DAY - 10, [["13.1", 0.2]]);
    await stories(3, "ML", DAY, [["13.1", 0.9]]);
    await stories(3, "SD", DAY, [["13.1", 0.9]]);
    const rows = await map(7, DAY);
    const mali = byCountry(rows, "ML");
    const previous = overallScore({ 13: factorScore(3 * 0.2 * RELIABILITY * decayFactor(3, 7)) });
    expect(mali.trend.direction).toBe("rising");
    expect(mali.trend.delta).toBeCloseTo(mali.score - previous, 2);
    expect(byCountry(rows, "SD").trend).toEqual({ delta: null, direction: "new" });
  });

  it("flags a spike when the last three days jump above a steady baseline", async () => {
    for (let day = DAY - 29; day <= DAY - 3; day++) await stories(1, "ML", day, [["13.1", 0.4]]);
    for (let day = DAY - 29; day <= DAY; day++) await stories(1, "SD", day, [["13.1", 0.4]]);
    for (let day = DAY - 2; day <= DAY; day++) await stories(4, "ML", day, [["13.1", 1]]);
    const rows = await map(30, DAY);
    expect(byCountry(rows, "ML").isSpike).toBe(true);
    expect(byCountry(rows, "SD").isSpike).toBe(false);
  });
});
