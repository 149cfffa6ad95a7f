import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import { NotFoundError } from "../errors.ts";
import type { ApiKey } from "../schemas/account.ts";

function selectKeys(db: Kysely<Database>) {
  return db
    .selectFrom("api_keys as k")
    .innerJoin("organisations as o", "o.id", "k.org_id")
    .select([
      "k.id",
      "k.org_id",
      "o.name as org_name",
      "k.label",
      "k.key_prefix",
      "k.created_at",
      "k.last_used_at",
      "k.revoked_at",
    ]);
}

function toApiKey(
  row: Awaited<ReturnType<ReturnType<typeof selectKeys>["executeTakeFirstOrThrow"]>>,
): ApiKey {
  return {
    id: row.id,
    organisation: { id: row.org_id, name: row.org_name },
    label: row.label,
    prefix: row.key_prefix,
    createdAt: row.created_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
  };
}

/** Stores a new key by its sha256; the key itself is shown once by the caller and never stored. */
export async function createApiKey(
  db: Kysely<Database>,
  options: {
    orgId: number;
    label: string;
    keyHash: string;
    keyPrefix: string;
    createdByUserId: number | null;
    now: Date;
  },
): Promise<ApiKey> {
  const { id } = await db
    .insertInto("api_keys")
    .values({
      org_id: options.orgId,
      label: options.label,
      key_hash: options.keyHash,
      key_prefix: options.keyPrefix,
      created_by_user_id: options.createdByUserId,
      created_at: options.now.toISOString(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return getApiKey(db, id);
}

/** A key by id, or NotFoundError. */
export async function getApiKey(db: Kysely<Database>, id: number): Promise<ApiKey> {
  const row = await selectKeys(db).where("k.id", "=", id).executeTakeFirst();
  if (!row) throw new NotFoundError("API key", "id", id);
  return toApiKey(row);
}

/** Every key, newest first. */
export async function listApiKeys(db: Kysely<Database>): Promise<ApiKey[]> {
  return (await selectKeys(db).orderBy("k.id", "desc").execute()).map(toApiKey);
}

/** The live (not revoked) key with this hash, marking it used; null when there is none. */
export async function useApiKey(
  db: Kysely<Database>,
  options: { keyHash: string; now: Date },
): Promise<{ id: number; orgId: number } | null> {
  const row = await db
    .selectFrom("api_keys")
    .select(["id", "org_id"])
    .where("key_hash", "=", options.keyHash)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  if (!row) return null;
  await db
    .updateTable("api_keys")
    .set({ last_used_at: options.now.toISOString() })
    .where("id", "=", row.id)
    .execute();
  return { id: row.id, orgId: row.org_id };
}

/** Revokes a key at once; requests carrying it are refused from then on. */
export async function revokeApiKey(
  db: Kysely<Database>,
  options: { id: number; now: Date },
): Promise<ApiKey> {
  await getApiKey(db, options.id);
  await db
    .updateTable("api_keys")
    .set({ revoked_at: options.now.toISOString() })
    .where("id", "=", options.id)
    .where("revoked_at", "is", null)
    .execute();
  return getApiKey(db, options.id);
}
