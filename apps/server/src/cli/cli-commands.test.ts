import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { migrateToLatest, openDatabase } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createContextInner } from "../context.ts";
import { databaseFile, REPO_ROOT } from "../env.ts";
import { createCaller } from "../routers/root.ts";
import { renderRss } from "../test-utils/feed-server.ts";
import { seedSudanReports } from "../test-utils/seed-items.ts";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
const NOW = "2026-03-01T12:00:00.000Z";
let dataDir: string;

/** Runs `pnpm vigil …` as a child process (as `pnpm -s vigil` does, without pnpm's banner). */
function vigil(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args, "--data-dir", dataDir], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    env: { VIGIL_POLL: "off" },
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vigil-cli-"));
  const opened = openDatabase({ file: databaseFile(dataDir) });
  await migrateToLatest(opened.db);
  await seedSudanReports(opened.db, new Date(NOW));
  await opened.close();
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("vigil countries", () => {
  it("--json prints pure JSON equal to map.countries on the same database", async () => {
    const { code, stdout, stderr } = vigil("countries", "--window", "30d", "--as-of", NOW, "--json");
    expect(stderr).toBe("");
    expect(code).toBe(0);
    const printed = JSON.parse(stdout);
    const opened = openDatabase({ file: databaseFile(dataDir) });
    try {
      const caller = createCaller(await createContextInner({ db: opened.db, isLocalOperator: true }));
      expect(printed).toEqual(await caller.map.countries({ window: "30d", asOf: NOW }));
    } finally {
      await opened.close();
    }
  }, 30_000);

  it("prints a ranked table, and one clear line for a bad flag value", () => {
    const table = vigil("countries", "--window", "30d", "--as-of", "2026-03-01");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^SD\s+Sudan/m);
    const bad = vigil("countries", "--window", "2w");
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/^window: /);
    const unknown = vigil("countries", "--windw", "30d");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/Unknown option '--windw'/);
  }, 30_000);
});

describe("vigil feed", () => {
  it("adds, lists, disables, edits and removes feeds, with one-line errors", () => {
    const added = vigil(
      "feed",
      "add",
      "--name",
      "UN News",
      "--url",
      "https://news.un.org/feed/subscribe/en/news/all/rss.xml",
      "--lang",
      "en",
      "--interval",
      "30m",
      "--json",
    );
    expect(added.code).toBe(0);
    const feed = JSON.parse(added.stdout) as { id: number; enabled: boolean; pollIntervalSeconds: number };
    expect(feed).toMatchObject({ enabled: true, pollIntervalSeconds: 1800, reliability: 0.7 });
    const id = String(feed.id);
    expect(vigil("feed", "disable", id).stdout).toMatch(/disabled/);
    expect(vigil("feed", "list").stdout).toMatch(new RegExp(`^ +${id} {2}off {2}UN News`, "m"));
    const badEdit = vigil("feed", "edit", id, "--reliability", "3");
    expect(badEdit.code).toBe(1);
    expect(badEdit.stderr.trim().split("\n")).toHaveLength(1);
    expect(vigil("feed", "remove", "9999").stderr.trim()).toBe("No feed with id '9999'");
    expect(vigil("feed", "remove", id).code).toBe(0);
  }, 60_000);
});

describe("vigil import", () => {
  it("prints per-file results, survives a broken feed, exits 0, and is idempotent", () => {
    const dir = path.join(dataDir, "saved");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, "good.xml"),
      renderRss([{ title: "Fighting in Sudan", description: "Reports", link: "https://x.example/1" }]),
    );
    writeFileSync(path.join(dir, "bad.xml"), "<html><body>Sign in</body></html>");
    const first = vigil("import", dir);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/^FAIL .*bad\.xml: .*not a feed/m);
    expect(first.stdout).toMatch(/^ok {3}.*good\.xml {2}rss2 {2}1 items: 1 new, 0 already stored$/m);
    expect(vigil("import", dir).stdout).toMatch(/good\.xml .* 0 new, 1 already stored/);
    expect(vigil("import").code).toBe(2);
  }, 60_000);
});
