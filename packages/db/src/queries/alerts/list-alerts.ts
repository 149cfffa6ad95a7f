import type { Kysely } from "kysely";
import { redactAlert } from "../../alerts/redact-alert.ts";
import { canReview, type Viewer } from "../../alerts/viewer.ts";
import type { Database } from "../../database.ts";
import { NotFoundError } from "../../errors.ts";
import { parseInput } from "../../parse-input.ts";
import type { AlertStatus } from "../../schemas/alert.ts";
import type { AlertView } from "../../schemas/alert-views.ts";
import { type ReviewListInput, ReviewListSchema } from "../../schemas/review.ts";
import { type AlertRow, alertEventsFor, selectAlerts, toAlertRecord } from "./alert-rows.ts";

/** The statuses a review queue shows unless asked otherwise: those still waiting for a decision. */
export const OPEN_STATUSES: readonly AlertStatus[] = ["submitted", "in-review", "needs-info"];

/** Most alerts a reporter's own list shows. */
const OWN_ALERTS_LIMIT = 200;

async function viewsOf(
  db: Kysely<Database>,
  rows: readonly AlertRow[],
  viewer: Viewer,
): Promise<AlertView[]> {
  const events = await alertEventsFor(
    db,
    rows.map((row) => row.id),
  );
  return rows.map((row) => redactAlert(toAlertRecord(row), events.get(row.id) ?? [], viewer));
}

/** The viewer's own alerts, newest first, with their timelines. */
export async function listOwnAlerts(db: Kysely<Database>, options: { viewer: Viewer }): Promise<AlertView[]> {
  const rows = await selectAlerts(db)
    .where("a.reporter_user_id", "=", options.viewer.userId)
    .orderBy("a.submitted_at", "desc")
    .orderBy("a.id", "desc")
    .limit(OWN_ALERTS_LIMIT)
    .execute();
  return viewsOf(db, rows, options.viewer);
}

/**
 * One alert for its reporter or a reviewer (admins, coordinators of its organisation or of all).
 * Anyone else is told it does not exist, so ids reveal nothing.
 */
export async function getAlert(
  db: Kysely<Database>,
  options: { id: number; viewer: Viewer },
): Promise<AlertView> {
  const row = await selectAlerts(db).where("a.id", "=", options.id).executeTakeFirst();
  const isVisible =
    row !== undefined &&
    (row.reporter_user_id === options.viewer.userId || canReview(row.org_id, options.viewer));
  if (!row || !isVisible) throw new NotFoundError("alert", "id", options.id);
  const [view] = await viewsOf(db, [row], options.viewer);
  if (!view) throw new NotFoundError("alert", "id", options.id);
  return view;
}

/**
 * The review queue: alerts the viewer may review, oldest first (the longest waiting on top), filtered
 * by status (open ones by default), country, indicator (the scorer's or the reporter's) and age.
 */
export async function listReviewQueue(
  db: Kysely<Database>,
  options: { viewer: Viewer; filters: ReviewListInput },
): Promise<AlertView[]> {
  const filters = parseInput(ReviewListSchema, options.filters, "review queue filters");
  const { viewer } = options;
  let query = selectAlerts(db).where("a.status", "in", filters.statuses ?? [...OPEN_STATUSES]);
  if (viewer.role !== "admin" && !viewer.canReviewAllOrgs) {
    // A viewer who reviews no organisation gets an empty queue, not an error.
    if (viewer.role !== "coordinator" || viewer.orgId === null) return [];
    query = query.where("a.org_id", "=", viewer.orgId);
  }
  if (filters.country !== undefined) query = query.where("a.country", "=", filters.country);
  if (filters.indicator !== undefined) {
    const indicator = filters.indicator;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom("item_signals as s")
          .select("s.item_id")
          .whereRef("s.item_id", "=", "a.item_id")
          .where("s.indicator", "=", indicator),
      ),
    );
  }
  if (filters.submittedAfter !== undefined)
    query = query.where("a.submitted_at", ">=", new Date(filters.submittedAfter).toISOString());
  if (filters.submittedBefore !== undefined)
    query = query.where("a.submitted_at", "<", new Date(filters.submittedBefore).toISOString());
  const rows = await query.orderBy("a.submitted_at").orderBy("a.id").limit(filters.limit).execute();
  return viewsOf(
    db,
    rows.filter((row) => canReview(row.org_id, viewer)),
    viewer,
  );
}
