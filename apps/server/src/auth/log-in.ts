import {
  clearLoginFailures,
  countLoginFailures,
  findLoginAccount,
  getUser,
  type LoginFailureScope,
  recordAudit,
  recordLoginFailure,
  type User,
  type VigilDatabase,
} from "@vigil/db";
import type { AuthSettings } from "../env.ts";
import { ForbiddenError, TooManyAttemptsError, UnauthorizedError } from "./auth-errors.ts";
import { LOGIN_LIMITS, retryAtOf, tooManyAttemptsMessage } from "./login-limits.ts";
import { verifyDecoy, verifyPassword } from "./password.ts";
import { startSession } from "./sessions.ts";

/** Options for logIn. */
export interface LogInOptions {
  email: string;
  password: string;
  /** The client's address; null in-process (tests, CLI), where only the account limit applies. */
  clientAddress: string | null;
  now: Date;
  auth: AuthSettings;
}

/**
 * Signs in: refuses at once while the account or the address is over its failure limit (even with the
 * right password, so guessing cannot go on), then checks the password in constant time (unknown emails
 * cost the same), counts a failure against both, and on success starts a session.
 */
export async function logIn(
  db: VigilDatabase["db"],
  options: LogInOptions,
): Promise<{ user: User; token: string; maxAgeSeconds: number }> {
  const { email, password, clientAddress, now } = options;
  const subjects: { scope: LoginFailureScope; subject: string }[] = [{ scope: "account", subject: email }];
  if (clientAddress !== null) subjects.push({ scope: "ip", subject: clientAddress });
  for (const { scope, subject } of subjects) {
    const since = new Date(now.getTime() - LOGIN_LIMITS[scope].windowMs);
    const failures = await countLoginFailures(db, { scope, subject, since });
    if (failures.count >= LOGIN_LIMITS[scope].maxFailures && failures.oldest !== null) {
      const retryAt = retryAtOf(failures.oldest, scope);
      throw new TooManyAttemptsError(tooManyAttemptsMessage(scope, retryAt, now), retryAt);
    }
  }
  const account = await findLoginAccount(db, email);
  const isMatch = account
    ? await verifyPassword(password, account.passwordHash)
    : await verifyDecoy(password);
  if (!account || !isMatch) {
    await recordLoginFailure(db, { subjects, at: now });
    const since = new Date(now.getTime() - LOGIN_LIMITS.account.windowMs);
    const { count } = await countLoginFailures(db, { scope: "account", subject: email, since });
    const left = LOGIN_LIMITS.account.maxFailures - count;
    const minutes = LOGIN_LIMITS.account.windowMs / 60_000;
    throw new UnauthorizedError(
      left > 0
        ? `Wrong email or password (${left} attempt${left === 1 ? "" : "s"} left before a ${minutes}-minute pause)`
        : `Wrong email or password; this account is now paused for ${minutes} minutes`,
    );
  }
  if (account.isDisabled) throw new ForbiddenError("This account is disabled; ask an admin");
  await clearLoginFailures(db, { scope: "account", subject: email });
  const session = await startSession(db, { userId: account.id, now, auth: options.auth });
  await recordAudit(db, [
    {
      at: now,
      actor: { kind: "user", userId: account.id, apiKeyId: null },
      action: "auth.login",
      targetUserId: account.id,
      detail: { address: clientAddress },
    },
  ]);
  return { user: await getUser(db, account.id), ...session };
}
