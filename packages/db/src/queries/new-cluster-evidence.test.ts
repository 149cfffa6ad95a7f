import { describe, expect, it } from "vitest";
import type { ClusterMember } from "../cluster-contributions.ts";
import { AggregateDeltas } from "./aggregate-deltas.ts";
import { applyClusterEvidence } from "./apply-cluster-evidence.ts";
import { applyNewClusterEvidence } from "./new-cluster-evidence.ts";
import type { StoreStatements } from "./store-statements.ts";

/** Statements that record what they are run with, in order, instead of writing. */
function recordingStatements(): { statements: StoreStatements; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const statements = new Proxy({} as StoreStatements, {
    get: (_, name) => ({ run: (...params: unknown[]) => calls.push([name, ...params]) }),
  });
  return { statements, calls };
}

/** Every write of one path: its evidence rows, then the aggregates as flushed at commit. */
function writesOf(member: ClusterMember, isFast: boolean) {
  const { statements, calls } = recordingStatements();
  const aggregates = new AggregateDeltas();
  const rows = isFast
    ? applyNewClusterEvidence({ statements, clusterId: 7, countryDays: new Set() }, aggregates, member)
    : applyClusterEvidence(statements, 7, aggregates, [member], true);
  aggregates.flush(statements, "news");
  return { rows, calls };
}

const MEMBERS: ClusterMember[] = [
  {
    sourceId: 1,
    day: 20_500,
    reliability: 0.8,
    countries: [
      { iso2: "ML", confidence: 0.9 },
      { iso2: "NE", confidence: 0.35 },
    ],
    factors: [
      { id: 13, weight: 0.7 },
      { id: 2, weight: 1e-13 },
      { id: 5, weight: 0.25 },
    ],
    indicators: [
      { indicator: "13.1", riskFactor: 13, weight: 0.7 },
      { indicator: "5.2", riskFactor: 5, weight: 0.25 },
    ],
  },
  // A dismissed alert counts for nothing; no countries writes nothing.
  {
    sourceId: 2,
    day: 20_501,
    reliability: 0,
    countries: [{ iso2: "SD", confidence: 1 }],
    factors: [{ id: 1, weight: 1 }],
    indicators: [],
  },
  {
    sourceId: 3,
    day: 20_502,
    reliability: 1,
    countries: [],
    factors: [{ id: 1, weight: 1 }],
    indicators: [],
  },
  // Repeated keys take the general path, which merges them.
  {
    sourceId: 4,
    day: 20_503,
    reliability: 0.6,
    countries: [
      { iso2: "SD", confidence: 0.5 },
      { iso2: "SD", confidence: 0.9 },
    ],
    factors: [
      { id: 1, weight: 0.4 },
      { id: 1, weight: 0.6 },
    ],
    indicators: [{ indicator: "1.1", riskFactor: 1, weight: 0.3 }],
  },
];

describe("applyNewClusterEvidence", () => {
  it("writes the rows and aggregate deltas applyClusterEvidence writes for a one-item cluster, in order", () => {
    for (const member of MEMBERS) expect(writesOf(member, true)).toEqual(writesOf(member, false));
    expect(writesOf(MEMBERS[0] as ClusterMember, true).calls.length).toBeGreaterThan(8);
  });
});
