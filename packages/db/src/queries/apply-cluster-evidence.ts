import { type ClusterMember, type Contribution, clusterContributions } from "../cluster-contributions.ts";
import type { AggregateDeltas } from "./aggregate-deltas.ts";
import { type ClusterWrite, FACTOR_ROWS, INDICATOR_ROWS, writeChangedRows } from "./evidence-row-writers.ts";
import { countryDayKey, evidenceKey } from "./numeric-keys.ts";
import type { EvidenceRow, StoreStatements } from "./store-statements.ts";

/** A cluster's stored evidence rows, as read back or as last written. */
export interface ClusterEvidenceRows {
  factors: EvidenceRow[];
  indicators: EvidenceRow[];
}

/**
 * Recomputes a cluster's evidence rows from `members` and moves the daily aggregates by the difference
 * from what was stored (subtract old, add new). Runs inside the caller's transaction; the aggregate
 * changes are collected in `aggregates` and written when the batch ends. Only rows that changed are
 * written. `stored`, when given, is what the cluster's rows are known to hold (saves reading them back);
 * the rows as they now stand are returned.
 */
export function applyClusterEvidence(
  statements: StoreStatements,
  clusterId: number,
  aggregates: AggregateDeltas,
  members: readonly ClusterMember[],
  isNew: boolean,
  stored?: ClusterEvidenceRows,
): ClusterEvidenceRows {
  const { factors, indicators } = clusterContributions(members);
  const oldFactors = isNew ? [] : (stored?.factors ?? statements.factorRows.all(clusterId));
  const oldIndicators = isNew ? [] : (stored?.indicators ?? statements.indicatorRows.all(clusterId));
  // Every stored row's (country, day) is already in cluster_country_days.
  const countryDays = new Set<number>();
  for (const row of oldFactors) countryDays.add(countryDayKey(row.day, row.iso2));
  for (const row of oldIndicators) countryDays.add(countryDayKey(row.day, row.iso2));
  const write: ClusterWrite = { statements, clusterId, countryDays };
  const newFactors = writeChangedRows(oldFactors, factors, FACTOR_ROWS, write);
  const newIndicators = writeChangedRows(oldIndicators, indicators, INDICATOR_ROWS, write);
  for (const delta of deltas(oldFactors, factors)) {
    aggregates.addFactor(delta.day, delta.iso2, delta.riskFactor, delta.evidence, delta.clusters);
  }
  for (const delta of deltas(oldIndicators, indicators)) {
    aggregates.addIndicator(
      delta.key,
      delta.riskFactor,
      delta.day,
      delta.iso2,
      delta.evidence,
      delta.clusters,
    );
  }
  return { factors: newFactors, indicators: newIndicators };
}

/** Reads a stored cluster's members back in the shape clusterContributions takes. */
export function loadClusterMembers(statements: StoreStatements, clusterId: number): ClusterMember[] {
  const members = new Map<number, ClusterMember & { countries: ClusterMember["countries"][number][] }>();
  const indicators = new Map<number, { indicator: string; riskFactor: number; weight: number }[]>();
  for (const row of statements.clusterMembers.all(clusterId)) {
    const list: { indicator: string; riskFactor: number; weight: number }[] = [];
    indicators.set(row.id, list);
    members.set(row.id, {
      sourceId: row.source_id,
      day: row.published_day,
      reliability: row.reliability,
      countries: [],
      factors: JSON.parse(row.risk_factors) as { id: number; weight: number }[],
      indicators: list,
    });
  }
  for (const row of statements.clusterCountries.all(clusterId)) {
    members.get(row.item_id)?.countries.push({ iso2: row.iso2, confidence: row.confidence });
  }
  for (const row of statements.clusterSignals.all(clusterId)) {
    indicators
      .get(row.item_id)
      ?.push({ indicator: row.indicator, riskFactor: row.risk_factor, weight: row.weight });
  }
  return [...members.values()];
}

interface Delta {
  iso2: string;
  key: string;
  riskFactor: number;
  day: number;
  evidence: number;
  clusters: number;
}

function deltas(before: readonly EvidenceRow[], after: readonly Contribution[]): Delta[] {
  const byKey = new Map<number, Delta>();
  for (const row of before) {
    const delta = deltaOf(byKey, row.iso2, row.key, row.risk_factor, row.day);
    delta.evidence -= row.evidence;
    delta.clusters -= row.is_first;
  }
  for (const row of after) {
    const delta = deltaOf(byKey, row.iso2, row.key, row.riskFactor, row.day);
    delta.evidence += row.evidence;
    delta.clusters += row.isFirst ? 1 : 0;
  }
  // An unchanged row (the common case when a late member adds nothing) costs no write.
  return [...byKey.values()].filter((delta) => delta.evidence !== 0 || delta.clusters !== 0);
}

// A module function, not a closure per call (see RowWriters in evidence-row-writers.ts).
function deltaOf(
  byKey: Map<number, Delta>,
  iso2: string,
  key: string,
  riskFactor: number,
  day: number,
): Delta {
  const id = evidenceKey(iso2, key, day);
  let delta = byKey.get(id);
  if (!delta) {
    delta = { iso2, key, riskFactor, day, evidence: 0, clusters: 0 };
    byKey.set(id, delta);
  }
  return delta;
}
