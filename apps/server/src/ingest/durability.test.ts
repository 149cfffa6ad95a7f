import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { mapCountries, mapCountriesFromRawTables, openDatabase } from "@vigil/db";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { databaseFile, REPO_ROOT } from "../env.ts";

const CHILD = fileURLToPath(new URL("../test-utils/durability-child.ts", import.meta.url));
const ITEMS_PER_BATCH = 100;

let dataDir: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vigil-durability-"));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** Runs the child until it has reported `killAfter` batches, then SIGKILLs it; returns the batches it reported. */
function runAndKill(killAfter: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ["--import", "tsx", CHILD, databaseFile(dataDir), "10000", String(ITEMS_PER_BATCH)],
      {
        cwd: REPO_ROOT,
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const committed: number[] = [];
    let buffered = "";
    let stderr = "";
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.stdout.on("data", (chunk) => {
      buffered += chunk;
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        const match = /^committed (\d+)$/.exec(line);
        if (match) committed.push(Number(match[1]));
      }
      if (committed.length >= killAfter && child.exitCode === null) child.kill("SIGKILL");
    });
    child.on("error", reject);
    child.on("exit", (code, signal) => {
      if (signal === "SIGKILL") resolve(committed);
      else reject(new Error(`child exited ${code} before it was killed: ${stderr}`));
    });
  });
}

describe("durability under kill -9", () => {
  it("keeps every committed batch whole, no partial batch, and a sound file", async () => {
    const committed = await runAndKill(8);
    expect(committed.length).toBeGreaterThanOrEqual(8);

    const reopened = openDatabase({ file: databaseFile(dataDir) });
    try {
      expect(reopened.sqlite.pragma("integrity_check", { simple: true })).toBe("ok");
      const rows = reopened.sqlite
        .prepare(
          "select substr(guid, 2, instr(guid, '-') - 2) as batch, count(*) as items from items group by batch",
        )
        .all() as { batch: string; items: number }[];
      const perBatch = new Map(rows.map((row) => [Number(row.batch), row.items]));
      for (const batch of committed) expect(perBatch.get(batch)).toBe(ITEMS_PER_BATCH);
      // The batch in flight at the kill is either wholly there (committed, not yet reported) or absent.
      for (const items of perBatch.values()) expect(items).toBe(ITEMS_PER_BATCH);
      // The aggregates the map reads were committed with their items: they agree with a rebuild from raw rows.
      const window = { windowDays: 365, asOf: new Date("2026-02-01T00:00:00Z") };
      const fromAggregates = await mapCountries(reopened.db, window);
      const fromRaw = new Map(
        (await mapCountriesFromRawTables(reopened.db, window)).map((row) => [row.iso2, row]),
      );
      expect(fromAggregates.some((row) => row.coverage > 0)).toBe(true);
      for (const row of fromAggregates) {
        const raw = fromRaw.get(row.iso2);
        expect({ iso2: row.iso2, coverage: row.coverage, evidence: row.evidenceCount }).toEqual({
          iso2: row.iso2,
          coverage: raw?.coverage,
          evidence: raw?.evidenceCount,
        });
        expect(Math.abs(row.score - (raw?.score ?? Number.NaN))).toBeLessThan(0.01);
      }
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
