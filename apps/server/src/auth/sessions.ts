import {
  createSession,
  findSession,
  revokeSession,
  type SessionWithUser,
  touchSession,
  type VigilDatabase,
} from "@vigil/db";
import type { AuthSettings } from "../env.ts";
import { generateSessionToken, sha256Hex } from "./tokens.ts";

type Db = VigilDatabase["db"];

// Writing last_seen_at on every request would make every read a write; a minute's slack in the idle
// timeout costs nothing.
const TOUCH_EVERY_MS = 60_000;

/** Starts a session: the token goes in the cookie, its sha256 in the database. */
export async function startSession(
  db: Db,
  options: { userId: number; now: Date; auth: AuthSettings },
): Promise<{ token: string; maxAgeSeconds: number }> {
  const token = generateSessionToken();
  const expiresAt = new Date(options.now.getTime() + options.auth.sessionMaxMs);
  await createSession(db, { id: sha256Hex(token), userId: options.userId, now: options.now, expiresAt });
  return { token, maxAgeSeconds: options.auth.sessionMaxMs / 1000 };
}

/** Why a session token no longer signs anyone in. */
export type SessionEnd = "unknown" | "revoked" | "expired" | "idle" | "disabled";

/** The words for a session's end, as the sign-in page shows them. */
export const SESSION_END_MESSAGES: Record<SessionEnd, string> = {
  unknown: "You are not signed in; sign in first",
  revoked: "Your session was ended (signed out or revoked); sign in again",
  expired: "Your session reached its time limit; sign in again",
  idle: "Your session ended after a period without activity; sign in again",
  disabled: "This account is disabled; ask an admin",
};

/**
 * The session a cookie's token names, if it still holds: not revoked, before its absolute expiry, used
 * within the idle timeout, and its user not disabled. Activity moves the idle timeout.
 */
export async function resolveSession(
  db: Db,
  options: { token: string; now: Date; auth: AuthSettings },
): Promise<{ session: SessionWithUser } | { ended: SessionEnd }> {
  const session = await findSession(db, sha256Hex(options.token));
  const now = options.now.getTime();
  if (!session) return { ended: "unknown" };
  if (session.revokedAt !== null) return { ended: "revoked" };
  if (now >= Date.parse(session.expiresAt)) return { ended: "expired" };
  if (now - Date.parse(session.lastSeenAt) >= options.auth.sessionIdleMs) {
    // An idle session stays ended even if the clock were turned back.
    await revokeSession(db, { id: session.id, now: options.now });
    return { ended: "idle" };
  }
  if (session.user.disabledAt !== null) return { ended: "disabled" };
  if (now - Date.parse(session.lastSeenAt) >= TOUCH_EVERY_MS)
    await touchSession(db, { id: session.id, now: options.now });
  return { session };
}
