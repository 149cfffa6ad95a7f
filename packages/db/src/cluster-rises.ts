import { corroborationFactor } from "@vigil/scoring";
import type { ClusterMember } from "./cluster-contributions.ts";
import { ensureGroups, ensureMembers, ensurePairs, work } from "./cluster-rises-memory.ts";
import { evidenceKey } from "./queries/numeric-keys.ts";
import type { EvidenceRow } from "./queries/store-statements.ts";

// Increments below this are float noise from the telescoping subtraction, not evidence.
export const CONTRIBUTION_EPSILON = 1e-12;

/** A cluster's evidence rows, factors and indicators, in the order clusterContributions lists them. */
export interface ClusterRises {
  factors: EvidenceRow[];
  indicators: EvidenceRow[];
}

// Factor ids are 1…14; their keys as stored (CAST(risk_factor AS TEXT)), made once.
const FACTOR_KEYS = Array.from({ length: 16 }, (_, id) => String(id));

/**
 * The evidence a cluster contributes, as it arrived day by day: see clusterContributions, which this
 * computes as rows (the values bit for bit, the rows in the same order) without an object per member,
 * day and key. Groups are folded into their strongest weight as their members' days come up; each day,
 * the groups are visited in the order of their first pair among the members published by then.
 */
export function clusterRises(members: readonly ClusterMember[]): ClusterRises {
  const count = members.length;
  ensureMembers(count);
  const { memberDay, byDay, sourceCounts } = work;
  for (let index = 0; index < count; index++) {
    memberDay[index] = (members[index] as ClusterMember).day;
    // Insertion sort: clusters have a few members.
    let at = index;
    for (; at > 0 && (memberDay[byDay[at - 1] as number] as number) > (memberDay[index] as number); at--) {
      byDay[at] = byDay[at - 1] as number;
    }
    byDay[at] = index;
  }
  const days: number[] = [];
  const { sources } = work;
  sources.reset();
  let sourceCount = 0;
  for (let at = 0; at < count; at++) {
    const member = members[byDay[at] as number] as ClusterMember;
    // A member at reliability 0 (a dismissed field alert) counts for nothing, not even as a source.
    if (member.reliability > 0 && !sources.has(member.sourceId)) {
      sources.add(member.sourceId);
      sourceCount++;
    }
    if (days.length === 0 || days[days.length - 1] !== member.day) days.push(member.day);
    sourceCounts[days.length - 1] = sourceCount;
  }
  return {
    factors: risesOf(members, days, false),
    indicators: risesOf(members, days, true),
  };
}

/** The rises of the factors (or the indicators) of every country, day by day. */
function risesOf(
  members: readonly ClusterMember[],
  days: readonly number[],
  isIndicator: boolean,
): EvidenceRow[] {
  const groupCount = groupPairs(members, isIndicator);
  const { memberDay, pairStart, pairGroup, pairWeight, byDay, sourceCounts } = work;
  const { strongest, previous, seenOn, iso2s, keys, riskFactors } = work;
  for (let group = 0; group < groupCount; group++) {
    strongest[group] = 0;
    previous[group] = 0;
    seenOn[group] = -1;
  }
  const rows: EvidenceRow[] = [];
  const count = members.length;
  let folded = 0;
  for (let dayIndex = 0; dayIndex < days.length; dayIndex++) {
    const day = days[dayIndex] as number;
    // Fold in the pairs of the members published on this day: max is exact in any order.
    for (; folded < count && memberDay[byDay[folded] as number] === day; folded++) {
      const member = byDay[folded] as number;
      for (let pair = pairStart[member] as number; pair < (pairStart[member + 1] as number); pair++) {
        const group = pairGroup[pair] as number;
        if ((pairWeight[pair] as number) > (strongest[group] as number))
          strongest[group] = pairWeight[pair] as number;
      }
    }
    const corroboration = corroborationFactor(sourceCounts[dayIndex] as number);
    for (let member = 0; member < count; member++) {
      if ((memberDay[member] as number) > day) continue;
      for (let pair = pairStart[member] as number; pair < (pairStart[member + 1] as number); pair++) {
        const group = pairGroup[pair] as number;
        if (seenOn[group] === dayIndex) continue;
        seenOn[group] = dayIndex;
        // clusterEvidence's product, bit for bit: strongest × corroboration × country confidence, the
        // confidence being in the weights already (× 1 changes no bit).
        const evidence = (strongest[group] as number) * corroboration;
        const before = previous[group] as number;
        if (evidence - before <= CONTRIBUTION_EPSILON) continue;
        rows.push({
          iso2: iso2s[group] as string,
          key: keys[group] as string,
          risk_factor: riskFactors[group] as number,
          day,
          evidence: evidence - before,
          is_first: before <= CONTRIBUTION_EPSILON ? 1 : 0,
        });
        previous[group] = evidence;
      }
    }
  }
  return rows;
}

/**
 * Lists every member's (country, factor or indicator) pairs, country by country as clusterContributions
 * visits them, with the group of each pair and its weight; returns the number of groups.
 */
function groupPairs(members: readonly ClusterMember[], isIndicator: boolean): number {
  const { groups } = work;
  groups.reset();
  let groupCount = 0;
  let pair = 0;
  for (let index = 0; index < members.length; index++) {
    const member = members[index] as ClusterMember;
    work.pairStart[index] = pair;
    const weights = isIndicator ? member.indicators : member.factors;
    ensurePairs(pair + member.countries.length * weights.length);
    const { pairGroup, pairWeight } = work;
    for (const { iso2, confidence } of member.countries) {
      for (const weighted of weights) {
        const key = isIndicator
          ? (weighted as ClusterMember["indicators"][number]).indicator
          : factorKey((weighted as ClusterMember["factors"][number]).id);
        const id = evidenceKey(iso2, key, 0);
        let group = groups.get(id);
        if (group < 0) {
          group = groupCount++;
          groups.set(id, group);
          ensureGroups(groupCount);
          work.iso2s[group] = iso2;
          work.keys[group] = key;
          work.riskFactors[group] = isIndicator
            ? (weighted as ClusterMember["indicators"][number]).riskFactor
            : (weighted as ClusterMember["factors"][number]).id;
        }
        pairGroup[pair] = group;
        // As clusterEvidence weighs a member: (weight × country confidence) × reliability.
        pairWeight[pair] = weighted.weight * confidence * member.reliability;
        pair++;
      }
    }
  }
  work.pairStart[members.length] = pair;
  return groupCount;
}

function factorKey(id: number): string {
  return FACTOR_KEYS[id] ?? String(id);
}
