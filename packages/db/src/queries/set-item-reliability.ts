import type { Kysely } from "kysely";
import type { Database, SourceType } from "../database.ts";
import { NotFoundError, ValidationError } from "../errors.ts";
import { sqliteHandleOf } from "../open-database.ts";
import { AggregateDeltas } from "./aggregate-deltas.ts";
import { applyClusterEvidence, loadClusterMembers } from "./apply-cluster-evidence.ts";
import { storeStatements } from "./store-statements.ts";

/** Options for setItemReliability. */
export interface SetItemReliabilityOptions {
  itemId: number;
  /** The new reliability 0–1, e.g. an alert's full source reliability once a reviewer verified it. */
  reliability: number;
}

/**
 * Changes one item's reliability and moves its story's evidence and the country aggregates by the
 * difference, in one transaction. For review: a verified field alert stops counting at
 * UNVERIFIED_ALERT_FACTOR; a rejected one can be set to 0.
 */
export async function setItemReliability(
  db: Kysely<Database>,
  options: SetItemReliabilityOptions,
): Promise<void> {
  setItemReliabilitySync(db, options);
}

/** setItemReliability, synchronously, so a review can change an alert's status and weight in one transaction. */
export function setItemReliabilitySync(db: Kysely<Database>, options: SetItemReliabilityOptions): void {
  if (!(options.reliability >= 0 && options.reliability <= 1)) {
    throw new ValidationError(`Reliability must be between 0 and 1, not ${options.reliability}`, {
      path: "reliability",
    });
  }
  const sqlite = sqliteHandleOf(db, "setItemReliability");
  const statements = storeStatements(sqlite);
  const select = sqlite.prepare<[number], { cluster_id: number | null; source_type: SourceType }>(
    "SELECT cluster_id, source_type FROM items WHERE id = ?",
  );
  const update = sqlite.prepare<[number, number]>("UPDATE items SET reliability = ? WHERE id = ?");
  sqlite.transaction(() => {
    const item = select.get(options.itemId);
    if (!item) throw new NotFoundError("item", "id", options.itemId);
    update.run(options.reliability, options.itemId);
    if (item.cluster_id === null) return;
    const aggregates = new AggregateDeltas();
    applyClusterEvidence(
      statements,
      item.cluster_id,
      aggregates,
      loadClusterMembers(statements, item.cluster_id),
      false,
    );
    aggregates.flush(statements, item.source_type);
  })();
}
