import type { ClusterMember } from "../cluster-contributions.ts";
import { clusterRises } from "../cluster-rises.ts";
import { NumberSlots } from "../number-slots.ts";
import type { AggregateDeltas } from "./aggregate-deltas.ts";
import { type ClusterWrite, FACTOR_ROWS, INDICATOR_ROWS, writeChangedRows } from "./evidence-row-writers.ts";
import { countryDayKey } from "./numeric-keys.ts";
import type { EvidenceRow, StoreStatements } from "./store-statements.ts";

// The (country, day) pairs of the cluster being written; reused, as calls never nest.
const COUNTRY_DAYS = new NumberSlots();

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
  const { factors, indicators } = clusterRises(members);
  const oldFactors = isNew ? [] : (stored?.factors ?? storedRows(statements.factorRows, clusterId));
  const oldIndicators = isNew ? [] : (stored?.indicators ?? storedRows(statements.indicatorRows, clusterId));
  // Every stored row's (country, day) is already in cluster_country_days.
  const countryDays = COUNTRY_DAYS;
  countryDays.reset();
  for (const row of oldFactors) countryDays.add(countryDayKey(row.day, row.iso2));
  for (const row of oldIndicators) countryDays.add(countryDayKey(row.day, row.iso2));
  const write: ClusterWrite = { statements, clusterId, countryDays };
  writeChangedRows(oldFactors, factors, FACTOR_ROWS, write, aggregates);
  writeChangedRows(oldIndicators, indicators, INDICATOR_ROWS, write, aggregates);
  return { factors, indicators };
}

/**
 * A cluster's rows as read back, copied into objects shaped as clusterRises makes them: the driver's
 * row objects have other maps, and code that met both was deoptimised and recompiled again.
 */
function storedRows(statement: StoreStatements["factorRows"], clusterId: number): EvidenceRow[] {
  return statement.all(clusterId).map(({ iso2, key, risk_factor, day, evidence, is_first }) => ({
    iso2,
    key,
    risk_factor,
    day,
    evidence,
    is_first,
  }));
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
