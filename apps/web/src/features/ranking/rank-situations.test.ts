import { describe, expect, it } from "vitest";
import type { CountrySituation } from "../../lib/api-types.ts";
import { countUnmonitored, rankSituations } from "./rank-situations.ts";

function situation(iso2: string, overrides: Partial<CountrySituation> = {}): CountrySituation {
  return {
    iso2,
    name: `Country ${iso2}`,
    region: "africa",
    score: 10,
    level: "low",
    trend: { delta: 0, direction: "steady" },
    isSpike: false,
    evidenceCount: 1,
    coverage: 10,
    factors: [],
    ...overrides,
  };
}

const SITUATIONS = [
  situation("AA", {
    score: 40,
    level: "moderate",
    trend: { delta: -5, direction: "falling" },
    evidenceCount: 9,
  }),
  situation("BB", {
    score: 80,
    level: "severe",
    trend: { delta: 12, direction: "rising" },
    evidenceCount: 3,
  }),
  situation("CC", {
    score: 40,
    level: "moderate",
    trend: { delta: null, direction: "new" },
    evidenceCount: 5,
  }),
  situation("DD", { score: 2, level: "not-monitored", coverage: 1 }),
  situation("EE", { score: 60, level: "high", region: "europe", evidenceCount: 20 }),
];
const isos = (rows: ReturnType<typeof rankSituations>) => rows.map((row) => row.situation.iso2);

describe("rankSituations", () => {
  it("sorts by score, highest first, ties by name", () => {
    const rows = rankSituations(SITUATIONS, {
      region: null,
      sort: { key: "score", direction: "desc" },
      isShowingUnmonitored: false,
    });
    expect(isos(rows)).toEqual(["BB", "EE", "AA", "CC"]);
    expect(rows.map((row) => row.rank)).toEqual([1, 2, 3, 4]);
  });

  it("sorts by trend with 'new' (no delta) last in either direction", () => {
    const rising = rankSituations(SITUATIONS, {
      region: null,
      sort: { key: "trend", direction: "desc" },
      isShowingUnmonitored: false,
    });
    expect(isos(rising)).toEqual(["BB", "EE", "AA", "CC"]);
    const falling = rankSituations(SITUATIONS, {
      region: null,
      sort: { key: "trend", direction: "asc" },
      isShowingUnmonitored: false,
    });
    expect(isos(falling)).toEqual(["AA", "EE", "BB", "CC"]);
  });

  it("sorts by evidence count both ways", () => {
    const most = rankSituations(SITUATIONS, {
      region: null,
      sort: { key: "evidence", direction: "desc" },
      isShowingUnmonitored: false,
    });
    expect(isos(most)).toEqual(["EE", "AA", "CC", "BB"]);
    const least = rankSituations(SITUATIONS, {
      region: null,
      sort: { key: "evidence", direction: "asc" },
      isShowingUnmonitored: false,
    });
    expect(isos(least)).toEqual(["BB", "CC", "AA", "EE"]);
  });

  it("limits to the region and lists unmonitored countries last when asked", () => {
    const rows = rankSituations(SITUATIONS, {
      region: "africa",
      sort: { key: "score", direction: "asc" },
      isShowingUnmonitored: true,
    });
    expect(isos(rows)).toEqual(["AA", "CC", "BB", "DD"]);
    expect(countUnmonitored(SITUATIONS, "africa")).toBe(1);
    expect(countUnmonitored(SITUATIONS, "europe")).toBe(0);
  });
});
