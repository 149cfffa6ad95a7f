import type BetterSqlite3 from "better-sqlite3";
import type { Compilable } from "kysely";

// Kysely builds the SQL (typed, explicit columns); these run it synchronously on the better-sqlite3
// handle, so a review or a submission can read and write inside one synchronous transaction that no
// other request can interleave with.

/** Runs a compiled select and returns its rows. */
export function selectSync<R>(sqlite: BetterSqlite3.Database, query: Compilable<R>): R[] {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).all(...(compiled.parameters as unknown[])) as R[];
}

/** Runs a compiled insert, update or delete. */
export function executeSync(
  sqlite: BetterSqlite3.Database,
  query: Compilable<unknown>,
): BetterSqlite3.RunResult {
  const compiled = query.compile();
  return sqlite.prepare(compiled.sql).run(...(compiled.parameters as unknown[]));
}
