import { describe, expect, it } from "vitest";
import type { CountryDetail } from "../../lib/api-types.ts";
import { breakdownRows, shorten, trendRows } from "./chart-rows.ts";

function day(date: string, evidence: number, isSpike = false) {
  return { day: date, evidence, decayed: evidence / 2, isSpike };
}

const FACTORS = [
  {
    id: 1,
    score: 20,
    evidence: 1,
    clusters: 1,
    previousScore: null,
    series: [day("2026-11-01", 1), day("2026-11-02", 0)],
    strongest: null,
  },
  {
    id: 11,
    score: 62.44,
    evidence: 3,
    clusters: 2,
    previousScore: 10,
    series: [day("2026-11-01", 0), day("2026-11-02", 3)],
    strongest: null,
  },
];

describe("chart rows", () => {
  it("orders the breakdown by score with the Framework's numbering and full names for tooltips", () => {
    const rows = breakdownRows(FACTORS);
    expect(rows.map((row) => row.id)).toEqual([11, 1]);
    expect(rows[0]?.score).toBe(62.4);
    expect(rows[0]?.label.startsWith("11 · ")).toBe(true);
    expect(rows[0]?.label.length).toBeLessThanOrEqual(30);
    expect(rows[0]?.name.length).toBeGreaterThan(30);
  });

  it("puts each charted factor's daily evidence beside the total and lists spike days", () => {
    const detail = {
      factors: FACTORS,
      series: [day("2026-11-01", 1), day("2026-11-02", 3, true)],
    } as unknown as CountryDetail;
    const trend = trendRows(detail);
    expect(trend.factorIds).toEqual([11, 1]);
    expect(trend.rows).toEqual([
      { day: "2026-11-01", total: 1, f11: 0, f1: 1 },
      { day: "2026-11-02", total: 3, f11: 3, f1: 0 },
    ]);
    expect(trend.spikes).toEqual([{ day: "2026-11-02", total: 3 }]);
  });

  it("shortens labels at a word boundary", () => {
    expect(shorten("1 · Situations of armed conflict or other forms", 30)).toBe("1 · Situations of armed…");
    expect(shorten("short", 30)).toBe("short");
  });
});
