import type { Contribution } from "../cluster-contributions.ts";
import { countryDayKey, evidenceKey } from "./numeric-keys.ts";
import type { EvidenceRow, StoreStatements } from "./store-statements.ts";

/** The cluster whose evidence rows are being written. */
export interface ClusterWrite {
  statements: StoreStatements;
  clusterId: number;
  /**
   * The cluster's (country, day) pairs known to be in cluster_country_days, as countryDayKey: those
   * of its stored rows (every stored row's pair is there) and those written since.
   */
  countryDays: Set<number>;
}

/**
 * How the rows of one evidence table are written. Module-level objects rather than closures made per
 * call: tsx compiles with esbuild's keepNames, which wraps every named closure in a defineProperty
 * (~1 µs each; a few per stored item added up to ~3% of the store's CPU).
 */
export interface RowWriters {
  insert(write: ClusterWrite, row: EvidenceRow): void;
  update(write: ClusterWrite, row: EvidenceRow): void;
  remove(write: ClusterWrite, row: EvidenceRow): void;
}

export const FACTOR_ROWS: RowWriters = {
  insert(write, row) {
    write.statements.insertFactorRow.run(
      write.clusterId,
      row.iso2,
      row.risk_factor,
      row.day,
      row.evidence,
      row.is_first,
    );
    noteCountryDay(write, row);
  },
  update(write, row) {
    write.statements.updateFactorRow.run(
      row.evidence,
      row.is_first,
      write.clusterId,
      row.iso2,
      row.risk_factor,
      row.day,
    );
  },
  remove(write, row) {
    write.statements.deleteFactorRow.run(write.clusterId, row.iso2, row.risk_factor, row.day);
  },
};

export const INDICATOR_ROWS: RowWriters = {
  insert(write, row) {
    write.statements.insertIndicatorRow.run(
      write.clusterId,
      row.iso2,
      row.key,
      row.risk_factor,
      row.day,
      row.evidence,
      row.is_first,
    );
    noteCountryDay(write, row);
  },
  update(write, row) {
    write.statements.updateIndicatorRow.run(
      row.evidence,
      row.is_first,
      row.risk_factor,
      write.clusterId,
      row.iso2,
      row.key,
      row.day,
    );
  },
  remove(write, row) {
    write.statements.deleteIndicatorRow.run(write.clusterId, row.iso2, row.key, row.day);
  },
};

/**
 * Lists an inserted row's (country, day) for the country page, once per pair new to the cluster.
 * Deletes leave their pair behind: cluster_country_days may hold more than the evidence does, never
 * less, and its reader joins back to the evidence tables, so a stale pair adds nothing (and no delete
 * has to check whether the cluster still has other rows of that pair).
 */
function noteCountryDay(write: ClusterWrite, row: EvidenceRow): void {
  const id = countryDayKey(row.day, row.iso2);
  if (write.countryDays.has(id)) return;
  write.countryDays.add(id);
  write.statements.insertCountryDay.run(row.iso2, row.day, write.clusterId);
}

/**
 * Brings a cluster's stored rows from `before` to `after`, writing only the rows that differ: the table
 * ends as a delete-all-and-reinsert would leave it, at a fraction of the page writes.
 */
export function writeChangedRows(
  before: readonly EvidenceRow[],
  after: readonly Contribution[],
  writers: RowWriters,
  write: ClusterWrite,
): EvidenceRow[] {
  const old = new Map<number, EvidenceRow>();
  for (const row of before) old.set(evidenceKey(row.iso2, row.key, row.day), row);
  const rows: EvidenceRow[] = [];
  for (const contribution of after) {
    const row = rowOf(contribution);
    rows.push(row);
    const id = evidenceKey(row.iso2, row.key, row.day);
    const previous = old.get(id);
    if (!previous) writers.insert(write, row);
    else {
      old.delete(id);
      if (
        previous.evidence !== row.evidence ||
        previous.is_first !== row.is_first ||
        previous.risk_factor !== row.risk_factor
      )
        writers.update(write, row);
    }
  }
  for (const row of old.values()) writers.remove(write, row);
  return rows;
}

/** A contribution as its stored evidence row. */
function rowOf(contribution: Contribution): EvidenceRow {
  return {
    iso2: contribution.iso2,
    key: contribution.key,
    risk_factor: contribution.riskFactor,
    day: contribution.day,
    evidence: contribution.evidence,
    is_first: contribution.isFirst ? 1 : 0,
  };
}
