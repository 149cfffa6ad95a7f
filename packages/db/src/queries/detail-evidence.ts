import { corroborationFactor, round3 } from "@vigil/scoring";
import { type Kysely, sql } from "kysely";
import type { Viewer } from "../alerts/viewer.ts";
import type { Database, SourceType } from "../database.ts";
import type { TopEvidence } from "../schemas/country-detail.ts";
import { alertEvidenceByItem } from "./alerts/alert-evidence.ts";
import { type EvidenceQuery, sourceTypesOf, type WindowPlan } from "./evidence-window.ts";

/** How many clusters the country page lists. */
export const TOP_EVIDENCE_LIMIT = 20;

/**
 * The clusters adding most to one country in the window, and per factor the strongest and their count.
 * Field alerts among them are redacted for `viewer` (see alertEvidenceOf).
 */
export async function topEvidence(
  db: Kysely<Database>,
  query: EvidenceQuery & { iso2: string },
  plan: WindowPlan,
  viewer: Viewer | null = null,
): Promise<{ top: TopEvidence[]; strongestByFactor: Map<number, TopEvidence> }> {
  const table = query.indicators
    ? sql.table("cluster_indicator_evidence")
    : sql.table("cluster_factor_evidence");
  const filters = [sql`c.source_type in (${sql.join(sourceTypesOf(query))})`];
  if (query.indicators) filters.push(sql`e.indicator in (${sql.join([...query.indicators])})`);
  if (query.riskFactors) filters.push(sql`e.risk_factor in (${sql.join([...query.riskFactors])})`);
  const weights = sql.join(
    plan.days.filter((row) => row.current > 0).map((row) => sql`(${row.day}, ${row.current})`),
  );
  // The country's clusters per day come from cluster_country_days (a range of its key); each one's rows
  // are then read through the evidence table's primary key (cluster, country[, indicator], day). That
  // table may list a (country, day) a cluster no longer has evidence for, which joins to no row.
  const rows = await sql<{ cluster_id: number; risk_factor: number; contribution: number }>`
    with w(day, cur) as (values ${weights})
    select e.cluster_id as cluster_id, e.risk_factor as risk_factor, sum(e.evidence * w.cur) as contribution
    from cluster_country_days d join w on w.day = d.day
      join ${table} e on e.cluster_id = d.cluster_id and e.iso2 = d.iso2 and e.day = d.day
      join clusters c on c.id = d.cluster_id
    where d.iso2 = ${query.iso2} and d.day between ${plan.currentStart} and ${plan.asOfDay}
      and ${sql.join(filters, sql` and `)}
    group by e.cluster_id, e.risk_factor`.execute(db);

  const byCluster = new Map<number, Map<number, number>>();
  for (const row of rows.rows) {
    const factors = byCluster.get(row.cluster_id) ?? new Map<number, number>();
    factors.set(row.risk_factor, row.contribution);
    byCluster.set(row.cluster_id, factors);
  }
  const total = (factors: Map<number, number>) =>
    [...factors.values()].reduce((sum, value) => sum + value, 0);
  const ranked = [...byCluster].sort((a, b) => total(b[1]) - total(a[1]) || b[0] - a[0]);
  const chosen = new Set(ranked.slice(0, TOP_EVIDENCE_LIMIT).map(([id]) => id));
  // The strongest cluster of each factor is named in the explanation even when it is not in the top list.
  const strongestIds = new Map<number, number>();
  for (const [clusterId, factors] of byCluster) {
    for (const [factor, contribution] of factors) {
      const current = strongestIds.get(factor);
      if (current === undefined || contribution > (byCluster.get(current)?.get(factor) ?? 0)) {
        strongestIds.set(factor, clusterId);
      }
    }
  }
  for (const id of strongestIds.values()) chosen.add(id);
  const described = await describeClusters(db, [...chosen], query.iso2, plan.asOfDay, byCluster, viewer);
  const top = ranked
    .slice(0, TOP_EVIDENCE_LIMIT)
    .map(([id]) => described.get(id))
    .filter((entry): entry is TopEvidence => entry !== undefined);
  const strongestByFactor = new Map<number, TopEvidence>();
  for (const [factor, clusterId] of strongestIds) {
    const entry = described.get(clusterId);
    if (entry)
      strongestByFactor.set(factor, {
        ...entry,
        contribution: round3(byCluster.get(clusterId)?.get(factor) ?? 0),
      });
  }
  return { top, strongestByFactor };
}

