import { spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TRPCClientError } from "@trpc/client";
import { migrateToLatest, openDatabase } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { databaseFile, loadConfig, REPO_ROOT } from "./env.ts";
import { DEFAULT_FEEDS } from "./ingest/default-feeds.ts";
import type { AppRouter } from "./routers/root.ts";
import { type RunningServer, startServer } from "./server.ts";
import { createHttpClient, seedAccounts, TEST_PASSWORD } from "./test-utils/accounts.ts";

let dataDir: string;
let server: RunningServer;
let client: ReturnType<typeof createHttpClient>["client"];

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "vigil-http-"));
  const opened = openDatabase({ file: databaseFile(dataDir) });
  await migrateToLatest(opened.db);
  await seedAccounts(opened.db, new Date());
  await opened.close();
  const config = { ...loadConfig({ dataDir }, {}), port: 0, isPollingEnabled: false };
  server = await startServer({ config, webDir: null });
  client = createHttpClient(server.url).client;
  await client.auth.login.mutate({ email: "coordinatora@vigil.test", password: TEST_PASSWORD });
});
afterAll(async () => {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe("the HTTP server", () => {
  it("answers /healthz", async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok", polling: false });
  });

  it("serves tRPC over real HTTP: the seeded registry, a new feed and the map in one batch", async () => {
    const [feeds, situations] = await Promise.all([
      client.feed.list.query(),
      client.map.countries.query({ window: "30d" }),
    ]);
    expect(feeds).toHaveLength(DEFAULT_FEEDS.length);
    expect(situations.length).toBeGreaterThan(150);
    const added = await client.feed.add.mutate({
      name: "Local",
      url: "https://local.example/rss",
      lang: "fr",
      reliability: 0.5,
    });
    expect(added).toMatchObject({ name: "Local", lang: "fr" });
  });

  it("sends domain and validation errors as codes with readable messages and no stack trace", async () => {
    const missing = await client.country.detail
      .query({ iso2: "ZZ", window: "30d" })
      .catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(TRPCClientError);
    expect(missing).toMatchObject({
      message: "No country with code 'ZZ'",
      data: { code: "NOT_FOUND", httpStatus: 404 },
    });
    expect(JSON.stringify((missing as TRPCClientError<AppRouter>).shape)).not.toMatch(/\bat .*\.ts:\d+/);
    const invalid = await client.map.countries
      .query({ window: "2w" as "7d" })
      .catch((error: unknown) => error);
    expect(invalid).toMatchObject({
      data: { code: "BAD_REQUEST" },
      message: expect.stringMatching(/^window: /),
    });
  });

  it("refuses a write that is not JSON (CSRF), before any procedure runs", async () => {
    const response = await fetch(`${server.url}/trpc/feed.add`, {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: "name=x",
    });
    expect(response.status).toBe(415);
  });

  it("answers 404 in words for anything else", async () => {
    const response = await fetch(`${server.url}/nowhere`);
    expect(response.status).toBe(404);
    expect(await response.text()).toMatch(/\/trpc/);
  });
});

describe("pnpm start (src/index.ts)", () => {
  it("starts with no configuration but a data dir and stops cleanly on SIGTERM", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "vigil-start-"));
    const entry = fileURLToPath(new URL("./index.ts", import.meta.url));
    const child = spawn(process.execPath, ["--import", "tsx", entry, "--data-dir", dir], {
      cwd: REPO_ROOT,
      // Nothing from this environment leaks in: the app must start on its defaults plus these two.
      env: { PORT: "0", VIGIL_POLL: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
    });
    child.stderr.on("data", (chunk) => {
      output += chunk;
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setInterval(() => {
          const match = /Vigil serving (http:\/\/\S+) /.exec(output);
          if (match?.[1]) {
            clearInterval(timer);
            resolve(match[1]);
          }
        }, 25);
        child.once("exit", () => reject(new Error(`exited early: ${output}`)));
      });
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const exited = new Promise<number | null>((resolve) => child.once("exit", resolve));
      child.kill("SIGTERM");
      expect(await exited).toBe(0);
      expect(output).toMatch(/seeded \d+ default feeds/);
      expect(output).toMatch(/stopped cleanly/);
    } finally {
      child.kill("SIGKILL");
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});
