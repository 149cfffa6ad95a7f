import type { Kysely } from "kysely";
import type { AlertRecord } from "../../alerts/alert-record.ts";
import { alertWeight } from "../../alerts/alert-weight.ts";
import { canReview, type Viewer } from "../../alerts/viewer.ts";
import type { Database } from "../../database.ts";
import { ConflictError, NotFoundError } from "../../errors.ts";
import { sqliteHandleOf } from "../../open-database.ts";
import { parseInput } from "../../parse-input.ts";
import { ALERT_STATUS_LABELS, type AlertStatus } from "../../schemas/alert.ts";
import {
  canApplyAction,
  REVIEW_ACTION_RULES,
  type ReviewUpdate,
  ReviewUpdateSchema,
} from "../../schemas/review.ts";
import { recordAuditSync } from "../audit-log.ts";
import { setItemReliabilitySync } from "../set-item-reliability.ts";
import { moveAlertCoverage } from "./alert-coverage.ts";
import { selectAlerts, toAlertRecord } from "./alert-rows.ts";
import { executeSync, selectSync } from "./sync-query.ts";

/**
 * Applies one review action to one or more alerts, all or none: every alert must exist, be the viewer's
 * to review, and be in a status the action applies to, or nothing changes and the error names the first
 * that is not. Each change writes the status, a timeline entry (with the reason or question), an audit
 * entry, and the alert's new weight on the map (verified 1, unverified 0.5, dismissed 0, with coverage),
 * in one transaction.
 */
export async function reviewAlerts(
  db: Kysely<Database>,
  options: { update: ReviewUpdate; viewer: Viewer; now: Date },
): Promise<AlertRecord[]> {
  const { ids, action, note } = parseInput(ReviewUpdateSchema, options.update, "review");
  const { viewer, now } = options;
  const rule = REVIEW_ACTION_RULES[action];
  const sqlite = sqliteHandleOf(db, "reviewAlerts");
  const apply = sqlite.transaction(() => {
    const rows = selectSync(sqlite, selectAlerts(db).where("a.id", "in", ids));
    const byId = new Map(rows.map((row) => [row.id, toAlertRecord(row)]));
    for (const id of ids) {
      const alert = byId.get(id);
      // Alerts outside the viewer's organisations are reported missing: ids reveal nothing.
      if (!alert || !canReview(alert.orgId, viewer)) throw new NotFoundError("alert", "id", id);
      if (!canApplyAction(action, alert.status)) {
        const allowed = rule.from.map((status) => ALERT_STATUS_LABELS[status].toLowerCase()).join(" or ");
        throw new ConflictError(
          `Alert ${id} is ${ALERT_STATUS_LABELS[alert.status].toLowerCase()}; '${rule.label}' applies only to alerts ${allowed}`,
        );
      }
    }
    for (const id of ids) {
      const alert = byId.get(id) as AlertRecord;
      changeStatus(db, { alert, to: rule.to, note: note ?? null, actorUserId: viewer.userId, now, action });
    }
  });
  apply.immediate();
  const rows = await selectAlerts(db).where("a.id", "in", ids).execute();
  return rows.map(toAlertRecord);
}

/**
 * The reporter answers a coordinator's question: the answer joins the timeline and the alert goes back
 * to review.
 */
export async function answerAlert(
  db: Kysely<Database>,
  options: { id: number; answer: string; viewer: Viewer; now: Date },
): Promise<AlertRecord> {
  const { id, viewer, now } = options;
  const sqlite = sqliteHandleOf(db, "answerAlert");
  const apply = sqlite.transaction(() => {
    const [row] = selectSync(sqlite, selectAlerts(db).where("a.id", "=", id));
    if (!row || row.reporter_user_id !== viewer.userId) throw new NotFoundError("alert", "id", id);
    const alert = toAlertRecord(row);
    if (alert.status !== "needs-info") {
      throw new ConflictError(
        `Alert ${id} is ${ALERT_STATUS_LABELS[alert.status].toLowerCase()}; only an alert that needs more information takes an answer`,
      );
    }
    executeSync(
      sqlite,
      db.insertInto("alert_events").values({
        alert_id: id,
        at: now.toISOString(),
        actor_user_id: viewer.userId,
        kind: "answer",
        from_status: null,
        to_status: null,
        note: options.answer,
      }),
    );
    changeStatus(db, {
      alert,
      to: "in-review",
      note: null,
      actorUserId: viewer.userId,
      now,
      action: "answer",
    });
  });
  apply.immediate();
  const [row] = await selectAlerts(db).where("a.id", "=", id).execute();
  if (!row) throw new NotFoundError("alert", "id", id);
  return toAlertRecord(row);
}

/** Writes one status change with its timeline entry, audit entry and weight; inside the caller's transaction. */
function changeStatus(
  db: Kysely<Database>,
  change: {
    alert: AlertRecord;
    to: AlertStatus;
    note: string | null;
    actorUserId: number;
    now: Date;
    action: string;
  },
): void {
  const sqlite = sqliteHandleOf(db, "changeStatus");
  const { alert, to, note, actorUserId, now } = change;
  const at = now.toISOString();
  executeSync(
    sqlite,
    db.updateTable("alerts").set({ status: to, updated_at: at }).where("id", "=", alert.id),
  );
  executeSync(
    sqlite,
    db.insertInto("alert_events").values({
      alert_id: alert.id,
      at,
      actor_user_id: actorUserId,
      kind: "status",
      from_status: alert.status,
      to_status: to,
      note,
    }),
  );
  recordAuditSync(db, sqlite, [
    {
      at: now,
      actor: { kind: "user", userId: actorUserId, apiKeyId: null },
      action: "alert.status",
      alertId: alert.id,
      detail: { action: change.action, from: alert.status, to, note },
    },
  ]);
  const before = alertWeight(alert.status);
  const after = alertWeight(to);
  if (before !== after) setItemReliabilitySync(db, { itemId: alert.itemId, reliability: after });
  if ((before === 0) !== (after === 0)) moveAlertCoverage(sqlite, alert.itemId, after === 0 ? -1 : 1);
}
