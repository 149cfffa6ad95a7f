import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { migrateToLatest, openDatabase } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFile, loadConfig } from "../env.ts";
import { type RunningServer, startServer } from "../server.ts";
import {
  createHttpClient,
  type SeededAccounts,
  seedAccounts,
  TEST_PASSWORD,
} from "../test-utils/accounts.ts";
import { LOGIN_LIMITS } from "./login-limits.ts";

// The server's clock, moved by the tests: sessions and login limits are decided on it.
let clock = new Date("2026-03-01T14:00:00.000Z");
const advance = (ms: number) => {
  clock = new Date(clock.getTime() + ms);
};
let dataDir: string;
let server: RunningServer;
let accounts: SeededAccounts;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vigil-auth-"));
  const opened = openDatabase({ file: databaseFile(dataDir) });
  await migrateToLatest(opened.db);
  accounts = await seedAccounts(opened.db, clock);
  await opened.close();
  const config = { ...loadConfig({ dataDir }, {}), port: 0, isPollingEnabled: false };
  server = await startServer({ config, webDir: null, now: () => clock, shouldSeedFeeds: false });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(email: string) {
  const http = createHttpClient(server.url);
  await http.client.auth.login.mutate({ email, password: TEST_PASSWORD });
  return http;
}

describe("sessions over HTTP", () => {
  it("sets an HttpOnly, SameSite=Strict cookie holding only a random token, and signs out", async () => {
    const response = await fetch(`${server.url}/trpc/auth.login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "analyst@vigil.test", password: TEST_PASSWORD }),
    });
    const [cookie = ""] = response.headers.getSetCookie();
    expect(cookie).toMatch(/^vigil_session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=43200$/);
    const http = await signIn("analyst@vigil.test");
    expect((await http.client.auth.me.query()).user?.email).toBe("analyst@vigil.test");
    expect((await http.client.map.countries.query({ window: "7d" })).length).toBeGreaterThan(100);
    await http.client.auth.logout.mutate();
    expect(http.jar.size).toBe(0);
    expect(await http.client.auth.me.query()).toEqual({ user: null, problem: null });
    await expect(http.client.map.countries.query({ window: "7d" })).rejects.toMatchObject({
      data: { code: "UNAUTHORIZED" },
    });
  });

  it("ends a session after the idle timeout and after the absolute limit, however active", async () => {
    const idle = await signIn("analyst@vigil.test");
    advance(119 * 60_000);
    expect((await idle.client.auth.me.query()).user).not.toBeNull();
    advance(119 * 60_000); // activity moved the idle timeout
    expect((await idle.client.auth.me.query()).user).not.toBeNull();
    advance(120 * 60_000);
    expect(await idle.client.auth.me.query()).toEqual({
      user: null,
      problem: "Your session ended after a period without activity; sign in again",
    });
    const busy = await signIn("analyst@vigil.test");
    for (let hour = 0; hour < 12; hour++) {
      expect((await busy.client.auth.me.query()).user).not.toBeNull();
      advance(3_600_000);
    }
    await expect(busy.client.feed.list.query()).rejects.toMatchObject({
      message: "Your session reached its time limit; sign in again",
      data: { code: "UNAUTHORIZED" },
    });
  });

  it("is revoked by an admin at once, and a disabled user can't sign in", async () => {
    const victim = await signIn("memberb@vigil.test");
    const admin = await signIn("admin@vigil.test");
    expect((await admin.client.user.revokeSessions.mutate({ id: accounts.memberB.id })).revoked).toBe(1);
    expect((await victim.client.auth.me.query()).problem).toMatch(/revoked/);
    const again = await signIn("memberb@vigil.test");
    await admin.client.user.update.mutate({ id: accounts.memberB.id, isDisabled: true });
    expect((await again.client.auth.me.query()).user).toBeNull();
    await expect(signIn("memberb@vigil.test")).rejects.toMatchObject({
      message: "This account is disabled; ask an admin",
    });
    await admin.client.user.update.mutate({ id: accounts.memberB.id, isDisabled: false });
    await signIn("memberb@vigil.test");
  });

  it("makes a one-time password usable only to choose one's own, which ends other sessions", async () => {
    const admin = await signIn("admin@vigil.test");
    const { user, oneTimePassword } = await admin.client.user.add.mutate({
      email: "new.reporter@vigil.test",
      role: "member",
      organisation: "Sahel Watch",
    });
    expect(oneTimePassword).toMatch(/^[\w-]{20}$/);
    const fresh = createHttpClient(server.url);
    await fresh.client.auth.login.mutate({ email: user.email, password: oneTimePassword });
    const other = createHttpClient(server.url);
    await other.client.auth.login.mutate({ email: user.email, password: oneTimePassword });
    expect((await fresh.client.auth.me.query()).user?.mustChangePassword).toBe(true);
    await expect(fresh.client.alert.list.query()).rejects.toMatchObject({
      message: "Choose your own password first: you signed in with a one-time password",
    });
    await expect(
      fresh.client.auth.changePassword.mutate({ currentPassword: oneTimePassword, newPassword: "short" }),
    ).rejects.toMatchObject({ message: "newPassword: A password needs at least 12 characters" });
    await fresh.client.auth.changePassword.mutate({
      currentPassword: oneTimePassword,
      newPassword: "a long passphrase of my own",
    });
    expect(await fresh.client.alert.list.query()).toEqual([]);
    expect((await other.client.auth.me.query()).user).toBeNull();
    const hash = openDatabase({ file: databaseFile(dataDir) });
    try {
      const row = hash.sqlite.prepare("SELECT password_hash FROM users WHERE email = ?").get(user.email) as {
        password_hash: string;
      };
      expect(row.password_hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/);
      expect(row.password_hash).not.toContain("passphrase");
    } finally {
      await hash.close();
    }
  });
});

describe("failed login limits", () => {
  it("pauses an account after 5 failures, says until when, and refuses even the right password", async () => {
    clock = new Date("2026-03-02T13:50:30.000Z");
    const http = createHttpClient(server.url);
    const attempt = (password: string) =>
      http.client.auth.login
        .mutate({ email: "coordinatorb@vigil.test", password })
        .catch((error: unknown) => error);
    expect(await attempt("wrong one")).toMatchObject({
      message: "Wrong email or password (4 attempts left before a 15-minute pause)",
      data: { code: "UNAUTHORIZED" },
    });
    for (let index = 0; index < 3; index++) {
      advance(60_000);
      await attempt("wrong again");
    }
    expect(await attempt("wrong at last")).toMatchObject({
      message: "Wrong email or password; this account is now paused for 15 minutes",
    });
    // The first failure was at 13:50:30, so the window frees at 14:05:30: "after 14:06 UTC".
    expect(await attempt(TEST_PASSWORD)).toMatchObject({
      message: "Too many failed attempts for this account; try again after 14:06 UTC",
      data: { code: "TOO_MANY_REQUESTS", httpStatus: 429 },
    });
    advance(LOGIN_LIMITS.account.windowMs);
    await http.client.auth.login.mutate({ email: "coordinatorb@vigil.test", password: TEST_PASSWORD });
  });

  it("pauses an address that sprays many accounts, and counts unknown emails like known ones", async () => {
    clock = new Date("2026-03-03T09:00:00.000Z");
    const http = createHttpClient(server.url);
    for (let index = 0; index < LOGIN_LIMITS.ip.maxFailures; index++) {
      await http.client.auth.login
        .mutate({ email: `nobody${index}@vigil.test`, password: "guess" })
        .catch((error: unknown) => expect(error).toMatchObject({ data: { code: "UNAUTHORIZED" } }));
    }
    await expect(
      http.client.auth.login.mutate({ email: "admin@vigil.test", password: TEST_PASSWORD }),
    ).rejects.toMatchObject({
      message: "Too many failed attempts for this network address; try again after 09:15 UTC",
    });
    advance(LOGIN_LIMITS.ip.windowMs);
    await http.client.auth.login.mutate({ email: "admin@vigil.test", password: TEST_PASSWORD });
  });
});
