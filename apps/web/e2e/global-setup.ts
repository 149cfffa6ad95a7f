import { mkdirSync } from "node:fs";
import type { TestProject } from "vitest/node";
import { activateAccounts, buildWeb, RESULTS_DIR, seedDataDir, startServer } from "./e2e-kit.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The running server, e.g. "http://127.0.0.1:41234". */
    serverUrl: string;
  }
}

/** Once for all browser tests: build the dashboard, seed a database with accounts, start the real server. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const [seeded] = await Promise.all([seedDataDir(), buildWeb()]);
  const server = await startServer(seeded.dataDir);
  await activateAccounts(server.url, seeded.oneTimePasswords);
  project.provide("serverUrl", server.url);
  return async function teardown() {
    await server.stop();
    seeded.remove();
  };
}
