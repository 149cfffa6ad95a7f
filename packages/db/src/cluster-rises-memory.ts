import { NumberSlots } from "./number-slots.ts";

/**
 * Working memory of one call, reused by the next: ingest computes rises for every item that joins a
 * cluster, and its per-day maps, sets and closures cost ~9% of the storing thread. Calls never nest.
 */
export const work = {
  groups: new NumberSlots(),
  sources: new NumberSlots(),
  /** Per member: its day, and where its (country, key) pairs start in the pair arrays. */
  memberDay: new Float64Array(16),
  pairStart: new Int32Array(17),
  /** Member indices by day, then index. */
  byDay: new Int32Array(16),
  /** Per distinct day: the sources (reliability > 0) of the members published by then. */
  sourceCounts: new Int32Array(16),
  /** Per (member, country, key) pair: its group, and the member's weight × confidence × reliability. */
  pairGroup: new Int32Array(64),
  pairWeight: new Float64Array(64),
  /** Per group, i.e. (country, key): identity, strongest weight so far, evidence at its last rise. */
  iso2s: [] as string[],
  keys: [] as string[],
  riskFactors: [] as number[],
  strongest: new Float64Array(64),
  previous: new Float64Array(64),
  /** The day index a group was last looked at (each group rises at most once a day). */
  seenOn: new Int32Array(64),
};

/** Room for `count` members (the arrays are refilled, not kept). */
export function ensureMembers(count: number): void {
  if (work.memberDay.length >= count) return;
  const size = 2 * count;
  work.memberDay = new Float64Array(size);
  work.byDay = new Int32Array(size);
  work.sourceCounts = new Int32Array(size);
  work.pairStart = new Int32Array(size + 1);
}

/** Room for `count` pairs, keeping those listed so far. */
export function ensurePairs(count: number): void {
  if (work.pairGroup.length >= count) return;
  const pairGroup = new Int32Array(2 * count);
  const pairWeight = new Float64Array(2 * count);
  pairGroup.set(work.pairGroup);
  pairWeight.set(work.pairWeight);
  work.pairGroup = pairGroup;
  work.pairWeight = pairWeight;
}

/** Room for `count` groups (set up after they are all listed). */
export function ensureGroups(count: number): void {
  if (work.strongest.length >= count) return;
  work.strongest = new Float64Array(2 * count);
  work.previous = new Float64Array(2 * count);
  work.seenOn = new Int32Array(2 * count);
}
