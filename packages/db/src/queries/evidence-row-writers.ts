import { NumberSlots } from "../number-slots.ts";
import type { AggregateDeltas } from "./aggregate-deltas.ts";
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
  countryDays: { has(id: number): boolean; add(id: number): unknown };
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
  /** Moves the daily aggregates of the row's (country, key, day). */
  addDelta(aggregates: AggregateDeltas, row: EvidenceRow, evidence: number, clusters: number): void;
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
  addDelta(aggregates, row, evidence, clusters) {
    aggregates.addFactor(row.day, row.iso2, row.risk_factor, evidence, clusters);
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
  addDelta(aggregates, row, evidence, clusters) {
    aggregates.addIndicator(row.key, row.risk_factor, row.day, row.iso2, evidence, clusters);
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

// Reused by every call (calls never nest): stored rows by evidenceKey, and per stored row the index
// of its new row (−1: none); per new row, whether it replaced a stored one.
const STORED = new NumberSlots();
let replacedBy = new Int32Array(64);
let isReplacement = new Uint8Array(64);

/**
 * Brings a cluster's stored rows from `before` to `after`, writing only the rows that differ: the table
 * ends as a delete-all-and-reinsert would leave it, at a fraction of the page writes. Then moves the
 * aggregates by the difference, per (country, key, day): the stored rows' keys first, then the keys new
 * to the cluster, each by (0 − stored) + new, skipping those that come to nothing.
 */
export function writeChangedRows(
  before: readonly EvidenceRow[],
  after: readonly EvidenceRow[],
  writers: RowWriters,
  write: ClusterWrite,
  aggregates: AggregateDeltas,
): void {
  if (replacedBy.length < before.length) replacedBy = new Int32Array(2 * before.length);
  if (isReplacement.length < after.length) isReplacement = new Uint8Array(2 * after.length);
  STORED.reset();
  for (let index = 0; index < before.length; index++) {
    const row = before[index] as EvidenceRow;
    STORED.set(evidenceKey(row.iso2, row.key, row.day), index);
    replacedBy[index] = -1;
  }
  for (let index = 0; index < after.length; index++) {
    const row = after[index] as EvidenceRow;
    const stored = before.length > 0 ? STORED.get(evidenceKey(row.iso2, row.key, row.day)) : -1;
    isReplacement[index] = stored < 0 ? 0 : 1;
    if (stored < 0) {
      writers.insert(write, row);
      continue;
    }
    replacedBy[stored] = index;
    const previous = before[stored] as EvidenceRow;
    if (
      previous.evidence !== row.evidence ||
      previous.is_first !== row.is_first ||
      previous.risk_factor !== row.risk_factor
    )
      writers.update(write, row);
  }
  for (let index = 0; index < before.length; index++) {
    if (replacedBy[index] === -1) writers.remove(write, before[index] as EvidenceRow);
  }
  for (let index = 0; index < before.length; index++) {
    const row = before[index] as EvidenceRow;
    let evidence = 0 - row.evidence;
    let clusters = 0 - row.is_first;
    const replacement = replacedBy[index] as number;
    if (replacement >= 0) {
      evidence += (after[replacement] as EvidenceRow).evidence;
      clusters += (after[replacement] as EvidenceRow).is_first;
    }
    // An unchanged row (the common case when a late member adds nothing) moves nothing.
    if (evidence !== 0 || clusters !== 0) writers.addDelta(aggregates, row, evidence, clusters);
  }
  for (let index = 0; index < after.length; index++) {
    if (isReplacement[index] === 1) continue;
    const row = after[index] as EvidenceRow;
    const evidence = 0 + row.evidence;
    const clusters = 0 + row.is_first;
    if (evidence !== 0 || clusters !== 0) writers.addDelta(aggregates, row, evidence, clusters);
  }
}
