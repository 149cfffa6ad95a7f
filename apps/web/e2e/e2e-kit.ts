/**
 * Shared by the browser tests and the web benchmark: build the dashboard, seed a temporary database
 * through the real import command, start the real server on a free port, and launch Debian's Chromium.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
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

/** A data directory seeded from generated feeds through `vigil import`; `remove()` deletes it. */
export async function seedDataDir(
  options: SeedOptions = {},
): Promise<{ dataDir: string; remove: () => void }> {
  const root = mkdtempSync(path.join(tmpdir(), "vigil-web-"));
  const feedsDir = path.join(root, "feeds");
  const dataDir = path.join(root, "data");
  const remove = () => rmSync(root, { recursive: true, force: true });
  if (options.isEmpty) return { dataDir, remove };
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
  return { dataDir, remove };
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
