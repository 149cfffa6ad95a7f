import type { Kysely, Migration } from "kysely";
import { RISK_FACTOR_IDS } from "../database.ts";
import { clusteredOnPrimaryKey } from "./dialect.ts";

/**
 * The aggregates kept at ingest so map queries never scan raw items: per-cluster evidence rows (for
 * deltas when a corroborating item joins) and per-country daily sums. Primary keys start with what
 * queries range over: the day for the map, the indicator for indicator filters.
 */
export const countryAggregates: Migration = {
  async up(db: Kysely<unknown>) {
    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("cluster_factor_evidence")
        .addColumn("cluster_id", "integer", (column) => column.notNull().references("clusters.id"))
        .addColumn("iso2", "text", (column) => column.notNull())
        .addColumn("risk_factor", "integer", (column) => column.notNull())
        .addColumn("day", "integer", (column) => column.notNull())
        .addColumn("evidence", "double precision", (column) => column.notNull())
        .addColumn("is_first", "integer", (column) => column.notNull())
        .addPrimaryKeyConstraint("cluster_factor_evidence_pk", ["cluster_id", "iso2", "risk_factor", "day"]),
    ).execute();
    await db.schema
      .createIndex("cluster_factor_evidence_by_country")
      .on("cluster_factor_evidence")
      .columns(["iso2", "day"])
      .execute();
    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("cluster_indicator_evidence")
        .addColumn("cluster_id", "integer", (column) => column.notNull().references("clusters.id"))
        .addColumn("iso2", "text", (column) => column.notNull())
        .addColumn("indicator", "text", (column) => column.notNull())
        .addColumn("risk_factor", "integer", (column) => column.notNull())
        .addColumn("day", "integer", (column) => column.notNull())
        .addColumn("evidence", "double precision", (column) => column.notNull())
        .addColumn("is_first", "integer", (column) => column.notNull())
        .addPrimaryKeyConstraint("cluster_indicator_evidence_pk", ["cluster_id", "iso2", "indicator", "day"]),
    ).execute();
    await db.schema
      .createIndex("cluster_indicator_evidence_by_country")
      .on("cluster_indicator_evidence")
      .columns(["iso2", "day"])
      .execute();

    let countryDaily = db.schema
      .createTable("country_daily")
      .addColumn("day", "integer", (column) => column.notNull())
      .addColumn("source_type", "text", (column) => column.notNull())
      .addColumn("iso2", "text", (column) => column.notNull())
      .addColumn("items", "integer", (column) => column.notNull().defaultTo(0));
    for (const factor of RISK_FACTOR_IDS) {
      countryDaily = countryDaily
        .addColumn(`evidence_${factor}`, "double precision", (column) => column.notNull().defaultTo(0))
        .addColumn(`clusters_${factor}`, "integer", (column) => column.notNull().defaultTo(0));
    }
    await clusteredOnPrimaryKey(
      db,
      countryDaily.addPrimaryKeyConstraint("country_daily_pk", ["day", "source_type", "iso2"]),
    ).execute();
    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("country_indicator_daily")
        .addColumn("indicator", "text", (column) => column.notNull())
        .addColumn("day", "integer", (column) => column.notNull())
        .addColumn("source_type", "text", (column) => column.notNull())
        .addColumn("iso2", "text", (column) => column.notNull())
        .addColumn("risk_factor", "integer", (column) => column.notNull())
        .addColumn("evidence", "double precision", (column) => column.notNull())
        .addColumn("clusters", "integer", (column) => column.notNull())
        .addPrimaryKeyConstraint("country_indicator_daily_pk", ["indicator", "day", "source_type", "iso2"]),
    ).execute();
    // Bumped whenever a day's aggregates change, so readers can cache a day's rows until it moves.
    await db.schema
      .createTable("aggregate_days")
      .addColumn("day", "integer", (column) => column.primaryKey())
      .addColumn("version", "integer", (column) => column.notNull())
      .execute();
    // Country pages read one country's days; the day-first keys above serve the map.
    await db.schema
      .createIndex("country_daily_by_country")
      .on("country_daily")
      .columns(["iso2", "day"])
      .execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      "aggregate_days",
      "country_indicator_daily",
      "country_daily",
      "cluster_indicator_evidence",
      "cluster_factor_evidence",
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
