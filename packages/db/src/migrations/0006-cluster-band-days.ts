import { fingerprintBands } from "@vigil/scoring";
import { type Kysely, type Migration, sql } from "kysely";
import { clusteredOnPrimaryKey } from "./dialect.ts";

/**
 * One row per story cluster in the near-duplicate index instead of one per LSH band (14). Band keys are
 * a pure function of the cluster's fingerprint (fingerprintBands), and the index is only ever read a
 * whole day at a time into memory (band-index.ts), so the rows need only say which clusters belong to
 * which (source type, day); the keys are recomputed as a day is read. Writing 14 rows cost ~25 µs per
 * new cluster at ingest, plus their pages at commit. Only clusters that had band rows (a non-empty
 * fingerprint) get a row. The day is the cluster's first story's day, which clusters.day is not: it
 * moves to the earliest member's day.
 */
export const clusterBandDays: Migration = {
  async up(db: Kysely<unknown>) {
    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("cluster_band_days")
        .addColumn("source_type", "text", (column) => column.notNull())
        .addColumn("day", "integer", (column) => column.notNull())
        .addColumn("cluster_id", "integer", (column) => column.notNull().references("clusters.id"))
        .addPrimaryKeyConstraint("cluster_band_days_pk", ["source_type", "day", "cluster_id"]),
    ).execute();
    await sql`insert into cluster_band_days (source_type, day, cluster_id)
      select distinct source_type, day, cluster_id from cluster_bands`.execute(db);
    await db.schema.dropTable("cluster_bands").execute();
  },
  // The old rows are recomputed, exactly: they were fingerprintBands of the same fingerprints.
  async down(db: Kysely<unknown>) {
    await clusteredOnPrimaryKey(
      db,
      db.schema
        .createTable("cluster_bands")
        .addColumn("band_key", "bigint", (column) => column.notNull())
        .addColumn("source_type", "text", (column) => column.notNull())
        .addColumn("day", "integer", (column) => column.notNull())
        .addColumn("cluster_id", "integer", (column) => column.notNull().references("clusters.id"))
        .addPrimaryKeyConstraint("cluster_bands_by_day_pk", ["source_type", "day", "cluster_id", "band_key"]),
    ).execute();
    let after: BandDayRow | undefined;
    for (;;) {
      const page = await bandDayPage(db, after);
      const values = page.flatMap((row) =>
        fingerprintBands(row.fingerprint).map(
          (band) => sql`(${band}, ${row.source_type}, ${row.day}, ${row.cluster_id})`,
        ),
      );
      if (values.length > 0) {
        await sql`insert into cluster_bands (band_key, source_type, day, cluster_id)
          values ${sql.join(values)}`.execute(db);
      }
      if (page.length < PAGE_CLUSTERS) break;
      after = page[page.length - 1];
    }
    await db.schema.dropTable("cluster_band_days").execute();
  },
};

// 14 rows of 4 values per cluster stay under SQLite's 32,766 bound variables per statement.
const PAGE_CLUSTERS = 500;

interface BandDayRow {
  source_type: string;
  day: number;
  cluster_id: number;
  fingerprint: string;
}

/** The next page of band days in primary-key order, after `after` (keyset paging, no OFFSET rescans). */
async function bandDayPage(db: Kysely<unknown>, after: BandDayRow | undefined): Promise<BandDayRow[]> {
  const isAfter = after
    ? sql`where (b.source_type, b.day, b.cluster_id) > (${after.source_type}, ${after.day}, ${after.cluster_id})`
    : sql``;
  const result = await sql<BandDayRow>`select b.source_type, b.day, b.cluster_id, c.fingerprint
    from cluster_band_days b join clusters c on c.id = b.cluster_id ${isAfter}
    order by b.source_type, b.day, b.cluster_id limit ${PAGE_CLUSTERS}`.execute(db);
  return result.rows;
}
