import type { Kysely } from "kysely";
import type { AlertEventRecord, AlertRecord } from "../../alerts/alert-record.ts";
import type { Database } from "../../database.ts";
import type { AlertSeverity, AlertStatus, KnowledgeSource } from "../../schemas/alert.ts";

/** The alert select every alert query starts from: the alert, its organisation and its reporter. */
export function selectAlerts(db: Kysely<Database>) {
  return db
    .selectFrom("alerts as a")
    .innerJoin("organisations as o", "o.id", "a.org_id")
    .leftJoin("users as u", "u.id", "a.reporter_user_id")
    .leftJoin("api_keys as k", "k.id", "a.reporter_api_key_id")
    .select([
      "a.id",
      "a.org_id",
      "o.name as org_name",
      "a.reporter_user_id",
      "a.reporter_api_key_id",
      "u.name as reporter_name",
      "u.email as reporter_email",
      "k.label as api_key_label",
      "a.item_id",
      "a.idempotency_key",
      "a.country",
      "a.precision",
      "a.place_name",
      "a.district",
      "a.lat",
      "a.lon",
      "a.occurred_at",
      "a.submitted_at",
      "a.updated_at",
      "a.description",
      "a.indicators",
      "a.severity",
      "a.knowledge",
      "a.links",
      "a.status",
    ]);
}

/** A row of selectAlerts. */
export type AlertRow = Awaited<ReturnType<ReturnType<typeof selectAlerts>["executeTakeFirstOrThrow"]>>;

/** Maps a row of selectAlerts to the record redaction works on. */
export function toAlertRecord(row: AlertRow): AlertRecord {
  return {
    id: row.id,
    orgId: row.org_id,
    orgName: row.org_name,
    reporter: {
      userId: row.reporter_user_id,
      apiKeyId: row.reporter_api_key_id,
      name: row.reporter_name ?? (row.api_key_label ? `API key “${row.api_key_label}”` : "Unknown reporter"),
      email: row.reporter_email ?? null,
    },
    itemId: row.item_id,
    idempotencyKey: row.idempotency_key,
    country: row.country,
    place: {
      precision: row.precision,
      name: row.place_name,
      district: row.district,
      point: row.lat !== null && row.lon !== null ? { lat: row.lat, lon: row.lon } : null,
    },
    occurredAt: row.occurred_at,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    description: row.description,
    indicators: JSON.parse(row.indicators) as string[],
    severity: row.severity as AlertSeverity,
    knowledge: row.knowledge as KnowledgeSource,
    links: JSON.parse(row.links) as string[],
    status: row.status as AlertStatus,
  };
}

/** The timelines of some alerts, oldest entry first, grouped by alert id. */
export async function alertEventsFor(
  db: Kysely<Database>,
  alertIds: readonly number[],
): Promise<Map<number, AlertEventRecord[]>> {
  const byAlert = new Map<number, AlertEventRecord[]>();
  if (alertIds.length === 0) return byAlert;
  const rows = await db
    .selectFrom("alert_events")
    .select(["alert_id", "at", "actor_user_id", "kind", "from_status", "to_status", "note"])
    .where("alert_id", "in", [...alertIds])
    .orderBy("id")
    .execute();
  for (const row of rows) {
    const list = byAlert.get(row.alert_id) ?? [];
    list.push({
      alertId: row.alert_id,
      at: row.at,
      actorUserId: row.actor_user_id,
      kind: row.kind,
      fromStatus: row.from_status as AlertStatus | null,
      toStatus: row.to_status as AlertStatus | null,
      note: row.note,
    });
    byAlert.set(row.alert_id, list);
  }
  return byAlert;
}
