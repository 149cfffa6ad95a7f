import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dayStartIso } from "../days.ts";
import { sealContent } from "../snapshots/build-snapshot.ts";
import { addSource, makeScore, openTempDatabase, TEST_COUNTRIES } from "../test-utils.ts";
import { countryDetail } from "./country-detail.ts";
import { mapCountries } from "./map-countries.ts";
import { snapshotContent } from "./snapshot-content.ts";
import { storeScoredItems } from "./store-items.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const DAY = 20_500;
const at = (day: number, hour: number) => new Date(Date.parse(dayStartIso(day)) + hour * 3_600_000);
const asOf = at(DAY, 20);
const base = { windowDays: 30, asOf, countries: TEST_COUNTRIES };

let opened: Opened;
let wire: number;

async function store(guid: string, country: string, signals: [string, number][], day = DAY, sourceId = wire) {
  await storeScoredItems(opened.db, {
    sourceId,
    sourceType: "news",
    reliability: 0.9,
    items: [
      {
        guid,
        url: `https://example.org/${guid}`,
        title: `Report ${guid} about ${country}`,
        summary: "",
        publishedAt: at(day, 8).toISOString(),
        lang: "en",
        score: makeScore([[country, 1]], signals),
      },
    ],
    now: at(DAY, 23),
  });
}

beforeAll(async () => {
  opened = await openTempDatabase();
  wire = await addSource(opened, "Wire", 0.9);
  const desk = await addSource(opened, "Desk", 0.7);
  await store("m1", "ML", [["13.1", 0.9]], DAY - 1);
  await store("m2", "ML", [["8.8", 0.5]], DAY - 3);
  await store("m3", "ML", [], DAY - 20, desk);
  await store("s1", "SD", [["9.1", 0.8]], DAY - 2);
  await store("s2", "SD", [["13.1", 0.6]], DAY - 4, desk);
  await store("f1", "FR", []);
  await store("old", "MM", [["13.1", 0.9]], DAY - 45);
});
afterAll(() => opened.close());

function withoutFactorSeries(detail: Awaited<ReturnType<typeof countryDetail>>) {
  return { ...detail, factors: detail.factors.map(({ series: _series, ...factor }) => factor) };
}

describe("snapshotContent", () => {
  it("holds exactly what map.countries and country.detail answer for the view", async () => {
    const filters = { ...base, region: "Africa", riskFactors: [13], sourceTypes: ["news" as const] };
    const content = await snapshotContent(opened.db, filters);
    const map = await mapCountries(opened.db, filters);
    expect(content.situations).toEqual([...map].sort((a, b) => a.iso2.localeCompare(b.iso2)));
    expect(content.situations.map((situation) => situation.iso2)).toEqual(["ET", "ML", "SD"]);
    expect(content.countries.map((country) => country.situation.iso2)).toEqual(["ML", "SD"]);
    const mali = await countryDetail(opened.db, { ...filters, iso2: "ML" });
    expect(content.countries[0]).toEqual({
      ...withoutFactorSeries(mali),
      topEvidence: [...mali.topEvidence].sort(
        (a, b) => b.contribution - a.contribution || a.clusterId - b.clusterId,
      ),
    });
    expect(content.countries.flatMap((country) => country.factors.map((factor) => factor.id))).toEqual([
      13, 13,
    ]);
    expect(content.view).toEqual({ kind: "region", region: "Africa", iso2: null, label: "Africa" });
    expect(content.filters).toEqual({
      windowDays: 30,
      asOf: asOf.toISOString(),
      region: "Africa",
      iso2: null,
      riskFactors: [13],
      indicators: null,
      sourceTypes: ["news"],
    });
  });

  it("carries the open country's details only, in a country view", async () => {
    const content = await snapshotContent(opened.db, { ...base, iso2: "sd" });
    expect(content.view).toMatchObject({ kind: "country", iso2: "SD", label: "Sudan" });
    expect(content.situations).toHaveLength(TEST_COUNTRIES.length);
    expect(content.countries.map((country) => country.situation.iso2)).toEqual(["SD"]);
  });

  it("states its provenance: window, data range, items, sources, coverage", async () => {
    const { provenance } = await snapshotContent(opened.db, { ...base, region: "Africa", riskFactors: [13] });
    expect(provenance).toMatchObject({
      window: { from: dayStartIso(DAY - 29).slice(0, 10), to: dayStartIso(DAY).slice(0, 10) },
      dataRange: { earliest: at(DAY - 20, 8).toISOString(), latest: at(DAY - 1, 8).toISOString() },
      items: 5,
      evidenceItems: 2,
      sources: 2,
      coverage: { countries: 3, monitored: 1, notMonitored: 2 },
    });
    expect(provenance.filtersText).toBe(
      `30 days to ${dayStartIso(DAY).slice(0, 10)} · Africa · risk factor 13 · news and field alerts`,
    );
    expect(provenance.coverage.note).toMatch(/^2 of 3 countries are not monitored: fewer than 3 items/);
  });

  it("gives the same hash when rebuilt on the same data, and another when the data changes", async () => {
    const first = sealContent(await snapshotContent(opened.db, base));
    const again = sealContent(await snapshotContent(opened.db, { ...base, asOf: new Date(asOf) }));
    expect(again.contentHash).toBe(first.contentHash);
    expect(again.canonical).toBe(first.canonical);
    const otherFilters = sealContent(await snapshotContent(opened.db, { ...base, riskFactors: [9] }));
    expect(otherFilters.contentHash).not.toBe(first.contentHash);
    await store("s3", "SD", [["9.1", 0.4]], DAY);
    const changed = sealContent(await snapshotContent(opened.db, base));
    expect(changed.contentHash).not.toBe(first.contentHash);
  });
});
