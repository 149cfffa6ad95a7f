import { corroborationFactor, factorScore } from "@vigil/scoring";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayStartIso } from "../days.ts";
import { NotFoundError } from "../errors.ts";
import { addSource, makeScore, openTempDatabase, TEST_COUNTRIES } from "../test-utils.ts";
import { countryDetail } from "./country-detail.ts";
import { mapCountries } from "./map-countries.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const DAY = 20_500;
const WIRE = "Gunmen kill 12 villagers in central Mali, officials say";
const asOf = new Date(Date.parse(dayStartIso(DAY)) + 20 * 3_600_000);

describe("countryDetail", () => {
  let opened: Opened;
  beforeAll(async () => {
    opened = await openTempDatabase();
    const reuters = await addSource(opened, "Reuters", 0.9);
    const ap = await addSource(opened, "AP", 0.8);
    const at = (hour: number) => new Date(Date.parse(dayStartIso(DAY)) + hour * 3_600_000).toISOString();
    const item = (guid: string, title: string, signals: [string, number][], hour = 8) => ({
      guid,
      url: `https://example.org/${guid}`,
      title,
      summary: "",
      publishedAt: at(hour),
      lang: "en",
      score: makeScore([["ML", 1]], signals),
    });
    const now = new Date(at(23));
    await storeScoredItems(opened.db, {
      sourceId: reuters,
      sourceType: "news",
      reliability: 0.9,
      items: [
        item("r1", WIRE, [["13.1", 0.9]]),
        item("r2", "Mali junta extends transition by five years", [["8.8", 0.5]]),
      ],
      now,
    });
    await storeScoredItems(opened.db, {
      sourceId: ap,
      sourceType: "news",
      reliability: 0.8,
      items: [
        item("a1", `${WIRE} - AP`, [["13.1", 0.7]], 9),
        item("a2", "Bamako markets reopen after curfew", []),
      ],
      now,
    });
  });
  afterAll(async () => {
    await opened.close();
  });

  it("explains the score with its factors, top evidence and series", async () => {
    const detail = await countryDetail(opened.db, {
      iso2: "ml",
      windowDays: 30,
      asOf,
      countries: TEST_COUNTRIES,
    });
    const [map] = await mapCountries(opened.db, {
      windowDays: 30,
      asOf,
      countries: TEST_COUNTRIES,
      region: "Africa",
    });
    expect(detail.situation).toEqual(map);
    expect(detail.situation.coverage).toBe(4);
    const killings = 0.9 * 0.9 * corroborationFactor(2);
    expect(detail.factors.map((factor) => [factor.id, factor.score, factor.clusters])).toEqual([
      [13, factorScore(killings), 1],
      [8, factorScore(0.5 * 0.9), 1],
    ]);
    const [top] = detail.topEvidence;
    expect(top).toMatchObject({
      title: WIRE,
      sourceName: "Reuters",
      sourceCount: 2,
      itemCount: 2,
      corroboration: 1.25,
    });
    expect(top?.contribution).toBeCloseTo(killings, 3);
    expect(top?.matches[0]).toMatchObject({ indicator: "13.1", term: "kill", field: "title" });
    expect(detail.topEvidence).toHaveLength(2);
    expect(detail.series).toHaveLength(30);
    // The only day with evidence after 29 quiet ones stands out as a spike day in the series.
    expect(detail.series.at(-1)).toMatchObject({ day: "2026-02-16", isSpike: true });
    expect(detail.series.filter((day) => day.isSpike)).toHaveLength(1);
    expect(detail.series.at(-1)?.evidence).toBeCloseTo(killings + 0.45, 3);
    expect(detail.why).toMatch(
      /^Score \d+ \(moderate\) from 4 items about Mali in the 30 days to 2026-02-16\./,
    );
    expect(detail.why).toContain("Factor 13 scored");
    expect(detail.why).toContain(
      "strongest 'Gunmen kill 12 villagers in central Mali, officials say' (Reuters, reliability 0.9, corroborated by 2 sources)",
    );
    expect(detail.explanation).toMatchObject({
      windowDays: 30,
      coverage: 4,
      minCoverage: 3,
      isMonitored: true,
      halfLifeDays: 10,
    });
  });

  it("follows filters", async () => {
    const detail = await countryDetail(opened.db, {
      iso2: "ML",
      windowDays: 7,
      asOf,
      indicators: ["8.8"],
      countries: TEST_COUNTRIES,
    });
    expect(detail.factors.map((factor) => factor.id)).toEqual([8]);
    expect(detail.topEvidence.map((entry) => entry.title)).toEqual([
      "Mali junta extends transition by five years",
    ]);
  });

  it("says why a thinly covered country is not monitored", async () => {
    const detail = await countryDetail(opened.db, {
      iso2: "FR",
      windowDays: 30,
      asOf,
      countries: TEST_COUNTRIES,
    });
    expect(detail.situation.level).toBe("not-monitored");
    expect(detail.why).toMatch(/^France is not monitored: only 0 items/);
    expect(detail.topEvidence).toEqual([]);
  });

  it("rejects an unknown country by code", async () => {
    const attempt = countryDetail(opened.db, { iso2: "ZZ", windowDays: 30, asOf, countries: TEST_COUNTRIES });
    await expect(attempt).rejects.toThrow(NotFoundError);
    await expect(attempt).rejects.toThrow("No country with code 'ZZ'");
  });
});
