/**
 * `pnpm start` runs this first: it builds the dashboard when apps/web/dist is missing or older than any
 * source the bundle is made from, so one command always serves a current dashboard.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const built = path.join(root, "apps/web/dist/index.html");
// The web bundle includes its own sources and the browser-safe packages it imports.
const sources = [
  "apps/web/src",
  "apps/web/index.html",
  "apps/web/vite.config.ts",
  "apps/web/vite",
  "packages/taxonomy",
  "packages/gazetteer/src",
  "packages/gazetteer/data",
];

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const builtAt = existsSync(built) ? statSync(built).mtimeMs : 0;
const changedAt = Math.max(...sources.map((source) => newestMtime(path.join(root, source))));
if (builtAt >= changedAt) {
  process.stdout.write("Dashboard build is current (apps/web/dist).\n");
} else {
  process.stdout.write("Building the dashboard (apps/web/dist)…\n");
  const result = spawnSync("pnpm", ["--filter", "@vigil/web", "build"], { cwd: root, stdio: "inherit" });
  process.exitCode = result.status ?? 1;
}
