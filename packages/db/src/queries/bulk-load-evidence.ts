import type BetterSqlite3 from "better-sqlite3";
import { type ClusterMember, clusterContributions } from "../cluster-contributions.ts";
import { RISK_FACTOR_IDS, type SourceType } from "../database.ts";

/** A cluster of a bulk load: its source type and members in the order they were stored. */
export interface BulkCluster {
  sourceType: SourceType;
  members: ClusterMember[];
}

const FACTORS = RISK_FACTOR_IDS.length;
const COUNTRY_COLUMNS = [
  "items",
  ...RISK_FACTOR_IDS.map((factor) => `evidence_${factor}`),
  ...RISK_FACTOR_IDS.map((factor) => `clusters_${factor}`),
];

/**
 * The second half of a bulk load, inside the caller's transaction: each cluster's size, its evidence
 * rows from clusterContributions() over all its members (what storeScoredItems leaves after the last
 * member), their (country, day, cluster) triples, and country_daily and country_indicator_daily summed
 * from them, one insert per row. Every day written gets a new aggregate_days version, so cached readers
 * re-read it.
 */
export function writeClusterEvidence(
  sqlite: BetterSqlite3.Database,
  clusters: readonly BulkCluster[],
  coverage: ReadonlyMap<string, number>,
): void {
  const updateCluster = sqlite.prepare(
    "UPDATE clusters SET item_count = ?, source_count = ?, day = ? WHERE id = ?",
  );
  const insertFactor = sqlite.prepare(
    `INSERT INTO cluster_factor_evidence (cluster_id, iso2, risk_factor, day, evidence, is_first)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  const insertIndicator = sqlite.prepare(
    `INSERT INTO cluster_indicator_evidence (cluster_id, iso2, indicator, risk_factor, day, evidence, is_first)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const countryDaily = new Map<string, { day: number; sourceType: string; iso2: string; values: number[] }>();
  const countryRow = (day: number, sourceType: string, iso2: string): number[] => {
    const key = `${day}|${sourceType}|${iso2}`;
    let row = countryDaily.get(key);
    if (!row) {
      row = { day, sourceType, iso2, values: new Array<number>(1 + 2 * FACTORS).fill(0) };
      countryDaily.set(key, row);
    }
    return row.values;
  };
  for (const [key, items] of coverage) {
    const [day = "", sourceType = "", iso2 = ""] = key.split("|");
    countryRow(Number(day), sourceType, iso2)[0] = items;
  }
  const indicatorDaily = new Map<
    string,
    {
      indicator: string;
      day: number;
      sourceType: string;
      iso2: string;
      riskFactor: number;
      evidence: number;
      clusters: number;
    }
  >();

  clusters.forEach((cluster, index) => {
    const clusterId = index + 1;
    const { members, sourceType } = cluster;
    if (members.length > 1) {
      const sources = new Set(members.map((member) => member.sourceId)).size;
      updateCluster.run(members.length, sources, Math.min(...members.map((member) => member.day)), clusterId);
    }
    const { factors, indicators } = clusterContributions(members);
    for (const row of factors) {
      insertFactor.run(clusterId, row.iso2, row.riskFactor, row.day, row.evidence, row.isFirst ? 1 : 0);
      const values = countryRow(row.day, sourceType, row.iso2);
      values[row.riskFactor] = (values[row.riskFactor] ?? 0) + row.evidence;
      if (row.isFirst) values[FACTORS + row.riskFactor] = (values[FACTORS + row.riskFactor] ?? 0) + 1;
    }
    for (const row of indicators) {
      insertIndicator.run(
        clusterId,
        row.iso2,
        row.key,
        row.riskFactor,
        row.day,
        row.evidence,
        row.isFirst ? 1 : 0,
      );
      const key = `${row.key}|${row.day}|${sourceType}|${row.iso2}`;
      const sum = indicatorDaily.get(key);
      const clustersAdded = row.isFirst ? 1 : 0;
      if (sum) {
        sum.evidence += row.evidence;
        sum.clusters += clustersAdded;
      } else {
        indicatorDaily.set(key, {
          indicator: row.key,
          day: row.day,
          sourceType,
          iso2: row.iso2,
          riskFactor: row.riskFactor,
          evidence: row.evidence,
          clusters: clustersAdded,
        });
      }
    }
  });

  // Set-based, once the evidence is written: the union comes out sorted by the table's key, so the rows
  // append instead of landing all over it as cluster-by-cluster inserts would.
  sqlite.exec(
    `INSERT INTO cluster_country_days (iso2, day, cluster_id)
     SELECT iso2, day, cluster_id FROM cluster_factor_evidence
     UNION SELECT iso2, day, cluster_id FROM cluster_indicator_evidence
     ORDER BY 1, 2, 3`,
  );

  const insertCountryDaily = sqlite.prepare(
    `INSERT INTO country_daily (day, source_type, iso2, ${COUNTRY_COLUMNS.join(", ")})
     VALUES (?, ?, ?, ${COUNTRY_COLUMNS.map(() => "?").join(", ")})`,
  );
  const days = new Set<number>();
  for (const row of countryDaily.values()) {
    insertCountryDaily.run(row.day, row.sourceType, row.iso2, ...row.values);
    days.add(row.day);
  }
  const insertIndicatorDaily = sqlite.prepare(
    `INSERT INTO country_indicator_daily (indicator, day, source_type, iso2, risk_factor, evidence, clusters)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const row of indicatorDaily.values()) {
    insertIndicatorDaily.run(
      row.indicator,
      row.day,
      row.sourceType,
      row.iso2,
      row.riskFactor,
      row.evidence,
      row.clusters,
    );
  }
  const bumpDay = sqlite.prepare(
    `INSERT INTO aggregate_days (day, version) VALUES (?, 1)
     ON CONFLICT (day) DO UPDATE SET version = aggregate_days.version + 1`,
  );
  for (const day of days) bumpDay.run(day);
}
