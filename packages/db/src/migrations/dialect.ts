import { type CreateTableBuilder, type Kysely, SqliteAdapter, sql } from "kysely";

// The only SQLite-specific DDL lives here, so a Postgres dialect needs changes in one file.

/** Whether a migration runs against SQLite. */
export function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** An auto-numbered integer primary key: SQLite's rowid alias, `serial` elsewhere. */
export function withIdColumn<T extends string>(db: Kysely<unknown>, table: CreateTableBuilder<T, never>) {
  return isSqlite(db)
    ? table.addColumn("id", "integer", (column) => column.primaryKey())
    : table.addColumn("id", "serial", (column) => column.primaryKey());
}

/**
 * Makes a SQLite table clustered on its primary key (WITHOUT ROWID). The aggregate tables are read
 * by primary-key range, so this turns the map query into one sequential range scan.
 */
export function clusteredOnPrimaryKey<T extends string, C extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C> {
  return isSqlite(db) ? table.modifyEnd(sql`without rowid`) : table;
}

/**
 * Makes a table append-only: UPDATE and DELETE abort with `message`. On SQLite, triggers; elsewhere
 * nothing yet (a Postgres dialect would add a rule or a trigger function here).
 */
export async function refuseUpdatesAndDeletes(
  db: Kysely<unknown>,
  table: string,
  message: string,
): Promise<void> {
  if (!isSqlite(db)) return;
  for (const action of ["update", "delete"] as const) {
    await sql`create trigger ${sql.id(`${table}_no_${action}`)} before ${sql.raw(action)} on ${sql.table(table)}
      begin select raise(abort, ${sql.lit(message)}); end`.execute(db);
  }
}
