import { clusterEvidence } from "@vigil/scoring";
import { type ClusterMember, CONTRIBUTION_EPSILON } from "../cluster-contributions.ts";
import type { AggregateDeltas } from "./aggregate-deltas.ts";
import { applyClusterEvidence, type ClusterEvidenceRows } from "./apply-cluster-evidence.ts";
import { type ClusterWrite, FACTOR_ROWS, INDICATOR_ROWS } from "./evidence-row-writers.ts";
import type { EvidenceRow } from "./store-statements.ts";

// One reused input for clusterEvidence: a new cluster's every row has one member.
const ONE_MEMBER = [{ factorWeight: 0, reliability: 0 }];
const INPUT = { members: ONE_MEMBER, sourceCount: 0, countryConfidence: 1 };

/**
 * applyClusterEvidence for a cluster made by one item: what clusterContributions, writeChangedRows and
 * the deltas against no stored rows come to, without their maps and sets (two thirds of an import's
 * items start a cluster, and those maps were a tenth of the storing thread). The rows, their order, the
 * evidence values and the aggregate deltas (added in the same order) are the same; a member whose
 * countries, factors or indicators repeat a key takes the general path, which merges them.
 */
export function applyNewClusterEvidence(
  write: ClusterWrite,
  aggregates: AggregateDeltas,
  member: ClusterMember,
): ClusterEvidenceRows {
  const { statements, clusterId } = write;
  if (!hasDistinctKeys(member))
    return applyClusterEvidence(statements, clusterId, aggregates, [member], true);
  INPUT.sourceCount = member.reliability > 0 ? 1 : 0;
  const first = ONE_MEMBER[0] as { factorWeight: number; reliability: number };
  first.reliability = member.reliability;
  const { day } = member;
  const factors: EvidenceRow[] = [];
  const indicators: EvidenceRow[] = [];
  for (const { iso2, confidence } of member.countries) {
    for (const { id, weight } of member.factors) {
      first.factorWeight = weight * confidence;
      const evidence = clusterEvidence(INPUT);
      if (evidence <= CONTRIBUTION_EPSILON) continue;
      factors.push({ iso2, key: String(id), risk_factor: id, day, evidence, is_first: 1 });
    }
  }
  for (const { iso2, confidence } of member.countries) {
    for (const { indicator, riskFactor, weight } of member.indicators) {
      first.factorWeight = weight * confidence;
      const evidence = clusterEvidence(INPUT);
      if (evidence <= CONTRIBUTION_EPSILON) continue;
      indicators.push({ iso2, key: indicator, risk_factor: riskFactor, day, evidence, is_first: 1 });
    }
  }
  for (const row of factors) FACTOR_ROWS.insert(write, row);
  for (const row of indicators) INDICATOR_ROWS.insert(write, row);
  for (const row of factors) aggregates.addFactor(day, row.iso2, row.risk_factor, row.evidence, 1);
  for (const row of indicators) {
    aggregates.addIndicator(row.key, row.risk_factor, day, row.iso2, row.evidence, 1);
  }
  return { factors, indicators };
}

/** Whether no two countries, factors or indicators of the member share a key (the usual case). */
function hasDistinctKeys(member: ClusterMember): boolean {
  const { countries, factors, indicators } = member;
  for (let a = 1; a < countries.length; a++)
    for (let b = 0; b < a; b++) if (countries[a]?.iso2 === countries[b]?.iso2) return false;
  for (let a = 1; a < factors.length; a++)
    for (let b = 0; b < a; b++) if (factors[a]?.id === factors[b]?.id) return false;
  for (let a = 1; a < indicators.length; a++)
    for (let b = 0; b < a; b++) if (indicators[a]?.indicator === indicators[b]?.indicator) return false;
  return true;
}
