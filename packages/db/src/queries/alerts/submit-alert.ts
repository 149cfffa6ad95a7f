import type { Scorer } from "@vigil/scoring";
import type { Kysely } from "kysely";
import type { AlertRecord } from "../../alerts/alert-record.ts";
import { alertScore, alertTitleAndText } from "../../alerts/alert-score.ts";
import { alertWeight } from "../../alerts/alert-weight.ts";
import type { Database } from "../../database.ts";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { sqliteHandleOf } from "../../open-database.ts";
import { parseInput } from "../../parse-input.ts";
import { type AlertSubmitInput, AlertSubmitSchema } from "../../schemas/alert.ts";
import { recordAuditSync } from "../audit-log.ts";
import { storeScoredItemsSync } from "../store-items.ts";
import { selectAlerts, toAlertRecord } from "./alert-rows.ts";
import { executeSync, selectSync } from "./sync-query.ts";

// Clocks drift; a phone a few minutes ahead must not be told its report is from the future.
const FUTURE_TOLERANCE_MS = 10 * 60_000;

/** Who submits: a signed-in user, or an integration's API key; either acts for one organisation. */
export type AlertReporter =
  | { userId: number; apiKeyId?: undefined }
  | { apiKeyId: number; userId?: undefined };

/** Options for submitAlert. */
export interface SubmitAlertOptions {
  input: AlertSubmitInput;
  orgId: number;
  reporter: AlertReporter;
  scorer: Scorer;
  now: Date;
}

/**
 * Stores a field alert: scores the description (plus the reporter's indicators and country), stores it
 * as an item of the organisation's alert source at the unverified weight, and writes the alert row, its
 * first timeline entry and an audit entry, all in one immediate transaction. The idempotency key is
 * unique per organisation: a retry (after a timeout, a reconnect, or twenty at once) finds the first
 * alert and returns it with `isDuplicate`, never a second one.
 */
export async function submitAlert(
  db: Kysely<Database>,
  options: SubmitAlertOptions,
): Promise<{ record: AlertRecord; isDuplicate: boolean }> {
  const input = parseInput(AlertSubmitSchema, options.input, "alert");
  const { orgId, reporter, now } = options;
  if (Date.parse(input.occurredAt) > now.getTime() + FUTURE_TOLERANCE_MS) {
    throw new ValidationError("Invalid alert: occurredAt is in the future; give when it happened", {
      path: "occurredAt",
    });
  }
  // Scoring is pure CPU and runs before the write lock is taken.
  const { title, text } = alertTitleAndText(input.description);
  const score = alertScore(options.scorer.scoreText({ title, text }), {
    country: input.country,
    indicators: input.indicators,
    severity: input.severity,
  });
  const sqlite = sqliteHandleOf(db, "submitAlert");
  const store = sqlite.transaction((): { id: number; isDuplicate: boolean } => {
    const [existing] = selectSync(
      sqlite,
      db
        .selectFrom("alerts")
        .select(["id", "reporter_user_id", "reporter_api_key_id"])
        .where("org_id", "=", orgId)
        .where("idempotency_key", "=", input.idempotencyKey),
    );
    if (existing) {
      const isSameReporter =
        existing.reporter_user_id === (reporter.userId ?? null) &&
        existing.reporter_api_key_id === (reporter.apiKeyId ?? null);
      // Another reporter's key must not hand out their alert; a fresh key (a new form) submits fine.
      if (!isSameReporter) {
        throw new ConflictError(
          "This submission key is already used by another report; submit again to get a new one",
        );
      }
      return { id: existing.id, isDuplicate: true };
    }
    const [org] = selectSync(
      sqlite,
      db.selectFrom("organisations").select("alert_source_id").where("id", "=", orgId),
    );
    if (!org) throw new NotFoundError("organisation", "id", orgId);
    const guid = `alert:${input.idempotencyKey}`;
    storeScoredItemsSync(db, {
      sourceId: org.alert_source_id,
      sourceType: "alert",
      reliability: alertWeight("submitted"),
      items: [
        { guid, url: null, title, summary: text, publishedAt: input.occurredAt, lang: score.lang, score },
      ],
      now,
    });
    const [item] = selectSync(
      sqlite,
      db
        .selectFrom("items")
        .select("id")
        .where("source_id", "=", org.alert_source_id)
        .where("guid", "=", guid),
    );
    if (!item) throw new Error(`The item of alert ${guid} was not stored`);
    const at = now.toISOString();
    const place = input.place;
    const [alert] = selectSync(
      sqlite,
      db
        .insertInto("alerts")
        .values({
          org_id: orgId,
          reporter_user_id: reporter.userId ?? null,
          reporter_api_key_id: reporter.apiKeyId ?? null,
          idempotency_key: input.idempotencyKey,
          item_id: item.id,
          country: input.country,
          precision: place.precision,
          place_name: "name" in place ? (place.name ?? null) : null,
          district: "district" in place ? (place.district ?? null) : null,
          lat: "point" in place ? (place.point?.lat ?? null) : null,
          lon: "point" in place ? (place.point?.lon ?? null) : null,
          occurred_at: new Date(input.occurredAt).toISOString(),
          description: input.description,
          indicators: JSON.stringify(input.indicators),
          severity: input.severity,
          knowledge: input.knowledge,
          links: JSON.stringify(input.links),
          status: "submitted",
          submitted_at: at,
          updated_at: at,
        })
        .returning("id"),
    );
    if (!alert) throw new Error(`The alert ${guid} was not stored`);
    executeSync(
      sqlite,
      db.insertInto("alert_events").values({
        alert_id: alert.id,
        at,
        actor_user_id: reporter.userId ?? null,
        kind: "status",
        from_status: null,
        to_status: "submitted",
        note: null,
      }),
    );
    recordAuditSync(db, sqlite, [
      {
        at: now,
        actor: {
          kind: reporter.userId !== undefined ? "user" : "api-key",
          userId: reporter.userId ?? null,
          apiKeyId: reporter.apiKeyId ?? null,
        },
        action: "alert.submit",
        alertId: alert.id,
        detail: { status: "submitted" },
      },
    ]);
    return { id: alert.id, isDuplicate: false };
  });
  const { id, isDuplicate } = store.immediate();
  return { record: await loadAlertRecord(db, id), isDuplicate };
}

/** One alert's record by id, or NotFoundError. */
export async function loadAlertRecord(db: Kysely<Database>, id: number): Promise<AlertRecord> {
  const row = await selectAlerts(db).where("a.id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("alert", "id", id);
  return toAlertRecord(row);
}
