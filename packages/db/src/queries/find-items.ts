import { countriesInRegion } from "@vigil/gazetteer";
import type { Kysely } from "kysely";
import type { Viewer } from "../alerts/viewer.ts";
import type { Database, SourceType } from "../database.ts";
import { parseInput } from "../parse-input.ts";
import type { AlertEvidence } from "../schemas/alert-views.ts";
import {
  FindItemsInputSchema,
  type FindItemsOptions,
  type FindItemsResult,
  type ItemSummary,
} from "../schemas/find-items.ts";
import { alertEvidenceByItem } from "./alerts/alert-evidence.ts";
import { decodeItemCursor, encodeItemCursor } from "./item-cursor.ts";

/**
 * Items newest first, filtered, one page at a time. Keyset pagination on (published_at, id): pages stay
 * stable while new items arrive, and each page is an index range scan however deep the reader goes.
 * Field alerts carry their verification and are redacted for `viewer` (null: as for anyone); dismissed
 * alerts are left out, as they count for nothing.
 */
export async function findItems(
  db: Kysely<Database>,
  options: FindItemsOptions & { viewer?: Viewer | null },
): Promise<FindItemsResult> {
  const input = parseInput(FindItemsInputSchema, options, "item query");
  const after = input.cursor === undefined ? null : decodeItemCursor(input.cursor);
  let query = db
    .selectFrom("items as i")
    .innerJoin("sources as s", "s.id", "i.source_id")
    .select([
      "i.id",
      "i.title",
      "i.summary",
      "i.url",
      "i.published_at",
      "i.ingested_at",
      "i.lang",
      "i.severity",
      "i.source_type",
      "i.source_id",
      "s.name as source_name",
      "i.cluster_id",
    ]);
  if (input.iso2 !== undefined) {
    const iso2 = input.iso2;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("item_countries as ic")
          .select("ic.item_id")
          .whereRef("ic.item_id", "=", "i.id")
          .where("ic.iso2", "=", iso2),
      ),
    );
  }
  if (input.region !== undefined) {
    const inRegion = countriesInRegion(input.region).map((country) => country.iso2);
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("item_countries as ic")
          .select("ic.item_id")
          .whereRef("ic.item_id", "=", "i.id")
          .where("ic.iso2", "in", inRegion),
      ),
    );
  }
  if (input.riskFactors || input.indicators) {
    const { riskFactors, indicators } = input;
    query = query.where((eb) => {
      let signals = eb
        .selectFrom("item_signals as sg")
        .select("sg.item_id")
        .whereRef("sg.item_id", "=", "i.id");
      if (riskFactors) signals = signals.where("sg.risk_factor", "in", riskFactors);
      if (indicators) signals = signals.where("sg.indicator", "in", indicators);
      return eb.exists(signals);
    });
  }
  if (input.sourceTypes) query = query.where("i.source_type", "in", input.sourceTypes);
  query = query.where(({ exists, not, selectFrom }) =>
    not(
      exists(
        selectFrom("alerts as a")
          .select("a.id")
          .whereRef("a.item_id", "=", "i.id")
          .where("a.status", "=", "dismissed"),
      ),
    ),
  );
  if (input.since !== undefined)
    query = query.where("i.published_at", ">=", new Date(input.since).toISOString());
  if (input.until !== undefined)
    query = query.where("i.published_at", "<", new Date(input.until).toISOString());
  if (input.minSeverity !== undefined) query = query.where("i.severity", ">=", input.minSeverity);
  if (after) {
    query = query.where((eb) =>
      eb.or([
        eb("i.published_at", "<", after.publishedAt),
        eb.and([eb("i.published_at", "=", after.publishedAt), eb("i.id", "<", after.id)]),
      ]),
    );
  }
  // One row more than the page tells whether another page exists without a count query.
  const rows = await query
    .orderBy("i.published_at", "desc")
    .orderBy("i.id", "desc")
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  const ids = page.map((row) => row.id);
  const countries = ids.length
    ? await db
        .selectFrom("item_countries")
        .select(["item_id", "iso2", "confidence"])
        .where("item_id", "in", ids)
        .execute()
    : [];
  const signals = ids.length
    ? await db
        .selectFrom("item_signals")
        .select(["item_id", "indicator", "risk_factor", "weight"])
        .where("item_id", "in", ids)
        .execute()
    : [];
  const alerts = await alertEvidenceByItem(
    db,
    page.filter((row) => row.source_type === "alert").map((row) => row.id),
    options.viewer ?? null,
  );
  const items: ItemSummary[] = page.map((row) => ({
    id: row.id,
    title: row.title,
    summary: row.summary,
    url: row.url,
    publishedAt: row.published_at,
    ingestedAt: row.ingested_at,
    lang: row.lang,
    severity: row.severity,
    sourceType: row.source_type as SourceType,
    // An alert's source is its organisation: named only to those who may know it.
    source: sourceOf(row, alerts.get(row.id)),
    alert: alerts.get(row.id) ?? null,
    clusterId: row.cluster_id,
    countries: countries
      .filter((country) => country.item_id === row.id)
      .map((country) => ({ iso2: country.iso2, confidence: country.confidence }))
      .sort((a, b) => b.confidence - a.confidence),
    signals: signals
      .filter((signal) => signal.item_id === row.id)
      .map((signal) => ({
        indicator: signal.indicator,
        riskFactor: signal.risk_factor,
        weight: signal.weight,
      }))
      .sort((a, b) => b.weight - a.weight),
  }));
  const last = page.at(-1);
  const nextCursor =
    rows.length > input.limit && last
      ? encodeItemCursor({ publishedAt: last.published_at, id: last.id })
      : null;
  return { items, nextCursor };
}

function sourceOf(
  row: { source_id: number; source_name: string },
  alert: AlertEvidence | undefined,
): ItemSummary["source"] {
  if (!alert) return { id: row.source_id, name: row.source_name };
  return { id: alert.protected ? row.source_id : 0, name: alert.organisation };
}
