import { type Kysely, type Migration, type MigrationResultSet, Migrator } from "kysely";
import type { Database } from "../database.ts";
import { sourcesAndItems } from "./0001-sources-and-items.ts";
import { countryAggregates } from "./0002-country-aggregates.ts";
import { membersAndAlerts } from "./0003-members-and-alerts.ts";
import { snapshots } from "./0004-snapshots.ts";
import { clusterBandsByDay } from "./0005-cluster-bands-by-day.ts";
import { clusterBandDays } from "./0006-cluster-band-days.ts";
import { clusterCountryDays } from "./0007-cluster-country-days.ts";

/** Every migration, in order. Names sort in the order they run; never rename or reorder one. */
export const MIGRATIONS: Readonly<Record<string, Migration>> = {
  "0001-sources-and-items": sourcesAndItems,
  "0002-country-aggregates": countryAggregates,
  "0003-members-and-alerts": membersAndAlerts,
  "0004-snapshots": snapshots,
  "0005-cluster-bands-by-day": clusterBandsByDay,
  "0006-cluster-band-days": clusterBandDays,
  "0007-cluster-country-days": clusterCountryDays,
};

/** Brings the schema up to date; a no-op when it already is. Throws the failing migration's error. */
export async function migrateToLatest(db: Kysely<Database>): Promise<MigrationResultSet> {
  // An in-code provider: bundlers and tsx run the same list, and nothing globs the file system.
  const migrator = new Migrator({ db, provider: { getMigrations: async () => ({ ...MIGRATIONS }) } });
  const result = await migrator.migrateToLatest();
  if (result.error) {
    const failed = result.results?.find((entry) => entry.status === "Error")?.migrationName ?? "unknown";
    throw new Error(`Migration '${failed}' failed`, { cause: result.error });
  }
  return result;
}
