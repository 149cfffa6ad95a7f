/** The session cookie's name. */
export const SESSION_COOKIE = "vigil_session";

/** The cookies of a request's Cookie header, by name (the first of duplicates wins). */
export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index <= 0) continue;
    const name = part.slice(0, index).trim();
    if (!cookies.has(name)) cookies.set(name, part.slice(index + 1).trim());
  }
  return cookies;
}

/**
 * The Set-Cookie value for a session: HttpOnly (no script reads it), SameSite=Strict (no other site's
 * page sends it), Path=/, Secure when served over https. An empty token with max age 0 deletes it.
 */
export function sessionCookie(token: string, options: { maxAgeSeconds: number; isSecure: boolean }): string {
  const parts = [
    `${SESSION_COOKIE}=${token}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Strict",
    `Max-Age=${Math.max(0, Math.floor(options.maxAgeSeconds))}`,
  ];
  if (options.isSecure) parts.push("Secure");
  return parts.join("; ");
}
