import { clusterEvidence, corroborationFactor } from "@vigil/scoring";
import { describe, expect, it } from "vitest";
import { type ClusterMember, clusterContributions } from "./cluster-contributions.ts";

function member(
  sourceId: number,
  day: number,
  weight: number,
  confidence = 1,
  reliability = 0.8,
): ClusterMember {
  return {
    sourceId,
    day,
    reliability,
    countries: [{ iso2: "ML", confidence }],
    factors: [{ id: 13, weight }],
    indicators: [{ indicator: "13.1", riskFactor: 13, weight }],
  };
}

describe("clusterContributions", () => {
  it("puts a one-item cluster's evidence on its day", () => {
    const { factors, indicators } = clusterContributions([member(1, 100, 0.5, 0.9)]);
    expect(factors).toEqual([
      { iso2: "ML", key: "13", riskFactor: 13, day: 100, evidence: 0.5 * 0.8 * 0.9, isFirst: true },
    ]);
    expect(indicators.map((row) => row.key)).toEqual(["13.1"]);
  });

  it("adds corroboration on the day it arrives, summing to clusterEvidence over all members", () => {
    const members = [member(1, 100, 0.5), member(2, 102, 0.4), member(3, 102, 0.9, 1, 0.5)];
    const { factors } = clusterContributions(members);
    expect(factors.map((row) => [row.day, row.isFirst])).toEqual([
      [100, true],
      [102, false],
    ]);
    expect(factors[0]?.evidence).toBeCloseTo(0.4, 12);
    const total = clusterEvidence({
      members: members.map((entry) => ({
        factorWeight: entry.factors[0]?.weight ?? 0,
        reliability: entry.reliability,
      })),
      sourceCount: 3,
      countryConfidence: 1,
    });
    expect(factors.reduce((sum, row) => sum + row.evidence, 0)).toBeCloseTo(total, 12);
    expect(total).toBeCloseTo(0.45 * corroborationFactor(3), 12);
  });

  it("adds nothing for a repeat from the same source that is no stronger", () => {
    const { factors } = clusterContributions([member(1, 100, 0.5), member(1, 101, 0.3)]);
    expect(factors).toHaveLength(1);
  });

  it("gives no evidence for countries without signals, nor for signals without countries", () => {
    const noSignals = { ...member(1, 100, 0.5), factors: [], indicators: [] };
    const noCountries = { ...member(2, 100, 0.5), countries: [] };
    expect(clusterContributions([noSignals])).toEqual({ factors: [], indicators: [] });
    expect(clusterContributions([noCountries])).toEqual({ factors: [], indicators: [] });
  });
});
