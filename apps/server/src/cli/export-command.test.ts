import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrateToLatest, openDatabase, type SituationDocument } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context.ts";
import { databaseFile, REPO_ROOT } from "../env.ts";
import { parseCsv } from "../exports/csv.ts";
import { createCaller } from "../routers/root.ts";
import { seedSudanReports } from "../test-utils/seed-items.ts";
import { EXACT_PLACE, REPORTER, seedReadersAndAlert } from "../test-utils/seed-readers.ts";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const NOW = "2026-03-01T12:00:00.000Z";
let dataDir: string;

/** Runs `pnpm -s vigil export …` as a child process. */
function vigilExport(...args: string[]) {
  const result = spawnSync(
    process.execPath,
    ["--import", "tsx", MAIN, "export", ...args, "--data-dir", dataDir],
    {
      cwd: REPO_ROOT,
      encoding: "utf8",
      env: { VIGIL_POLL: "off", INIT_CWD: dataDir },
      timeout: 60_000,
    },
  );
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vigil-cli-export-"));
  const opened = openDatabase({ file: databaseFile(dataDir) });
  await migrateToLatest(opened.db);
  await seedSudanReports(opened.db, new Date(NOW));
  await seedReadersAndAlert(opened.db, new Date(NOW));
  await opened.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

// Each test starts the CLI as a child process (a couple of seconds each on a loaded machine).
describe("vigil export", { timeout: 30_000 }, () => {
  it("prints pure JSON with the same content and hash as snapshot.preview", async () => {
    const { code, stdout, stderr } = vigilExport(
      "--format",
      "json",
      "--window",
      "30d",
      "--as-of",
      NOW,
      "--country",
      "SD",
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout) as SituationDocument;
    const opened = openDatabase({ file: databaseFile(dataDir) });
    try {
      const caller = createCaller(await createContextInner({ db: opened.db, isLocalOperator: true }));
      const preview = await caller.snapshot.preview({ window: "30d", asOf: NOW, iso2: "SD" });
      expect(printed.content).toEqual(preview.content);
      expect(printed.contentHash).toBe(preview.contentHash);
    } finally {
      await opened.close();
    }
  });

  it("writes evidence CSV to --out, redacted as for anyone (the command line has no signed-in user)", () => {
    const out = path.join(dataDir, "sudan-evidence.csv");
    const args = [
      "--format",
      "csv",
      "--table",
      "evidence",
      "--as-of",
      "2026-03-01",
      "--country",
      "SD",
      "--out",
      out,
    ];
    const { code, stdout, stderr } = vigilExport(...args);
    expect([code, stdout]).toEqual([0, ""]);
    expect(stderr).toMatch(/^Wrote .*sudan-evidence\.csv \(content sha256 [0-9a-f]{64}\)\n$/);
    const csv = readFileSync(out, "utf8");
    const [header, ...rows] = parseCsv(csv);
    expect(header?.slice(0, 3)).toEqual(["iso2", "country", "position"]);
    expect(rows.length).toBeGreaterThan(1);
    expect(csv).toContain("Militia fighters attacked the camp");
    for (const secret of [REPORTER.name, REPORTER.email, EXACT_PLACE.name]) expect(csv).not.toContain(secret);
  });

  it("refuses an unknown format, and filters beside --snapshot, with the usage", () => {
    const unknown = vigilExport("--format", "xml");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^Unknown export format 'xml': use json, csv, geojson, brief\nUsage:/);
    expect(vigilExport("--format", "json", "--snapshot", "abcdefgh", "--window", "7d").code).toBe(2);
  });
});
