import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "./env.ts";
import { startServer } from "./server.ts";

/** `pnpm start`: serve the API, the health check and the dashboard; poll feeds in the background. */
async function main(): Promise<void> {
  // `pnpm start -- --data-dir X` hands the script a literal "--" first; it separates nothing here.
  const args = process.argv.slice(2).filter((arg, index) => !(index === 0 && arg === "--"));
  const { values } = parseArgs({ args, options: { "data-dir": { type: "string" } }, strict: true });
  const config = loadConfig({ dataDir: values["data-dir"] });
  const log = (line: string) => process.stdout.write(`${new Date().toISOString()} ${line}\n`);
  const server = await startServer({ config, log });
  log(
    `Vigil serving ${server.url} (API ${server.url}/trpc, health ${server.url}/healthz); data in ${config.dataDir}`,
  );
  log(config.isPollingEnabled ? "polling feeds in the background" : "feed polling is off (VIGIL_POLL=off)");

  function shutdown(signal: string): void {
    log(`${signal}: shutting down (finishing writes in progress)`);
    server.close().then(
      () => {
        log("stopped cleanly");
        process.exit(0);
      },
      (error: unknown) => {
        log(`shutdown failed: ${error instanceof Error ? error.message : String(error)}`);
        process.exit(1);
      },
    );
  }
  process.once("SIGTERM", () => shutdown("SIGTERM"));
  process.once("SIGINT", () => shutdown("SIGINT"));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError || error instanceof Error ? error.message : String(error);
  process.stderr.write(`vigil: could not start: ${message}\n`);
  process.exit(1);
});
