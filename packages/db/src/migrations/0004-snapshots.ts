import type { Kysely, Migration } from "kysely";
import { refuseUpdatesAndDeletes } from "./dialect.ts";

/**
 * Saved snapshots. The canonical content is stored as text, byte for byte what was hashed, so a
 * snapshot reads the same forever and anyone can re-check its hash. Rows are never updated or deleted
 * (the database refuses both): a second save of the same view is a new row with a new id.
 */
export const snapshots: Migration = {
  async up(db: Kysely<unknown>) {
    await db.schema
      .createTable("snapshots")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("creator_label", "text", (column) => column.notNull())
      .addColumn("creator_user_id", "text")
      .addColumn("creator_role", "text")
      .addColumn("view_kind", "text", (column) => column.notNull())
      .addColumn("view_label", "text", (column) => column.notNull())
      .addColumn("filters", "text", (column) => column.notNull())
      .addColumn("scoring_version", "text", (column) => column.notNull())
      .addColumn("content_hash", "text", (column) => column.notNull())
      .addColumn("content", "text", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("snapshots_created").on("snapshots").columns(["created_at", "id"]).execute();
    await refuseUpdatesAndDeletes(db, "snapshots", "snapshots are immutable: save a new one instead");
  },
  async down(db: Kysely<unknown>) {
    await db.schema.dropTable("snapshots").execute();
  },
};
