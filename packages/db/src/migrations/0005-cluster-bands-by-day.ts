import { type Kysely, type Migration, sql } from "kysely";
import { clusteredOnPrimaryKey } from "./dialect.ts";

/**
 * Re-keys the near-duplicate band index (source type, day, cluster, band key). Band keys are random, so
 * under the band-first key every new story wrote its 14 rows into pages scattered over the whole index
 * and each ingest transaction rewrote most of it to the WAL (~60% of the pages written at ingest).
 * Cluster ids grow, so rows now append at the end of each day's range. Lookups by band key go through
 * an in-memory index per day (store-items.ts), loaded and topped up by that range. Same rows.
 */
export const clusterBandsByDay: Migration = {
  async up(db: Kysely<unknown>) {
    await rekey(db, "cluster_bands_by_day_pk", ["source_type", "day", "cluster_id", "band_key"]);
  },
  async down(db: Kysely<unknown>) {
    await rekey(db, "cluster_bands_pk", ["band_key", "source_type", "day", "cluster_id"]);
  },
};

async function rekey(db: Kysely<unknown>, name: string, key: string[]): Promise<void> {
  await clusteredOnPrimaryKey(
    db,
    db.schema
      .createTable("cluster_bands_rekeyed")
      .addColumn("band_key", "bigint", (column) => column.notNull())
      .addColumn("source_type", "text", (column) => column.notNull())
      .addColumn("day", "integer", (column) => column.notNull())
      .addColumn("cluster_id", "integer", (column) => column.notNull().references("clusters.id"))
      .addPrimaryKeyConstraint(name, key as never),
  ).execute();
  await sql`insert into cluster_bands_rekeyed (band_key, source_type, day, cluster_id)
    select band_key, source_type, day, cluster_id from cluster_bands`.execute(db);
  await db.schema.dropTable("cluster_bands").execute();
  await db.schema.alterTable("cluster_bands_rekeyed").renameTo("cluster_bands").execute();
}
