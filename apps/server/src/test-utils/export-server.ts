import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateToLatest, openDatabase, type Role } from "@vigil/db";
import { createContextInner } from "../context.ts";
import { databaseFile, loadConfig } from "../env.ts";
import { parseCsv } from "../exports/csv.ts";
import { createCaller } from "../routers/root.ts";
import { type RunningServer, startServer } from "../server.ts";
import { seedHostileTitles } from "./seed-hostile.ts";
import { seedSudanReports } from "./seed-items.ts";
import { type SeededReader, seedReadersAndAlert } from "./seed-readers.ts";
import { fixedClock } from "./temp-database.ts";

/** The clock of the export tests' server. */
export const EXPORT_NOW = "2026-03-01T12:00:00.000Z";

/** A running server over a seeded database (Sudan reports, hostile titles, readers and an alert). */
export interface ExportServer {
  server: RunningServer;
  readers: Record<Role, SeededReader>;
  /** GETs a path as a signed-in role (or signed out), over real HTTP on 127.0.0.1. */
  download(pathAndQuery: string, role?: Role | null): Promise<{ response: Response; body: string }>;
  /** In-process procedures on the same database, as that role. */
  callerFor(role: Role): Promise<ReturnType<typeof createCaller>>;
  close(): Promise<void>;
}

/** Starts the export tests' server; `close()` stops it and deletes its data directory. */
export async function startExportServer(): Promise<ExportServer> {
  const dataDir = mkdtempSync(path.join(tmpdir(), "vigil-export-"));
  const opened = openDatabase({ file: databaseFile(dataDir) });
  await migrateToLatest(opened.db);
  await seedSudanReports(opened.db, new Date(EXPORT_NOW));
  await seedHostileTitles(opened.db, new Date(EXPORT_NOW));
  const readers = await seedReadersAndAlert(opened.db, new Date(EXPORT_NOW));
  await opened.close();
  const config = { ...loadConfig({ dataDir }, {}), port: 0, isPollingEnabled: false };
  const now = fixedClock(EXPORT_NOW);
  const server = await startServer({ config, webDir: null, shouldSeedFeeds: false, now });
  return {
    server,
    readers,
    async download(pathAndQuery, role = "analyst") {
      const headers: Record<string, string> = role ? { cookie: readers[role].cookie } : {};
      const response = await fetch(`${server.url}${pathAndQuery}`, { headers });
      return { response, body: await response.text() };
    },
    async callerFor(role) {
      return createCaller(
        await createContextInner({ db: server.database.db, now, viewer: readers[role].viewer }),
      );
    },
    async close() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** A CSV export's rows as objects keyed by the header. */
export function csvRowsOf(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [name, row[index] ?? ""])));
}
