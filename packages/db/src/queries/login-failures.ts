import type { Kysely } from "kysely";
import type { Database } from "../database.ts";

/** What failed logins are counted by: the account (email as typed) or the client's address. */
export type LoginFailureScope = "account" | "ip";

/** Records a failed login against each of the given scopes. */
export async function recordLoginFailure(
  db: Kysely<Database>,
  options: { subjects: readonly { scope: LoginFailureScope; subject: string }[]; at: Date },
): Promise<void> {
  if (options.subjects.length === 0) return;
  const at = options.at.toISOString();
  await db
    .insertInto("login_failures")
    .values(options.subjects.map(({ scope, subject }) => ({ scope, subject, at })))
    .execute();
}

/** Failures for a subject after an instant: how many, and the oldest of them (when the window frees up). */
export async function countLoginFailures(
  db: Kysely<Database>,
  options: { scope: LoginFailureScope; subject: string; since: Date },
): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .selectFrom("login_failures")
    .select((eb) => [eb.fn.countAll<number>().as("count"), eb.fn.min("at").as("oldest")])
    .where("scope", "=", options.scope)
    .where("subject", "=", options.subject)
    // Strictly after: at `oldest + window` the oldest failure has left the window, as retry times promise.
    .where("at", ">", options.since.toISOString())
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), oldest: row?.oldest ?? null };
}

/** Forgets an account's failures after a successful login (the address's failures stay counted). */
export async function clearLoginFailures(
  db: Kysely<Database>,
  options: { scope: LoginFailureScope; subject: string },
): Promise<void> {
  await db
    .deleteFrom("login_failures")
    .where("scope", "=", options.scope)
    .where("subject", "=", options.subject)
    .execute();
}

/** Deletes failures older than an instant, which no limit looks at any more. */
export async function pruneLoginFailures(db: Kysely<Database>, options: { before: Date }): Promise<void> {
  await db.deleteFrom("login_failures").where("at", "<", options.before.toISOString()).execute();
}
