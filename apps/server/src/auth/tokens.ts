import { createHash, randomBytes } from "node:crypto";

/** The prefix of every API key, so a leaked key is recognisable in logs and secret scanners. */
export const API_KEY_PREFIX = "vgk_";

/** sha256 of a secret, hex: what is stored for session tokens and API keys. */
export function sha256Hex(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** A new session token (256 bits); the cookie carries it, the database only its sha256. */
export function generateSessionToken(): string {
  return randomBytes(32).toString("base64url");
}

/** A new API key, its hash (stored) and a prefix (stored, for telling keys apart). */
export function generateApiKey(): { key: string; hash: string; prefix: string } {
  const key = `${API_KEY_PREFIX}${randomBytes(32).toString("base64url")}`;
  return { key, hash: sha256Hex(key), prefix: key.slice(0, API_KEY_PREFIX.length + 6) };
}