/** Each cluster shown by its strongest member for the country (weight × reliability × confidence). */
async function describeClusters(
  db: Kysely<Database>,
  clusterIds: number[],
  iso2: string,
  asOfDay: number,
  contributions: Map<number, Map<number, number>>,
  viewer: Viewer | null,
): Promise<Map<number, TopEvidence>> {
  if (clusterIds.length === 0) return new Map();
  const members = await db
    .selectFrom("items as i")
    .innerJoin("sources as s", "s.id", "i.source_id")
    .innerJoin("item_countries as ic", (join) =>
      join.onRef("ic.item_id", "=", "i.id").on("ic.iso2", "=", iso2),
    )
    .select([
      "i.id",
      "i.cluster_id",
      "i.source_id",
      "i.title",
      "i.url",
      "i.published_at",
      "i.source_type",
      "i.reliability",
      "i.risk_factors",
      "s.name as source_name",
      "ic.confidence",
    ])
    .where("i.cluster_id", "in", clusterIds)
    .where("i.published_day", "<=", asOfDay)
    .execute();
  const sourceCounts = await db
    .selectFrom("items")
    .select((eb) => [
      "cluster_id",
      eb.fn.count<number>("source_id").distinct().as("sources"),
      eb.fn.countAll<number>().as("items"),
    ])
    .where("cluster_id", "in", clusterIds)
    .where("published_day", "<=", asOfDay)
    // A dismissed alert (reliability 0) corroborates nothing.
    .where("reliability", ">", 0)
    .groupBy("cluster_id")
    .execute();
  const best = new Map<number, (typeof members)[number] & { strength: number }>();
  for (const member of members) {
    const factors = JSON.parse(member.risk_factors) as { id: number; weight: number }[];
    const strength =
      Math.max(0, ...factors.map((factor) => factor.weight)) * member.reliability * member.confidence;
    const current = best.get(member.cluster_id as number);
    if (!current || strength > current.strength)
      best.set(member.cluster_id as number, { ...member, strength });
  }
  const signals = await db
    .selectFrom("item_signals")
    .select(["item_id", "indicator", "weight", "evidence"])
    .where(
      "item_id",
      "in",
      [...best.values()].map((member) => member.id),
    )
    .execute();
  const alerts = await alertEvidenceByItem(
    db,
    [...best.values()].filter((member) => member.source_type === "alert").map((member) => member.id),
    viewer,
  );
  const described = new Map<number, TopEvidence>();
  for (const [clusterId, member] of best) {
    const alert = alerts.get(member.id) ?? null;
    const counts = sourceCounts.find((row) => row.cluster_id === clusterId);
    const sourceCount = Number(counts?.sources ?? 1);
    const factors = contributions.get(clusterId) ?? new Map<number, number>();
    const own = signals.filter((signal) => signal.item_id === member.id);
    described.set(clusterId, {
      itemId: member.id,
      clusterId,
      title: member.title,
      url: member.url,
      // An alert's source is its organisation, named only to those who may know it.
      sourceName: alert ? alert.organisation : member.source_name,
      sourceType: member.source_type as SourceType,
      alert,
      reliability: member.reliability,
      publishedAt: member.published_at,
      sourceCount,
      itemCount: Number(counts?.items ?? 1),
      corroboration: corroborationFactor(sourceCount),
      contribution: round3([...factors.values()].reduce((sum, value) => sum + value, 0)),
      factors: [...factors].map(([id, contribution]) => ({ id, contribution: round3(contribution) })),
      indicators: own.map((signal) => ({ indicator: signal.indicator, weight: signal.weight })),
      matches: own.flatMap((signal) =>
        (
          JSON.parse(signal.evidence) as {
            term: string;
            field: "title" | "text";
            start: number;
            end: number;
            text: string;
          }[]
        ).map((match) => ({
          indicator: signal.indicator,
          term: match.term,
          field: match.field,
          start: match.start,
          end: match.end,
          text: match.text,
        })),
      ),
    });
  }
  return described;
}
