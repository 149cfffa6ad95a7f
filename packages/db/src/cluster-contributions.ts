import { clusterRises } from "./cluster-rises.ts";
import type { EvidenceRow } from "./queries/store-statements.ts";

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

export { CONTRIBUTION_EPSILON } from "./cluster-rises.ts";

/**
 * The evidence a cluster contributes, as it arrived day by day.
 *
 * On each member's day d the cluster's evidence for (c, f) is clusterEvidence() over the members
 * published by d: the strongest member's factorWeight × reliability × countryConfidence, times the
 * corroboration factor of the distinct sources by d. The rise since the day before is that day's
 * contribution. Summing contributions up to an as-of day therefore gives the cluster as it stood then,
 * and a corroborating report adds evidence on the day it was published. Rises below
 * CONTRIBUTION_EPSILON are float noise and left out. Listed by day, then by the order in which the
 * members published by then first name the (country, key). Computed by clusterRises.
 */
export function clusterContributions(members: readonly ClusterMember[]): {
  factors: Contribution[];
  indicators: Contribution[];
} {
  const { factors, indicators } = clusterRises(members);
  return { factors: factors.map(contributionOf), indicators: indicators.map(contributionOf) };
}

function contributionOf(row: EvidenceRow): Contribution {
  return {
    iso2: row.iso2,
    key: row.key,
    riskFactor: row.risk_factor,
    day: row.day,
    evidence: row.evidence,
    isFirst: row.is_first === 1,
  };
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
