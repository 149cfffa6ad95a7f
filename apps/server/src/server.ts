import { existsSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { createHTTPHandler } from "@trpc/server/adapters/standalone";
import { migrateToLatest, openDatabase, type VigilDatabase } from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import { createContextFactory } from "./context.ts";
import { type Config, databaseFile, REPO_ROOT } from "./env.ts";
import { createExportHandler, EXPORT_PATH } from "./exports/export-http.ts";
import { exportRequestInfo, gazetteerSources } from "./exports/export-sources.ts";
import { createPoller, type Poller } from "./ingest/poller.ts";
import { seedDefaultFeeds } from "./ingest/seed-default-feeds.ts";
import { appRouter } from "./routers/root.ts";
import { serveStaticFile } from "./static-files.ts";

/** The built dashboard, served when present (issue: apps/web). */
export const WEB_DIST_DIR = path.join(REPO_ROOT, "apps", "web", "dist");

/** Options for `startServer`: the parsed config plus what tests inject. */
export interface StartServerOptions {
  config: Config;
  log?: (line: string) => void;
  now?: () => Date;
  fetch?: typeof globalThis.fetch;
  /** Directory of static files to serve beside the API. Default: apps/web/dist when it exists. */
  webDir?: string | null;
  /** Seed the default feed registry into an empty feeds table. Default true. */
  shouldSeedFeeds?: boolean;
}

/** A started server; `close()` shuts it down gracefully and closes the database. */
export interface RunningServer {
  url: string;
  port: number;
  database: VigilDatabase;
  poller: Poller;
  close(): Promise<void>;
}

// How long open requests get to finish on shutdown before their connections are cut.
const SHUTDOWN_GRACE_MS = 5_000;

/** Opens and migrates the database, seeds feeds, starts the poller and serves `/trpc/*` and `/healthz`. */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const log = options.log ?? (() => undefined);
  const now = options.now ?? (() => new Date());
  const database = openDatabase({ file: databaseFile(config.dataDir) });
  await migrateToLatest(database.db);
  if (options.shouldSeedFeeds !== false) {
    const seeded = await seedDefaultFeeds(database.db, now());
    if (seeded > 0) log(`seeded ${seeded} default feeds (first start)`);
  }
  const scorer = getDefaultScorer();
  const poller = createPoller({
    db: database.db,
    scorer,
    now,
    fetch: options.fetch,
    fetchTimeoutMs: config.fetchTimeoutMs,
    fetchMaxBytes: config.fetchMaxBytes,
    maxPerHost: config.maxPerHost,
    log,
  });
  const createContext = createContextFactory({ db: database.db, now, scorer, poller, auth: config.auth });
  const trpcHandler = createHTTPHandler({
    router: appRouter,
    basePath: "/trpc/",
    createContext,
    onError({ error, path: procedure }) {
      if (error.code === "INTERNAL_SERVER_ERROR")
        log(`error in ${procedure ?? "?"}: ${error.cause?.stack ?? error.stack}`);
    },
  });
  const exportHandler = createExportHandler({
    contextFor: (req, res) => createContext({ req, res, info: exportRequestInfo(req) }),
    sources: gazetteerSources,
    log,
  });
  const webDir =
    options.webDir === undefined ? (existsSync(WEB_DIST_DIR) ? WEB_DIST_DIR : null) : options.webDir;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const pathname = (request.url ?? "/").split("?")[0] ?? "/";
    if (pathname === "/healthz") {
      response.writeHead(200, { "content-type": "application/json" });
      response.end(JSON.stringify({ status: "ok", polling: poller.isRunning }));
      return;
    }
    if (pathname.startsWith("/trpc/")) {
      if (isCrossSiteWrite(request)) {
        response.writeHead(415, { "content-type": "text/plain; charset=utf-8" });
        response.end("API writes must be sent as JSON (Content-Type: application/json).\n");
        return;
      }
      return trpcHandler(request, response);
    }
    if (pathname.startsWith(EXPORT_PATH)) return exportHandler(request, response);
    if (webDir && (await serveStaticFile(webDir, request, response))) return;
    response.writeHead(404, { "content-type": "text/plain; charset=utf-8" });
    response.end(`Not found: ${pathname}. The API is at /trpc/<procedure>, health at /healthz.\n`);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      log(`request ${request.url}: ${error instanceof Error ? error.stack : String(error)}`);
      if (!response.headersSent) response.writeHead(500, { "content-type": "text/plain" });
      response.end("Internal error\n");
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.port, config.host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  if (config.isPollingEnabled) poller.start();

  let closing: Promise<void> | undefined;
  return {
    url: `http://${config.host.includes(":") ? `[${config.host}]` : config.host}:${port}`,
    port,
    database,
    poller,
    close() {
      closing ??= (async () => {
        // Order matters: no new requests, then no new polls, then wait for writes, then close the file.
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        server.closeIdleConnections();
        const grace = setTimeout(() => server.closeAllConnections(), SHUTDOWN_GRACE_MS);
        await poller.stop();
        await closed;
        clearTimeout(grace);
        await database.close();
      })();
      return closing;
    },
  };
}

/**
 * CSRF defence beside SameSite=Strict cookies: a write (POST) must be JSON. Another site's page can
 * only send JSON after a CORS preflight, which this server never grants; forms and plain requests
 * (urlencoded, multipart, text/plain) are refused before any procedure runs.
 */
export function isCrossSiteWrite(request: IncomingMessage): boolean {
  if (request.method !== "POST") return false;
  const type = (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase();
  return type !== "application/json";
}
