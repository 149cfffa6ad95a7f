import { type ClusterMember, type Contribution, clusterContributions } from "../cluster-contributions.ts";
import type { AggregateDeltas } from "./aggregate-deltas.ts";
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
  const newFactors = writeChangedRows(oldFactors, factors, {
    insert: (row) =>
      statements.insertFactorRow.run(
        clusterId,
        row.iso2,
        row.risk_factor,
        row.day,
        row.evidence,
        row.is_first,
      ),
    update: (row) =>
      statements.updateFactorRow.run(
        row.evidence,
        row.is_first,
        clusterId,
        row.iso2,
        row.risk_factor,
        row.day,
      ),
    remove: (row) => statements.deleteFactorRow.run(clusterId, row.iso2, row.risk_factor, row.day),
  });
  const newIndicators = writeChangedRows(oldIndicators, indicators, {
    insert: (row) =>
      statements.insertIndicatorRow.run(
        clusterId,
        row.iso2,
        row.key,
        row.risk_factor,
        row.day,
        row.evidence,
        row.is_first,
      ),
    update: (row) =>
      statements.updateIndicatorRow.run(
        row.evidence,
        row.is_first,
        row.risk_factor,
        clusterId,
        row.iso2,
        row.key,
        row.day,
      ),
    remove: (row) => statements.deleteIndicatorRow.run(clusterId, row.iso2, row.key, row.day),
  });
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

interface RowWriters {
  insert(row: EvidenceRow): void;
  update(row: EvidenceRow): void;
  remove(row: EvidenceRow): void;
}

/**
 * Brings a cluster's stored rows from `before` to `after`, writing only the rows that differ: the table
 * ends as a delete-all-and-reinsert would leave it, at a fraction of the page writes.
 */
function writeChangedRows(
  before: readonly EvidenceRow[],
  after: readonly Contribution[],
  writers: RowWriters,
): EvidenceRow[] {
  const old = new Map<string, EvidenceRow>();
  for (const row of before) old.set(`${row.iso2}|${row.key}|${row.day}`, row);
  const rows: EvidenceRow[] = [];
  for (const contribution of after) {
    const row: EvidenceRow = {
      iso2: contribution.iso2,
      key: contribution.key,
      risk_factor: contribution.riskFactor,
      day: contribution.day,
      evidence: contribution.evidence,
      is_first: contribution.isFirst ? 1 : 0,
    };
    rows.push(row);
    const id = `${row.iso2}|${row.key}|${row.day}`;
    const previous = old.get(id);
    if (!previous) writers.insert(row);
    else {
      old.delete(id);
      if (
        previous.evidence !== row.evidence ||
        previous.is_first !== row.is_first ||
        previous.risk_factor !== row.risk_factor
      )
        writers.update(row);
    }
  }
  for (const row of old.values()) writers.remove(row);
  return rows;
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
  const byKey = new Map<string, Delta>();
  const entry = (iso2: string, key: string, riskFactor: number, day: number): Delta => {
    const id = `${iso2}|${key}|${day}`;
    let delta = byKey.get(id);
    if (!delta) {
      delta = { iso2, key, riskFactor, day, evidence: 0, clusters: 0 };
      byKey.set(id, delta);
    }
    return delta;
  };
  for (const row of before) {
    const delta = entry(row.iso2, row.key, row.risk_factor, row.day);
    delta.evidence -= row.evidence;
    delta.clusters -= row.is_first;
  }
  for (const row of after) {
    const delta = entry(row.iso2, row.key, row.riskFactor, row.day);
    delta.evidence += row.evidence;
    delta.clusters += row.isFirst ? 1 : 0;
  }
  // An unchanged row (the common case when a late member adds nothing) costs no write.
  return [...byKey.values()].filter((delta) => delta.evidence !== 0 || delta.clusters !== 0);
}
