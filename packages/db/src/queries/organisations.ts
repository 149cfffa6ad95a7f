import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { ConflictError, NotFoundError } from "../errors.ts";
import { sqliteHandleOf } from "../open-database.ts";
import { parseInput } from "../parse-input.ts";
import { type Organisation, OrganisationNameSchema } from "../schemas/account.ts";
import { executeSync, selectSync } from "./alerts/sync-query.ts";

/** Alert channels start at full reliability; review status then scales each alert (alertWeight). */
const ALERT_SOURCE_RELIABILITY = 1;

/**
 * Adds an organisation with its own alert source, so its members' reports count as one independent
 * source and corroborate other organisations' reports. The source is named by the organisation's id,
 * never its name, which only its coordinators and admins may see next to an alert.
 */
export async function createOrganisation(
  db: Kysely<Database>,
  options: { name: string; now: Date },
): Promise<Organisation> {
  const name = parseInput(OrganisationNameSchema, options.name, "organisation name");
  const sqlite = sqliteHandleOf(db, "createOrganisation");
  const now = options.now.toISOString();
  // Immediate: the id read here is still free when the rows are written, in any process.
  const create = sqlite.transaction((): Organisation => {
    const [clash] = selectSync(sqlite, db.selectFrom("organisations").select("id").where("name", "=", name));
    if (clash) throw new ConflictError(`An organisation named '${name}' already exists (id ${clash.id})`);
    const [last] = selectSync(
      sqlite,
      db.selectFrom("organisations").select((eb) => eb.fn.max("id").as("id")),
    );
    const id = (last?.id ?? 0) + 1;
    const channel = `member-org-${id}`;
    const [source] = selectSync(
      sqlite,
      db
        .insertInto("sources")
        .values({
          kind: "alert",
          name: channel,
          url: `alert:${channel}`,
          lang: "und",
          reliability: ALERT_SOURCE_RELIABILITY,
          poll_interval_seconds: 0,
          enabled: 0,
          consecutive_failures: 0,
          items_seen: 0,
          created_at: now,
          updated_at: now,
        })
        .returning("id"),
    );
    if (!source) throw new Error(`Could not create the alert source of organisation ${id}`);
    executeSync(
      sqlite,
      db.insertInto("organisations").values({ id, name, alert_source_id: source.id, created_at: now }),
    );
    return { id, name, createdAt: now };
  });
  return create.immediate();
}

/** Every organisation, by name. */
export async function listOrganisations(db: Kysely<Database>): Promise<Organisation[]> {
  return db
    .selectFrom("organisations")
    .select(["id", "name", "created_at as createdAt"])
    .orderBy("name")
    .execute();
}

/** The organisation with this name, or NotFoundError naming it. */
export async function getOrganisationByName(db: Kysely<Database>, name: string): Promise<Organisation> {
  const row = await db
    .selectFrom("organisations")
    .select(["id", "name", "created_at as createdAt"])
    .where("name", "=", name.trim())
    .executeTakeFirst();
  if (!row) throw new NotFoundError("organisation", "name", name.trim());
  return row;
}
