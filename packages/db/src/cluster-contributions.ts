import { clusterEvidence } from "@vigil/scoring";
import { evidenceKey } from "./queries/numeric-keys.ts";

/** What the evidence of a story cluster is computed from: one row per member item. */
export interface ClusterMember {
  sourceId: number;
  /** Published day (UTC day number). */
  day: number;
  reliability: number;
  countries: readonly { iso2: string; confidence: number }[];
  factors: readonly { id: number; weight: number }[];
  indicators: readonly { indicator: string; riskFactor: number; weight: number }[];
}

/** Evidence a cluster adds for (country, key) on one day; `key` is a factor id or an indicator id. */
export interface Contribution {
  iso2: string;
  key: string;
  riskFactor: number;
  day: number;
  evidence: number;
  /** True on the day the cluster first had evidence for this country and key. */
  isFirst: boolean;
}

// Increments below this are float noise from the telescoping subtraction, not evidence.
export const CONTRIBUTION_EPSILON = 1e-12;
const EPSILON = CONTRIBUTION_EPSILON;

/**
 * The evidence a cluster contributes, as it arrived day by day.
 *
 * On each member's day d the cluster's evidence for (c, f) is clusterEvidence() over the members
 * published by d: the strongest member's factorWeight × reliability × countryConfidence, times the
 * corroboration factor of the distinct sources by d. The rise since the day before is that day's
 * contribution. Summing contributions up to an as-of day therefore gives the cluster as it stood then,
 * and a corroborating report adds evidence on the day it was published.
 */
export function clusterContributions(members: readonly ClusterMember[]): {
  factors: Contribution[];
  indicators: Contribution[];
} {
  const days = [...new Set(members.map((member) => member.day))].sort((a, b) => a - b);
  const factors: Contribution[] = [];
  const indicators: Contribution[] = [];
  const previousFactor = new Map<number, number>();
  const previousIndicator = new Map<number, number>();
  for (const day of days) {
    const visible = members.filter((member) => member.day <= day);
    // A member at reliability 0 (a dismissed field alert) counts for nothing, not even as a corroborating source.
    const sourceCount = new Set(
      visible.filter((member) => member.reliability > 0).map((member) => member.sourceId),
    ).size;
    const factorWeights = strongestInputs(visible, (member) =>
      member.factors.map((factor) => ({
        key: String(factor.id),
        riskFactor: factor.id,
        weight: factor.weight,
      })),
    );
    const indicatorWeights = strongestInputs(visible, (member) =>
      member.indicators.map((signal) => ({
        key: signal.indicator,
        riskFactor: signal.riskFactor,
        weight: signal.weight,
      })),
    );
    emitRises(factorWeights, sourceCount, day, previousFactor, factors);
    emitRises(indicatorWeights, sourceCount, day, previousIndicator, indicators);
  }
  return { factors, indicators };
}

interface KeyedInputs {
  iso2: string;
  key: string;
  riskFactor: number;
  members: { factorWeight: number; reliability: number }[];
}

/** Groups members' weights per (country, key); the country confidence is folded into the weight. */
function strongestInputs(
  members: readonly ClusterMember[],
  weightsOf: (member: ClusterMember) => { key: string; riskFactor: number; weight: number }[],
): Map<number, KeyedInputs> {
  const grouped = new Map<number, KeyedInputs>();
  for (const member of members) {
    const weights = weightsOf(member);
    for (const country of member.countries) {
      for (const { key, riskFactor, weight } of weights) {
        const id = evidenceKey(country.iso2, key, 0);
        let entry = grouped.get(id);
        if (!entry) {
          entry = { iso2: country.iso2, key, riskFactor, members: [] };
          grouped.set(id, entry);
        }
        entry.members.push({ factorWeight: weight * country.confidence, reliability: member.reliability });
      }
    }
  }
  return grouped;
}

function emitRises(
  grouped: Map<number, KeyedInputs>,
  sourceCount: number,
  day: number,
  previous: Map<number, number>,
  out: Contribution[],
): void {
  for (const [id, entry] of grouped) {
    const evidence = clusterEvidence({ members: entry.members, sourceCount, countryConfidence: 1 });
    const before = previous.get(id) ?? 0;
    if (evidence - before <= EPSILON) continue;
    out.push({
      iso2: entry.iso2,
      key: entry.key,
      riskFactor: entry.riskFactor,
      day,
      evidence: evidence - before,
      isFirst: before <= EPSILON,
    });
    previous.set(id, evidence);
  }
}

/**
 * A cluster member as the store writes it: countries and indicators in primary-key order, the order
 * loadClusterMembers reads them back, so a cached cluster equals one read from the database.
 */
export function clusterMemberOf(
  sourceId: number,
  day: number,
  reliability: number,
  score: {
    countries: readonly { iso2: string; confidence: number }[];
    riskFactors: readonly { id: number; weight: number }[];
    signals: readonly { indicator: string; riskFactor: number; weight: number }[];
  },
): ClusterMember {
  return {
    sourceId,
    day,
    reliability,
    countries: score.countries
      .map(({ iso2, confidence }) => ({ iso2, confidence }))
      .sort((a, b) => compareText(a.iso2, b.iso2)),
    factors: score.riskFactors.map(({ id, weight }) => ({ id, weight })),
    indicators: score.signals
      .map(({ indicator, riskFactor, weight }) => ({ indicator, riskFactor, weight }))
      .sort((a, b) => compareText(a.indicator, b.indicator)),
  };
}

/** SQLite's BINARY collation for the ASCII codes stored here. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
