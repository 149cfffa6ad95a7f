import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { MIGRATIONS, migrateToLatest } from "./migrations/migrate.ts";
import { openDatabase } from "./open-database.ts";

describe("openDatabase", () => {
  it("creates the directory and sets WAL, NORMAL sync, foreign keys and a busy timeout", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-"));
    const opened = openDatabase({ file: path.join(dir, "nested", "deeper", "vigil.db") });
    try {
      expect(opened.sqlite.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(opened.sqlite.pragma("synchronous", { simple: true })).toBe(1);
      expect(opened.sqlite.pragma("foreign_keys", { simple: true })).toBe(1);
      expect(opened.sqlite.pragma("busy_timeout", { simple: true })).toBe(5000);
      expect(opened.sqlite.pragma("cache_size", { simple: true })).toBe(-262144);
      expect(fs.existsSync(path.join(dir, "nested", "deeper", "vigil.db"))).toBe(true);
    } finally {
      await opened.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("runs migrations once; running them again is a no-op", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-"));
    const opened = openDatabase({ file: path.join(dir, "vigil.db") });
    try {
      const first = await migrateToLatest(opened.db);
      expect(first.results?.map((result) => result.status)).toEqual(
        Object.keys(MIGRATIONS).map(() => "Success"),
      );
      const schema = () => opened.sqlite.prepare("SELECT name, sql FROM sqlite_master ORDER BY name").all();
      const before = schema();
      const second = await migrateToLatest(opened.db);
      expect(second.results).toEqual([]);
      expect(schema()).toEqual(before);
      const tables = await sql<{ name: string }>`select name from sqlite_master where type = 'table'`.execute(
        opened.db,
      );
      expect(tables.rows.map((row) => row.name)).toEqual(
        expect.arrayContaining([
          "sources",
          "items",
          "item_countries",
          "item_signals",
          "clusters",
          "country_daily",
          "country_indicator_daily",
        ]),
      );
    } finally {
      await opened.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("loses no committed row when the writing process is killed with SIGKILL", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-"));
    const file = path.join(dir, "vigil.db");
    const init = openDatabase({ file });
    init.sqlite.exec("CREATE TABLE rows (id INTEGER PRIMARY KEY, payload TEXT)");
    init.sqlite.close();
    // The child commits rows one transaction at a time, reports each commit, then kills itself mid-write.
    const child = `
      const Database = require(${JSON.stringify(createRequire(import.meta.url).resolve("better-sqlite3"))});
      const db = new Database(${JSON.stringify(file)});
      db.pragma("journal_mode = WAL"); db.pragma("synchronous = NORMAL");
      const insert = db.prepare("INSERT INTO rows (payload) VALUES (?)");
      for (let i = 0; i < 200; i++) { insert.run("x".repeat(1000)); process.stdout.write(i + "\\n"); }
      db.exec("BEGIN"); insert.run("uncommitted");
      process.kill(process.pid, "SIGKILL");`;
    const result = spawnSync(process.execPath, ["-e", child], { encoding: "utf8" });
    expect(result.signal).toBe("SIGKILL");
    const committed = result.stdout.trim().split("\n").length;
    const reopened = openDatabase({ file });
    try {
      expect(reopened.sqlite.prepare("SELECT count(*) AS n FROM rows").get()).toEqual({ n: committed });
      expect(committed).toBe(200);
    } finally {
      reopened.sqlite.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
