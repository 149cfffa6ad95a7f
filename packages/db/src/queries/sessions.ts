import type { Kysely } from "kysely";
import type { Database } from "../database.ts";
import type { User } from "../schemas/account.ts";
import { getUser } from "./users.ts";

/** A stored session with its user, as a request resolves its cookie. */
export interface SessionWithUser {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
  user: User;
}

/** Stores a new session; `id` is the sha256 of the cookie's token (the token itself is never stored). */
export async function createSession(
  db: Kysely<Database>,
  options: { id: string; userId: number; now: Date; expiresAt: Date },
): Promise<void> {
  const now = options.now.toISOString();
  await db
    .insertInto("sessions")
    .values({
      id: options.id,
      user_id: options.userId,
      created_at: now,
      last_seen_at: now,
      expires_at: options.expiresAt.toISOString(),
      revoked_at: null,
    })
    .execute();
}

/** The session with this id and its user, whatever its state; the caller decides whether it still holds. */
export async function findSession(db: Kysely<Database>, id: string): Promise<SessionWithUser | null> {
  const row = await db
    .selectFrom("sessions")
    .select(["id", "user_id", "created_at", "last_seen_at", "expires_at", "revoked_at"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
    user: await getUser(db, row.user_id),
  };
}

/** Records activity on a session, which moves its idle expiry. */
export async function touchSession(db: Kysely<Database>, options: { id: string; now: Date }): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ last_seen_at: options.now.toISOString() })
    .where("id", "=", options.id)
    .execute();
}

/** Ends one session (logout). */
export async function revokeSession(db: Kysely<Database>, options: { id: string; now: Date }): Promise<void> {
  await db
    .updateTable("sessions")
    .set({ revoked_at: options.now.toISOString() })
    .where("id", "=", options.id)
    .where("revoked_at", "is", null)
    .execute();
}

/** Ends every open session of a user (admin revoke, password change, disabling); returns how many. */
export async function revokeUserSessions(
  db: Kysely<Database>,
  options: { userId: number; now: Date; exceptId?: string },
): Promise<number> {
  let query = db
    .updateTable("sessions")
    .set({ revoked_at: options.now.toISOString() })
    .where("user_id", "=", options.userId)
    .where("revoked_at", "is", null);
  if (options.exceptId !== undefined) query = query.where("id", "!=", options.exceptId);
  const result = await query.executeTakeFirst();
  return Number(result.numUpdatedRows);
}
