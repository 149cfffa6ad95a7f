import type { Kysely, Migration } from "kysely";
import { refuseUpdatesAndDeletes, withIdColumn } from "./dialect.ts";

/**
 * Organisations, users, sessions, login failures, API keys, field alerts with their timeline, and the
 * audit log. An alert's scored content lives in `items` (source type "alert"); this table holds what only
 * the reporter's organisation may see (who, exactly where) and where review stands.
 */
export const membersAndAlerts: Migration = {
  async up(db: Kysely<unknown>) {
    await withIdColumn(db, db.schema.createTable("organisations"))
      .addColumn("name", "text", (column) => column.notNull().unique())
      .addColumn("alert_source_id", "integer", (column) => column.notNull().references("sources.id"))
      .addColumn("created_at", "text", (column) => column.notNull())
      .execute();

    await withIdColumn(db, db.schema.createTable("users"))
      .addColumn("email", "text", (column) => column.notNull().unique())
      .addColumn("name", "text", (column) => column.notNull())
      .addColumn("role", "text", (column) => column.notNull())
      .addColumn("org_id", "integer", (column) => column.references("organisations.id"))
      .addColumn("password_hash", "text", (column) => column.notNull())
      .addColumn("must_change_password", "integer", (column) => column.notNull())
      .addColumn("can_review_all_orgs", "integer", (column) => column.notNull().defaultTo(0))
      .addColumn("disabled_at", "text")
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("updated_at", "text", (column) => column.notNull())
      .execute();

    await db.schema
      .createTable("sessions")
      .addColumn("id", "text", (column) => column.primaryKey())
      .addColumn("user_id", "integer", (column) => column.notNull().references("users.id"))
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("last_seen_at", "text", (column) => column.notNull())
      .addColumn("expires_at", "text", (column) => column.notNull())
      .addColumn("revoked_at", "text")
      .execute();
    await db.schema.createIndex("sessions_by_user").on("sessions").column("user_id").execute();

    await withIdColumn(db, db.schema.createTable("login_failures"))
      .addColumn("scope", "text", (column) => column.notNull())
      .addColumn("subject", "text", (column) => column.notNull())
      .addColumn("at", "text", (column) => column.notNull())
      .execute();
    await db.schema
      .createIndex("login_failures_by_subject")
      .on("login_failures")
      .columns(["scope", "subject", "at"])
      .execute();

    await withIdColumn(db, db.schema.createTable("api_keys"))
      .addColumn("org_id", "integer", (column) => column.notNull().references("organisations.id"))
      .addColumn("label", "text", (column) => column.notNull())
      .addColumn("key_hash", "text", (column) => column.notNull().unique())
      .addColumn("key_prefix", "text", (column) => column.notNull())
      .addColumn("created_by_user_id", "integer", (column) => column.references("users.id"))
      .addColumn("created_at", "text", (column) => column.notNull())
      .addColumn("last_used_at", "text")
      .addColumn("revoked_at", "text")
      .execute();

    await withIdColumn(db, db.schema.createTable("alerts"))
      .addColumn("org_id", "integer", (column) => column.notNull().references("organisations.id"))
      .addColumn("reporter_user_id", "integer", (column) => column.references("users.id"))
      .addColumn("reporter_api_key_id", "integer", (column) => column.references("api_keys.id"))
      .addColumn("idempotency_key", "text", (column) => column.notNull())
      .addColumn("item_id", "integer", (column) => column.notNull().unique().references("items.id"))
      .addColumn("country", "text", (column) => column.notNull())
      .addColumn("precision", "text", (column) => column.notNull())
      .addColumn("place_name", "text")
      .addColumn("district", "text")
      .addColumn("lat", "double precision")
      .addColumn("lon", "double precision")
      .addColumn("occurred_at", "text", (column) => column.notNull())
      .addColumn("description", "text", (column) => column.notNull())
      .addColumn("indicators", "text", (column) => column.notNull())
      .addColumn("severity", "text", (column) => column.notNull())
      .addColumn("knowledge", "text", (column) => column.notNull())
      .addColumn("links", "text", (column) => column.notNull())
      .addColumn("status", "text", (column) => column.notNull())
      .addColumn("submitted_at", "text", (column) => column.notNull())
      .addColumn("updated_at", "text", (column) => column.notNull())
      // A retried submission finds the first by this key, also when two arrive at once.
      .addUniqueConstraint("alerts_org_idempotency", ["org_id", "idempotency_key"])
      .execute();
    await db.schema
      .createIndex("alerts_review_queue")
      .on("alerts")
      .columns(["org_id", "status", "submitted_at"])
      .execute();
    await db.schema
      .createIndex("alerts_by_reporter")
      .on("alerts")
      .columns(["reporter_user_id", "submitted_at"])
      .execute();

    await withIdColumn(db, db.schema.createTable("alert_events"))
      .addColumn("alert_id", "integer", (column) => column.notNull().references("alerts.id"))
      .addColumn("at", "text", (column) => column.notNull())
      .addColumn("actor_user_id", "integer", (column) => column.references("users.id"))
      .addColumn("kind", "text", (column) => column.notNull())
      .addColumn("from_status", "text")
      .addColumn("to_status", "text")
      .addColumn("note", "text")
      .execute();
    await db.schema
      .createIndex("alert_events_by_alert")
      .on("alert_events")
      .columns(["alert_id", "id"])
      .execute();

    // No foreign keys: the log outlives what it names and must never block a write it records.
    await withIdColumn(db, db.schema.createTable("audit_log"))
      .addColumn("at", "text", (column) => column.notNull())
      .addColumn("actor_kind", "text", (column) => column.notNull())
      .addColumn("actor_user_id", "integer")
      .addColumn("actor_api_key_id", "integer")
      .addColumn("action", "text", (column) => column.notNull())
      .addColumn("alert_id", "integer")
      .addColumn("target_user_id", "integer")
      .addColumn("detail", "text", (column) => column.notNull())
      .execute();
    await db.schema.createIndex("audit_log_by_alert").on("audit_log").columns(["alert_id", "id"]).execute();
    await db.schema
      .createIndex("audit_log_by_actor")
      .on("audit_log")
      .columns(["actor_user_id", "id"])
      .execute();
    await refuseUpdatesAndDeletes(db, "audit_log", "The audit log is append-only");
  },
  async down(db: Kysely<unknown>) {
    for (const table of [
      "audit_log",
      "alert_events",
      "alerts",
      "api_keys",
      "login_failures",
      "sessions",
      "users",
      "organisations",
    ]) {
      await db.schema.dropTable(table).execute();
    }
  },
};
