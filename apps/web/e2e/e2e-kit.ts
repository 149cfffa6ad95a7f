/**
 * Shared by the browser tests and the web benchmark: build the dashboard, seed a temporary database
 * through the real import command, start the real server on a free port, and launch Debian's Chromium.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, type BrowserContext, chromium } from "playwright-core";
import { writeFixtureFeeds } from "./fixture-feeds.ts";

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** Where screenshots go (gitignored). */
export const RESULTS_DIR = fileURLToPath(new URL("../test-results/", import.meta.url));
/** Debian's Chromium; the tests never download a browser. */
export const CHROMIUM_PATH = "/usr/bin/chromium";

/** Runs a command to completion; rejects with its output when it fails. */
export function run(
  command: string,
  args: readonly string[],
  options: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
) {
  return new Promise<string>((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd ?? REPO_ROOT,
      env: { ...process.env, ...options.env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${command} ${args.join(" ")} exited ${code}:\n${output}`)),
    );
  });
}

/** Builds the dashboard into apps/web/dist, where the server serves it from. */
export async function buildWeb(): Promise<void> {
  await run("pnpm", ["exec", "vite", "build", "--logLevel", "warn"], {
    cwd: path.join(REPO_ROOT, "apps/web"),
  });
}

/** Options for `seedDataDir`. */
export interface SeedOptions {
  /** Leave the database empty (the server creates it on start). */
  isEmpty?: boolean;
}

/** A seeded data directory, the one-time passwords of its accounts, and `remove()` to delete it. */
export interface SeededDataDir {
  dataDir: string;
  oneTimePasswords: OneTimePasswords;
  remove: () => void;
}

/**
 * A data directory seeded from generated feeds through `vigil import` (or empty), with the E2E accounts
 * added through `vigil user add`; activate them with `activateAccounts` once its server runs.
 */
export async function seedDataDir(options: SeedOptions = {}): Promise<SeededDataDir> {
  const root = mkdtempSync(path.join(tmpdir(), "vigil-web-"));
  const feedsDir = path.join(root, "feeds");
  const dataDir = path.join(root, "data");
  const remove = () => rmSync(root, { recursive: true, force: true });
  const oneTimePasswords = await addAccounts(dataDir);
  if (options.isEmpty) return { dataDir, oneTimePasswords, remove };
  writeFixtureFeeds(feedsDir);
  await run("pnpm", [
    "exec",
    "tsx",
    "apps/server/src/cli/main.ts",
    "import",
    feedsDir,
    "--data-dir",
    dataDir,
    "--reliability",
    "0.8",
  ]);
  return { dataDir, oneTimePasswords, remove };
}

/** The password every E2E account has once activated. */
export const E2E_PASSWORD = "a long e2e passphrase";

/** The accounts every seeded data dir has: the map needs a signed-in analyst (or coordinator, admin). */
export const E2E_ACCOUNTS = {
  analyst: { email: "analyst@e2e.test", role: "analyst", org: null },
  member: { email: "member@e2e.test", role: "member", org: "Field Network" },
  coordinator: { email: "coordinator@e2e.test", role: "coordinator", org: "Field Network" },
} as const;
/** An E2E account's name. */
export type E2eAccount = keyof typeof E2E_ACCOUNTS;
type OneTimePasswords = Record<E2eAccount, string>;

/** Adds the E2E accounts as an admin would, with `vigil user add`, and keeps the printed one-time passwords. */
async function addAccounts(dataDir: string): Promise<OneTimePasswords> {
  const passwords: Partial<OneTimePasswords> = {};
  // One after the other: the first with --org creates the organisation the second joins.
  for (const [name, account] of Object.entries(E2E_ACCOUNTS) as [
    E2eAccount,
    (typeof E2E_ACCOUNTS)[E2eAccount],
  ][]) {
    const org = account.org ? ["--org", account.org] : [];
    const printed = await run("pnpm", [
      "exec",
      "tsx",
      "apps/server/src/cli/main.ts",
      "user",
      "add",
      "--email",
      account.email,
      "--role",
      account.role,
      "--name",
      `E2E ${name}`,
      ...org,
      "--data-dir",
      dataDir,
    ]);
    const password = /One-time password[^\n]*\n\n\s+(\S+)/.exec(printed)?.[1];
    if (!password) throw new Error(`vigil user add printed no one-time password:\n${printed}`);
    passwords[name] = password;
  }
  return passwords as OneTimePasswords;
}

/** Calls a mutation over HTTP as the browser would (JSON), returning the session cookie it set, if any. */
async function mutate(url: string, procedure: string, input: unknown, cookie = ""): Promise<string> {
  const response = await fetch(`${url}/trpc/${procedure}`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(input),
  });
  if (!response.ok) throw new Error(`${procedure}: ${response.status} ${await response.text()}`);
  return response.headers.get("set-cookie")?.split(";")[0] ?? cookie;
}

/** Each account signs in with its one-time password and chooses E2E_PASSWORD, as a new user must. */
export async function activateAccounts(url: string, oneTimePasswords: OneTimePasswords): Promise<void> {
  for (const [name, account] of Object.entries(E2E_ACCOUNTS) as [E2eAccount, { email: string }][]) {
    const currentPassword = oneTimePasswords[name];
    const cookie = await mutate(url, "auth.login", { email: account.email, password: currentPassword });
    await mutate(url, "auth.changePassword", { currentPassword, newPassword: E2E_PASSWORD }, cookie);
  }
}

/** Signs a browser context in through the real `auth.login` (its cookie jar keeps the session). */
export async function signIn(context: BrowserContext, url: string, account: E2eAccount): Promise<void> {
  const response = await context.request.post(`${url}/trpc/auth.login`, {
    data: { email: E2E_ACCOUNTS[account].email, password: E2E_PASSWORD },
  });
  if (!response.ok()) throw new Error(`Sign-in as ${account} failed: ${await response.text()}`);
}

/** A running server process and its URL. */
export interface ServerHandle {
  url: string;
  stop: () => Promise<void>;
}

/** Starts `apps/server` on a free port with polling off; resolves once it logs its URL. */
export function startServer(dataDir: string): Promise<ServerHandle> {
  const child: ChildProcess = spawn(
    "pnpm",
    ["exec", "tsx", "apps/server/src/index.ts", "--data-dir", dataDir],
    {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: "0", HOST: "127.0.0.1", VIGIL_POLL: "off" },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise((resolve, reject) => {
    let log = "";
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`The server did not start within 60 s:\n${log}`));
    }, 60_000);
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      const match = /Vigil serving (http:\/\/[^\s]+)/.exec(log);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], stop });
      }
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited (${code}) before serving:\n${log}`));
    });
  });
}

/** Launches headless Chromium with the flags that keep it off the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}
