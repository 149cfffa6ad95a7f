import { type Kysely, type Migration, sql } from "kysely";
import { clusteredOnPrimaryKey } from "./dialect.ts";

/**
 * Replaces the (iso2, day) indexes of the per-cluster evidence tables with one small table of the
 * (country, day, cluster) triples they hold. Every new story wrote ~8 entries into those indexes, each on
 * its own page; it now writes about one row here per country and day, and the country page finds its
 * clusters here and reads their rows through the evidence tables' primary keys. Rows are never deleted
 * when evidence goes (see noteCountryDay, queries/evidence-row-writers.ts): readers join back to the
 * evidence tables.
 */
export const clusterCountryDays: Migration = {
  async up(db: Kysely<unknown>) {
    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("cluster_country_days")
        .addColumn("iso2", "text", (column) => column.notNull())
        .addColumn("day", "integer", (column) => column.notNull())
        .addColumn("cluster_id", "integer", (column) => column.notNull().references("clusters.id"))
        .addPrimaryKeyConstraint("cluster_country_days_pk", ["iso2", "day", "cluster_id"]),
    ).execute();
    await sql`insert into cluster_country_days (iso2, day, cluster_id)
      select iso2, day, cluster_id from cluster_factor_evidence
      union
      select iso2, day, cluster_id from cluster_indicator_evidence`.execute(db);
    await db.schema.dropIndex("cluster_factor_evidence_by_country").execute();
    await db.schema.dropIndex("cluster_indicator_evidence_by_country").execute();
  },
  async down(db: Kysely<unknown>) {
    await db.schema
      .createIndex("cluster_factor_evidence_by_country")
      .on("cluster_factor_evidence")
      .columns(["iso2", "day"])
      .execute();
    await db.schema
      .createIndex("cluster_indicator_evidence_by_country")
      .on("cluster_indicator_evidence")
      .columns(["iso2", "day"])
      .execute();
    await db.schema.dropTable("cluster_country_days").execute();
  },
};
