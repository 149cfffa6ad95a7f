/**
 * Child process of the alert durability test: the real HTTP server on a free port over DATA_DIR,
 * printing `listening <url>` once it serves. The test SIGKILLs it in the middle of submissions.
 * Usage: node --import tsx alert-server-child.ts DATA_DIR
 */
import { loadConfig } from "../env.ts";
import { startServer } from "../server.ts";

const [dataDir = ""] = process.argv.slice(2);
const config = { ...loadConfig({ dataDir }, {}), port: 0, isPollingEnabled: false };
const server = await startServer({ config, webDir: null, shouldSeedFeeds: false });
process.stdout.write(`listening ${server.url}\n`);
