import { clusterEvidence } from "@vigil/scoring";
import { describe, expect, it } from "vitest";
import type { ClusterMember } from "./cluster-contributions.ts";
import { CONTRIBUTION_EPSILON, clusterRises } from "./cluster-rises.ts";
import type { EvidenceRow } from "./queries/store-statements.ts";

/**
 * The definition, computed the plain way (as clusterRises did before it kept its working memory): each
 * day, clusterEvidence over every visible member's weights per (country, key), and the rise since the
 * last one, groups in the order the visible members first name them.
 */
function referenceRises(members: readonly ClusterMember[], isIndicator: boolean): EvidenceRow[] {
  const days = [...new Set(members.map((member) => member.day))].sort((a, b) => a - b);
  const previous = new Map<string, number>();
  const rows: EvidenceRow[] = [];
  for (const day of days) {
    const visible = members.filter((member) => member.day <= day);
    const sourceCount = new Set(
      visible.filter((member) => member.reliability > 0).map((member) => member.sourceId),
    ).size;
    const groups = new Map<
      string,
      {
        iso2: string;
        key: string;
        riskFactor: number;
        members: { factorWeight: number; reliability: number }[];
      }
    >();
    for (const member of visible) {
      const weights = isIndicator
        ? member.indicators.map((signal) => ({
            key: signal.indicator,
            riskFactor: signal.riskFactor,
            weight: signal.weight,
          }))
        : member.factors.map((factor) => ({
            key: String(factor.id),
            riskFactor: factor.id,
            weight: factor.weight,
          }));
      for (const country of member.countries) {
        for (const { key, riskFactor, weight } of weights) {
          const id = `${country.iso2}/${key}`;
          const group = groups.get(id) ?? { iso2: country.iso2, key, riskFactor, members: [] };
          groups.set(id, group);
          group.members.push({ factorWeight: weight * country.confidence, reliability: member.reliability });
        }
      }
    }
    for (const [id, group] of groups) {
      const evidence = clusterEvidence({ members: group.members, sourceCount, countryConfidence: 1 });
      const before = previous.get(id) ?? 0;
      if (evidence - before <= CONTRIBUTION_EPSILON) continue;
      rows.push({
        iso2: group.iso2,
        key: group.key,
        risk_factor: group.riskFactor,
        day,
        evidence: evidence - before,
        is_first: before <= CONTRIBUTION_EPSILON ? 1 : 0,
      });
      previous.set(id, evidence);
    }
  }
  return rows;
}

function randomCluster(next: () => number, size: number): ClusterMember[] {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const weight = () => (next() < 0.4 ? pick([0, 0.25, 0.5, 1, 1 / 3]) : next());
  return Array.from({ length: size }, () => ({
    sourceId: 1 + Math.floor(next() * 4),
    day: 20_000 + Math.floor(next() * 5),
    reliability: next() < 0.15 ? 0 : pick([0.8, 0.5, 1, next()]),
    countries: [
      ...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(["AF", "ML", "NE", "SD"]))),
    ]
      .sort()
      .map((iso2) => ({ iso2, confidence: weight() })),
    // Factor ids may repeat within an item; indicators don't.
    factors: Array.from({ length: Math.floor(next() * 4) }, () => ({
      id: pick([1, 2, 8, 13]),
      weight: weight(),
    })),
    indicators: [
      ...new Set(Array.from({ length: Math.floor(next() * 4) }, () => pick(["1.1", "1.2", "13.1", "8.8"]))),
    ]
      .sort()
      .map((indicator) => ({ indicator, riskFactor: Number.parseInt(indicator, 10), weight: weight() })),
  }));
}

describe("clusterRises", () => {
  it("equals the plain computation bit for bit, rows in the same order", () => {
    let seed = 7;
    const next = () => {
      seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
      return seed / 2 ** 32;
    };
    for (let cluster = 0; cluster < 2_000; cluster++) {
      const members = randomCluster(next, 1 + Math.floor(next() * (cluster % 100 === 0 ? 80 : 10)));
      const rises = clusterRises(members);
      expect(rises.factors).toStrictEqual(referenceRises(members, false));
      expect(rises.indicators).toStrictEqual(referenceRises(members, true));
    }
  });

  it("lists nothing for a cluster without countries or signals", () => {
    const member = randomCluster(() => 0.5, 1)[0] as ClusterMember;
    expect(clusterRises([{ ...member, countries: [] }])).toEqual({ factors: [], indicators: [] });
    expect(clusterRises([{ ...member, factors: [], indicators: [] }])).toEqual({
      factors: [],
      indicators: [],
    });
  });
});
