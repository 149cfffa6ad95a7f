import type { Kysely } from "kysely";
import { alertEvidenceOf } from "../../alerts/redact-alert.ts";
import type { Viewer } from "../../alerts/viewer.ts";
import type { Database } from "../../database.ts";
import type { AlertEvidence } from "../../schemas/alert-views.ts";
import { selectAlerts, toAlertRecord } from "./alert-rows.ts";

/**
 * The alert behind each of some items (news items have none), redacted for the viewer. Evidence
 * queries (findItems, countryDetail, snapshots) attach these, so every list that shows an alert says
 * whether it is verified and hides its reporter and exact place from whoever may not see them.
 */
export async function alertEvidenceByItem(
  db: Kysely<Database>,
  itemIds: readonly number[],
  viewer: Viewer | null,
): Promise<Map<number, AlertEvidence>> {
  const byItem = new Map<number, AlertEvidence>();
  if (itemIds.length === 0) return byItem;
  const rows = await selectAlerts(db)
    .where("a.item_id", "in", [...itemIds])
    .execute();
  for (const row of rows) byItem.set(row.item_id, alertEvidenceOf(toAlertRecord(row), viewer));
  return byItem;
}
