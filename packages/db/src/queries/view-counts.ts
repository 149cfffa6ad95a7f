import { type Kysely, sql } from "kysely";
import type { Database, SourceType } from "../database.ts";
import { dayStartIso } from "../days.ts";
import type { ViewCounts } from "../snapshots/build-snapshot.ts";
import { planWindow, sourceTypesOf } from "./evidence-window.ts";

/** Options for viewCounts: the window and filters of a view, and the countries it covers. */
export interface ViewCountsOptions {
  windowDays: number;
  asOf: Date;
  riskFactors?: readonly number[];
  indicators?: readonly string[];
  sourceTypes?: readonly SourceType[];
  /** The view's countries; null for the whole world (any country). */
  iso2s: readonly string[] | null;
}

/**
 * The provenance counts of a view: items about its countries published in the window's days from the
 * selected source types (what coverage counts), how many of them carry a selected factor or indicator,
 * how many sources they came from, and the first and last publication instants. Whole UTC days, as
 * the aggregates behind the scores.
 */
export async function viewCounts(db: Kysely<Database>, options: ViewCountsOptions): Promise<ViewCounts> {
  const plan = planWindow(options.windowDays, options.asOf);
  const about =
    options.iso2s === null
      ? sql`exists (select 1 from item_countries ic where ic.item_id = i.id)`
      : options.iso2s.length === 0
        ? sql`0`
        : sql`exists (select 1 from item_countries ic where ic.item_id = i.id and ic.iso2 in (${sql.join([...options.iso2s])}))`;
  const signalFilters = [sql`sg.item_id = i.id`];
  if (options.riskFactors) signalFilters.push(sql`sg.risk_factor in (${sql.join([...options.riskFactors])})`);
  if (options.indicators) signalFilters.push(sql`sg.indicator in (${sql.join([...options.indicators])})`);
  const result = await sql<{
    items: number;
    evidence_items: number | null;
    sources: number;
    earliest: string | null;
    latest: string | null;
  }>`
    select count(*) as items,
      sum(case when exists (select 1 from item_signals sg where ${sql.join(signalFilters, sql` and `)}) then 1 else 0 end) as evidence_items,
      count(distinct i.source_id) as sources,
      min(i.published_at) as earliest, max(i.published_at) as latest
    from items i
    where i.published_at >= ${dayStartIso(plan.currentStart)} and i.published_at < ${dayStartIso(plan.asOfDay + 1)}
      and i.source_type in (${sql.join(sourceTypesOf(options))})
      and ${about}`.execute(db);
  const row = result.rows[0];
  return {
    items: Number(row?.items ?? 0),
    evidenceItems: Number(row?.evidence_items ?? 0),
    sources: Number(row?.sources ?? 0),
    earliest: row?.earliest ?? null,
    latest: row?.latest ?? null,
  };
}
