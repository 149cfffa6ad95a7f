import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateToLatest, openDatabase, type VigilDatabase } from "@vigil/db";
import { databaseFile } from "../env.ts";

/** A migrated SQLite file in a fresh temp data dir; `close()` also deletes the dir. */
export interface TempDatabase extends VigilDatabase {
  dataDir: string;
  file: string;
}

/** Opens a real SQLite database in a temporary data directory, as the server lays it out. */
export async function openTempDatabase(): Promise<TempDatabase> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vigil-server-"));
  const file = databaseFile(dataDir);
  const opened = openDatabase({ file });
  await migrateToLatest(opened.db);
  return {
    ...opened,
    dataDir,
    file,
    async close() {
      await opened.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A clock pinned to one instant, as tests pass to contexts and pollers. */
export function fixedClock(iso: string): () => Date {
  const instant = new Date(iso);
  return () => new Date(instant);
}
