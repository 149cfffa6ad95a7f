import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { openDatabase } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { logIn } from "../auth/log-in.ts";
import { sha256Hex } from "../auth/tokens.ts";
import { DEFAULT_AUTH_SETTINGS, databaseFile, REPO_ROOT } from "../env.ts";

const MAIN = fileURLToPath(new URL("./main.ts", import.meta.url));
let dataDir: string;

function vigil(...args: string[]) {
  const result = spawnSync(process.execPath, ["--import", "tsx", MAIN, ...args, "--data-dir", dataDir], {
    cwd: REPO_ROOT,
    encoding: "utf8",
    timeout: 30_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vigil-users-"));
});
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe("vigil user and apikey", () => {
  it("adds the first admin with a one-time password that signs in once and must be changed", async () => {
    const added = vigil("user", "add", "--email", "Admin@Example.org", "--role", "admin");
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^Added admin admin@example\.org \(id 1\)\./);
    const oneTime = /One-time password[^\n]*\n\n\s+(\S+)/.exec(added.stdout)?.[1] ?? "";
    expect(oneTime).toMatch(/^[\w-]{20}$/);
    const member = vigil(
      "user",
      "add",
      "--email",
      "field@example.org",
      "--role",
      "member",
      "--org",
      "Sahel Watch",
    );
    expect(member.stdout).toMatch(/Created organisation 'Sahel Watch'/);
    const orphan = vigil("user", "add", "--email", "x@example.org", "--role", "member");
    expect(orphan.code).toBe(1);
    expect(orphan.stderr.trim()).toBe(
      "organisation: Members and coordinators belong to an organisation: give one",
    );
    const opened = openDatabase({ file: databaseFile(dataDir) });
    try {
      const session = await logIn(opened.db, {
        email: "admin@example.org",
        password: oneTime,
        clientAddress: null,
        now: new Date(),
        auth: DEFAULT_AUTH_SETTINGS,
      });
      expect(session.user).toMatchObject({ role: "admin", mustChangePassword: true });
      const stored = opened.sqlite.prepare("SELECT password_hash FROM users WHERE id = 1").get() as {
        password_hash: string;
      };
      expect(stored.password_hash).not.toContain(oneTime);
    } finally {
      await opened.close();
    }
  }, 90_000);

  it("creates an API key shown once, storing only its sha256", async () => {
    const created = vigil("apikey", "create", "--org", "Sahel Watch", "--label", "SMS gateway");
    expect(created.code).toBe(0);
    const key = /\n\n\s+(vgk_\S+)\n/.exec(created.stdout)?.[1] ?? "";
    expect(key).toMatch(/^vgk_[\w-]{43}$/);
    expect(vigil("apikey", "list").stdout).not.toContain(key);
    const opened = openDatabase({ file: databaseFile(dataDir) });
    try {
      const row = opened.sqlite.prepare("SELECT key_hash FROM api_keys").get() as { key_hash: string };
      expect(row.key_hash).toBe(sha256Hex(key));
      const dump = JSON.stringify(opened.sqlite.prepare("SELECT * FROM api_keys").all());
      expect(dump).not.toContain(key);
    } finally {
      await opened.close();
    }
  }, 60_000);
});
