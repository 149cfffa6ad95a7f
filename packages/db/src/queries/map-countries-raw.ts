import type { Kysely } from "kysely";
import { type ClusterMember, type Contribution, clusterContributions } from "../cluster-contributions.ts";
import type { Database } from "../database.ts";
import { dayStartIso } from "../days.ts";
import type { CountrySituation } from "../schemas/situation.ts";
import { type CountrySums, emptySums } from "./evidence-sums.ts";
import { type EvidenceQuery, planWindow, sourceTypesOf } from "./evidence-window.ts";
import { type MapCountriesOptions, situationsFrom } from "./map-countries.ts";

// SQLite allows 32,766 bound parameters; chunks stay far below.
const CHUNK = 5000;

/**
 * mapCountries answered straight from items, item_countries and item_signals, recomputing every story
 * cluster. The baseline the aggregates are tested and benchmarked against; too slow for the map.
 */
export async function mapCountriesFromRawTables(
  db: Kysely<Database>,
  options: MapCountriesOptions,
): Promise<CountrySituation[]> {
  return situationsFrom(options, (iso2s) => rawEvidenceSums(db, { ...options, iso2s }));
}

async function rawEvidenceSums(
  db: Kysely<Database>,
  query: EvidenceQuery,
): Promise<Map<string, CountrySums>> {
  const plan = planWindow(query.windowDays, query.asOf);
  const wanted = new Set(query.iso2s);
  const from = dayStartIso(plan.previousStart);
  const until = dayStartIso(plan.asOfDay + 1);
  const inWindow = await db
    .selectFrom("items")
    .select(["id", "cluster_id", "published_day"])
    .where("published_at", ">=", from)
    .where("published_at", "<", until)
    .where("source_type", "in", sourceTypesOf(query))
    // A dismissed field alert counts for nothing, not even as coverage (review moves the aggregates alike).
    .where(({ exists, not, selectFrom }) =>
      not(
        exists(
          selectFrom("alerts")
            .select("alerts.id")
            .whereRef("alerts.item_id", "=", "items.id")
            .where("alerts.status", "=", "dismissed"),
        ),
      ),
    )
    .execute();

  const sums = new Map<string, CountrySums>();
  const sumsOf = (iso2: string) => {
    let entry = sums.get(iso2);
    if (!entry) {
      entry = emptySums(plan);
      sums.set(iso2, entry);
    }
    return entry;
  };
  const dayOfItem = new Map(inWindow.map((item) => [item.id, item.published_day]));
  for (const ids of chunks([...dayOfItem.keys()])) {
    const countries = await db
      .selectFrom("item_countries")
      .select(["item_id", "iso2"])
      .where("item_id", "in", ids)
      .execute();
    for (const { item_id, iso2 } of countries) {
      if (!wanted.has(iso2)) continue;
      const entry = sumsOf(iso2);
      if ((dayOfItem.get(item_id) ?? 0) >= plan.currentStart) entry.coverage++;
      else entry.previousCoverage++;
    }
  }

  const clusterIds = [...new Set(inWindow.map((item) => item.cluster_id).filter((id) => id !== null))];
  const weightOf = new Map(plan.days.map((row) => [row.day, row]));
  const indicators = query.indicators ? new Set(query.indicators) : null;
  const factors = query.riskFactors ? new Set(query.riskFactors) : null;
  for (const ids of chunks(clusterIds)) {
    for (const members of (await loadClusters(db, ids, plan.asOfDay)).values()) {
      const contributions = clusterContributions(members);
      const rows: Contribution[] = indicators
        ? contributions.indicators.filter((row) => indicators.has(row.key))
        : contributions.factors;
      for (const row of rows) {
        const weights = weightOf.get(row.day);
        if (!weights || !wanted.has(row.iso2) || (factors && !factors.has(row.riskFactor))) continue;
        const entry = sumsOf(row.iso2);
        const factor = entry.factors.get(row.riskFactor) ?? { current: 0, previous: 0, clusters: 0 };
        factor.current += row.evidence * weights.current;
        factor.previous += row.evidence * weights.previous;
        if (row.day >= plan.currentStart) {
          if (row.isFirst) factor.clusters++;
          entry.daily[row.day - plan.currentStart] =
            (entry.daily[row.day - plan.currentStart] ?? 0) + row.evidence;
        }
        entry.factors.set(row.riskFactor, factor);
      }
    }
  }
  return sums;
}

/** Members of clusters published by `lastDay`, grouped by cluster. */
async function loadClusters(db: Kysely<Database>, clusterIds: number[], lastDay: number) {
  const items = await db
    .selectFrom("items")
    .select(["id", "cluster_id", "source_id", "published_day", "reliability", "risk_factors"])
    .where("cluster_id", "in", clusterIds)
    .where("published_day", "<=", lastDay)
    .execute();
  const byItem = new Map<number, ClusterMember & { countries: ClusterMember["countries"][number][] }>();
  const signals = new Map<number, { indicator: string; riskFactor: number; weight: number }[]>();
  const clusters = new Map<number, ClusterMember[]>();
  for (const item of items) {
    const list: { indicator: string; riskFactor: number; weight: number }[] = [];
    const member = {
      sourceId: item.source_id,
      day: item.published_day,
      reliability: item.reliability,
      countries: [],
      factors: JSON.parse(item.risk_factors) as { id: number; weight: number }[],
      indicators: list,
    };
    byItem.set(item.id, member);
    signals.set(item.id, list);
    const cluster = clusters.get(item.cluster_id as number) ?? [];
    cluster.push(member);
    clusters.set(item.cluster_id as number, cluster);
  }
  for (const ids of chunks([...byItem.keys()])) {
    const countries = await db
      .selectFrom("item_countries")
      .select(["item_id", "iso2", "confidence"])
      .where("item_id", "in", ids)
      .execute();
    for (const row of countries)
      byItem.get(row.item_id)?.countries.push({ iso2: row.iso2, confidence: row.confidence });
    const rows = await db
      .selectFrom("item_signals")
      .select(["item_id", "indicator", "risk_factor", "weight"])
      .where("item_id", "in", ids)
      .execute();
    for (const row of rows) {
      signals
        .get(row.item_id)
        ?.push({ indicator: row.indicator, riskFactor: row.risk_factor, weight: row.weight });
    }
  }
  return clusters;
}

function chunks<T>(values: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < values.length; i += CHUNK) out.push(values.slice(i, i + CHUNK));
  return out;
}
