import type { LoginFailureScope } from "@vigil/db";

/**
 * Failed logins allowed per account (the email typed, whether or not it exists) and per client
 * address within a sliding window. Five guesses per 15 minutes makes guessing a 12-character password
 * hopeless; the per-address limit stops one machine spraying many accounts.
 */
export const LOGIN_LIMITS: Record<LoginFailureScope, { maxFailures: number; windowMs: number }> = {
  account: { maxFailures: 5, windowMs: 15 * 60_000 },
  ip: { maxFailures: 20, windowMs: 15 * 60_000 },
};

/** When a locked subject may try again: when its oldest failure in the window leaves it. */
export function retryAtOf(oldestFailure: string, scope: LoginFailureScope): Date {
  return new Date(Date.parse(oldestFailure) + LOGIN_LIMITS[scope].windowMs);
}

/** "14:05 UTC", rounded up to the minute so that "after 14:05 UTC" is true; the date too when not `now`'s day. */
export function formatUtcMinute(instant: Date, now: Date): string {
  const rounded = new Date(Math.ceil(instant.getTime() / 60_000) * 60_000);
  const time = rounded.toISOString().slice(11, 16);
  const day = rounded.toISOString().slice(0, 10);
  return day === now.toISOString().slice(0, 10) ? `${time} UTC` : `${day} ${time} UTC`;
}

/** The message for a locked account or address. */
export function tooManyAttemptsMessage(scope: LoginFailureScope, retryAt: Date, now: Date): string {
  const who = scope === "account" ? "this account" : "this network address";
  return `Too many failed attempts for ${who}; try again after ${formatUtcMinute(retryAt, now)}`;
}
