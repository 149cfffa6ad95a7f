import { describe, expect, it } from "vitest";
import type { CountryDetail, TopEvidence } from "../schemas/country-detail.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import { SnapshotContentSchema } from "../schemas/snapshot.ts";
import { TEST_COUNTRIES } from "../test-utils.ts";
import { buildSnapshotContent, sealContent } from "./build-snapshot.ts";

const situation = (iso2: string, score: number): CountrySituation => ({
  iso2,
  name: TEST_COUNTRIES.find((country) => country.iso2 === iso2)?.name ?? iso2,
  region: "Africa",
  score,
  level: score > 0 ? "moderate" : "not-monitored",
  trend: { delta: null, direction: "new" },
  isSpike: false,
  evidenceCount: score > 0 ? 2 : 0,
  coverage: score > 0 ? 5 : 1,
  factors: score > 0 ? [{ id: 13, score }] : [],
});

const evidence = (clusterId: number, contribution: number): TopEvidence => ({
  itemId: clusterId * 10,
  clusterId,
  title: `=HYPERLINK("http://x") story ${clusterId}`,
  url: null,
  sourceName: "Wire",
  sourceType: "news",
  alert: null,
  reliability: 0.9,
  publishedAt: "2026-02-27T08:00:00.000Z",
  sourceCount: 1,
  itemCount: 1,
  corroboration: 1,
  contribution,
  factors: [
    { id: 13, contribution },
    { id: 8, contribution: 0.1 },
  ],
  indicators: [
    { indicator: "8.8", weight: 0.5 },
    { indicator: "13.1", weight: 0.9 },
  ],
  matches: [],
});

const detail = (iso2: string, top: TopEvidence[]): CountryDetail => ({
  situation: situation(iso2, 30),
  factors: [
    { id: 13, score: 30, evidence: 1, clusters: 2, previousScore: null, series: [], strongest: null },
  ],
  series: [],
  topEvidence: top,
  explanation: {
    windowDays: 30,
    asOf: "2026-03-01T12:00:00.000Z",
    halfLifeDays: 10,
    coverage: 5,
    minCoverage: 3,
    isMonitored: true,
    score: 30,
    level: "moderate",
    previousScore: null,
    factors: [],
  },
  why: "Score 30 (moderate).",
});

const options = {
  filters: { windowDays: 30, asOf: new Date("2026-03-01T12:00:00Z"), riskFactors: [13, 8, 13] },
  scoringVersion: "test",
  counts: { items: 6, evidenceItems: 4, sources: 2, earliest: null, latest: null },
  countries: TEST_COUNTRIES,
};

describe("buildSnapshotContent", () => {
  it("orders everything, so inputs in another order give the same content and hash", () => {
    const one = buildSnapshotContent({
      ...options,
      situations: [situation("SD", 30), situation("ML", 30), situation("ET", 0)],
      details: [detail("SD", [evidence(1, 0.5), evidence(2, 0.9)]), detail("ML", [])],
    });
    const other = buildSnapshotContent({
      ...options,
      filters: { ...options.filters, riskFactors: [8, 13] },
      situations: [situation("ET", 0), situation("ML", 30), situation("SD", 30)],
      details: [detail("ML", []), detail("SD", [evidence(2, 0.9), evidence(1, 0.5)])],
    });
    expect(sealContent(one).contentHash).toBe(sealContent(other).contentHash);
    expect(one.situations.map((entry) => entry.iso2)).toEqual(["ET", "ML", "SD"]);
    expect(one.countries[1]?.topEvidence.map((entry) => entry.clusterId)).toEqual([2, 1]);
    expect(one.countries[1]?.topEvidence[0]?.factors.map((factor) => factor.id)).toEqual([8, 13]);
    expect(one.filters.riskFactors).toEqual([8, 13]);
    expect(one.countries[0]?.factors[0]).not.toHaveProperty("series");
    expect(SnapshotContentSchema.parse(one)).toEqual(one);
  });

  it("notes how many countries are not monitored", () => {
    const content = buildSnapshotContent({
      ...options,
      situations: [situation("SD", 30), situation("ET", 0)],
      details: [],
    });
    expect(content.provenance.coverage).toMatchObject({ countries: 2, monitored: 1, notMonitored: 1 });
    expect(content.provenance.filtersText).toBe(
      "30 days to 2026-03-01 · risk factors 8, 13 · news and field alerts",
    );
    expect(content.view).toEqual({ kind: "world", region: null, iso2: null, label: "World" });
  });
});
