import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@vigil/db";
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
      // Aggregates were written in the same transactions as their items.
      const coverage = reopened.sqlite
        .prepare("select coalesce(sum(items), 0) as n from country_coverage_daily")
        .get() as { n: number };
      const mentions = reopened.sqlite.prepare("select count(*) as n from item_countries").get() as {
        n: number;
      };
      expect(coverage.n).toBe(mentions.n);
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
