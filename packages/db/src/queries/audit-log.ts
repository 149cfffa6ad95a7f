import type BetterSqlite3 from "better-sqlite3";
import type { Insertable, Kysely } from "kysely";
import type { Database } from "../database.ts";
import type { AuditLogTable } from "../database-members.ts";
import { parseInput } from "../parse-input.ts";
import { type AuditEntry, type AuditListInput, AuditListSchema, type AuditPage } from "../schemas/audit.ts";
import { executeSync } from "./alerts/sync-query.ts";

function toRow(entry: AuditEntry): Insertable<AuditLogTable> {
  return {
    at: entry.at.toISOString(),
    actor_kind: entry.actor.kind,
    actor_user_id: entry.actor.userId,
    actor_api_key_id: entry.actor.apiKeyId,
    action: entry.action,
    alert_id: entry.alertId ?? null,
    target_user_id: entry.targetUserId ?? null,
    detail: JSON.stringify(entry.detail),
  };
}

/** Appends entries to the audit log (the table refuses updates and deletes). */
export async function recordAudit(db: Kysely<Database>, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  await db.insertInto("audit_log").values(entries.map(toRow)).execute();
}

/** recordAudit inside a caller's synchronous transaction, so the entry commits with the change it records. */
export function recordAuditSync(
  db: Kysely<Database>,
  sqlite: BetterSqlite3.Database,
  entries: readonly AuditEntry[],
): void {
  for (const entry of entries) executeSync(sqlite, db.insertInto("audit_log").values(toRow(entry)));
}

/** The audit log newest first, filtered by alert, actor or action. */
export async function listAudit(db: Kysely<Database>, options: AuditListInput): Promise<AuditPage> {
  const input = parseInput(AuditListSchema, options, "audit query");
  let query = db
    .selectFrom("audit_log as l")
    .leftJoin("users as u", "u.id", "l.actor_user_id")
    .select([
      "l.id",
      "l.at",
      "l.actor_kind",
      "l.actor_user_id",
      "l.actor_api_key_id",
      "u.email as actor_email",
      "l.action",
      "l.alert_id",
      "l.target_user_id",
      "l.detail",
    ]);
  if (input.alertId !== undefined) query = query.where("l.alert_id", "=", input.alertId);
  if (input.actorUserId !== undefined) query = query.where("l.actor_user_id", "=", input.actorUserId);
  if (input.action !== undefined) query = query.where("l.action", "=", input.action);
  if (input.beforeId !== undefined) query = query.where("l.id", "<", input.beforeId);
  const rows = await query
    .orderBy("l.id", "desc")
    .limit(input.limit + 1)
    .execute();
  const page = rows.slice(0, input.limit);
  return {
    entries: page.map((row) => ({
      id: row.id,
      at: row.at,
      actor: {
        kind: row.actor_kind,
        userId: row.actor_user_id,
        apiKeyId: row.actor_api_key_id,
        email: row.actor_email ?? null,
      },
      action: row.action,
      alertId: row.alert_id,
      targetUserId: row.target_user_id,
      detail: JSON.parse(row.detail) as Record<string, unknown>,
    })),
    nextBeforeId: rows.length > input.limit ? (page.at(-1)?.id ?? null) : null,
  };
}
