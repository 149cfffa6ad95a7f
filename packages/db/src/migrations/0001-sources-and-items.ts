import type { Kysely, Migration } from "kysely";
import { clusteredOnPrimaryKey, withIdColumn } from "./dialect.ts";

/** Feeds, items, their countries and signals, and story clusters. */
export const sourcesAndItems: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable("sources"))
      .addColumn("kind", "text", (column) => column.notNull())
      .addColumn("name", "text", (column) => column.notNull())
      .addColumn("url", "text", (column) => column.notNull().unique())
      .addColumn("lang", "text", (column) => column.notNull())
      .addColumn("reliability", "double precision", (column) => column.notNull())
      .addColumn("poll_interval_seconds", "integer", (column) => column.notNull())
      .addColumn("enabled", "integer", (column) => column.notNull())
      .addColumn("etag", "text")
      .addColumn("last_modified", "text")
      .addColumn("last_success_at", "text")
      .addColumn("last_error", "text")
      .addColumn("last_error_at", "text")
      .addColumn("consecutive_failures", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("next_attempt_at", "text")
      .addColumn("items_seen", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("removed_at", "text")
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("updated_at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("sources_due")
      .on("sources")
      .columns(["enabled", "next_attempt_at"])
      .execute();

    // clusters.first_item_id has no foreign key: items point at clusters, and a cycle of foreign keys
    // could not be created in that order on Postgres.
    await withIdColumn(db, db.schema.createTable("clusters"))
      .addColumn("source_type", "text", (column) => column.notNull())
      .addColumn("fingerprint", "text", (column) => column.notNull())
      .addColumn("day", "integer", (column) => column.notNull())
      .addColumn("first_item_id", "integer")
      .addColumn("item_count", "integer", (column) => column.notNull())
      .addColumn("source_count", "integer", (column) => column.notNull())
      .execute();
    // Tables below that are only ever read by primary key are clustered on it: one B-tree per insert
    // instead of a table and an index, which is most of the ingest cost.
    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("cluster_bands")
        .addColumn("band_key", "bigint", (column) => column.notNull())
        .addColumn("source_type", "text", (column) => column.notNull())
        .addColumn("day", "integer", (column) => column.notNull())
        .addColumn("cluster_id", "integer", (column) => column.notNull().references("clusters.id"))
        .addPrimaryKeyConstraint("cluster_bands_pk", ["band_key", "source_type", "day", "cluster_id"]),
    ).execute();

    await withIdColumn(db, db.schema.createTable("items"))
      .addColumn("source_id", "integer", (column) => column.notNull().references("sources.id"))
      .addColumn("source_type", "text", (column) => column.notNull())
      .addColumn("guid", "text", (column) => column.notNull())
      .addColumn("url", "text")
      .addColumn("title", "text", (column) => column.notNull())
      .addColumn("summary", "text", (column) => column.notNull())
      .addColumn("published_at", "text", (column) => column.notNull())
      .addColumn("published_day", "integer", (column) => column.notNull())
      .addColumn("ingested_at", "text", (column) => column.notNull())
      .addColumn("lang", "text", (column) => column.notNull())
      .addColumn("severity", "integer", (column) => column.notNull())
      .addColumn("scoring_version", "text", (column) => column.notNull())
      .addColumn("reliability", "double precision", (column) => column.notNull())
      .addColumn("risk_factors", "text", (column) => column.notNull())
      .addColumn("cluster_id", "integer", (column) => column.references("clusters.id"))
      .addUniqueConstraint("items_source_guid", ["source_id", "guid"])
      .execute();
    await db.schema.createIndex("items_published").on("items").columns(["published_at", "id"]).execute();
    await db.schema.createIndex("items_cluster").on("items").column("cluster_id").execute();

    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("item_countries")
        .addColumn("item_id", "integer", (column) => column.notNull().references("items.id"))
        .addColumn("iso2", "text", (column) => column.notNull())
        .addColumn("confidence", "double precision", (column) => column.notNull())
        .addColumn("evidence", "text", (column) => column.notNull())
        .addColumn("published_at", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("item_countries_pk", ["item_id", "iso2"]),
    ).execute();
    await db.schema
      .createIndex("item_countries_by_country")
      .on("item_countries")
      .columns(["iso2", "published_at", "item_id"])
      .execute();

    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("item_signals")
        .addColumn("item_id", "integer", (column) => column.notNull().references("items.id"))
        .addColumn("indicator", "text", (column) => column.notNull())
        .addColumn("risk_factor", "integer", (column) => column.notNull())
        .addColumn("weight", "double precision", (column) => column.notNull())
        .addColumn("evidence", "text", (column) => column.notNull())
        .addPrimaryKeyConstraint("item_signals_pk", ["item_id", "indicator"]),
    ).execute();
  },
  async down(db: Kysely<unknown>) {
    for (const table of ["item_signals", "item_countries", "items", "cluster_bands", "clusters", "sources"]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
