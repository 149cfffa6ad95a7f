/**
 * The dashboard's weight and speed: initial JS (gzip) of the built app, and the time from navigation
 * to the map drawn and coloured, then from hovering a country to its tooltip, in headless Chromium
 * against the real server on a seeded database. Printed beside a baseline from the same run: a static
 * file from the same server.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { loadavg } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import {
  activateAccounts,
  buildWeb,
  launchChromium,
  REPO_ROOT,
  seedDataDir,
  signIn,
  startServer,
} from "../../apps/web/e2e/e2e-kit.ts";
import { fmt, quantile, report, target } from "./bench-kit.ts";

const DIST = path.join(REPO_ROOT, "apps/web/dist");
const RUNS = 9;

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

function distFile(href: string): string {
  return path.join(DIST, href.replace(/^\//, ""));
}

/**
 * The JS the first screen runs before it can paint: the entry and its static imports. Lazy chunks the
 * page preloads (`data-lazy-chunk`: the map and its borders) download alongside but run only after.
 */
function scriptsOfIndex(): { initial: string[]; preloaded: string[] } {
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  const initial = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => distFile(match[1] ?? ""));
  const preloaded: string[] = [];
  for (const [tag] of html.matchAll(/<link[^>]+rel="modulepreload"[^>]*>/g)) {
    const href = distFile(/href="([^"]+)"/.exec(tag)?.[1] ?? "");
    (tag.includes("data-lazy-chunk") ? preloaded : initial).push(href);
  }
  return { initial, preloaded };
}

const buildStarted = performance.now();
await buildWeb();
const buildMs = performance.now() - buildStarted;
const { initial, preloaded } = scriptsOfIndex();
const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
const listed = new Set([...initial, ...preloaded].map((file) => path.basename(file)));
const lazy = readdirSync(path.join(DIST, "assets")).filter(
  (file) => file.endsWith(".js") && !listed.has(file),
);

report("vite build", `${fmt(buildMs / 1000, 1)} s`);
report("initial JS (gzip)", `${fmt(initialKb, 1)} KB`, initial.map((file) => path.basename(file)).join(", "));
// Preloaded chunks download beside the entry but run only once the first screen has painted.
const describeChunk = (label: string, file: string) =>
  report(
    `  ${label} ${path.basename(file).replace(/-[\w-]{8}\.js$/, "")}`,
    `${fmt(gzipKb(file), 1)} KB`,
    `${fmt(statSync(file).size / 1024, 0)} KB raw`,
  );
for (const file of preloaded) describeChunk("preloaded", file);
for (const file of lazy.sort()) describeChunk("lazy", path.join(DIST, "assets", file));

const seeded = await seedDataDir();
const server = await startServer(seeded.dataDir);
await activateAccounts(server.url, seeded.oneTimePasswords);
const browser = await launchChromium();
try {
  const baseline: number[] = [];
  const mapReady: number[] = [];
  const tooltip: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each time: cold HTTP cache, as on an analyst's first visit of the day.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    // The map is for signed-in analysts; the cookie is set before the timed navigation.
    await signIn(context, server.url, "analyst");
    const page = await context.newPage();
    await page.goto(`${server.url}/favicon.svg`, { waitUntil: "load" });
    // String(): this file is typed for Node, whose entry types don't include the DOM's "navigation".
    baseline.push(
      await page.evaluate(
        () =>
          performance.getEntries().find((entry) => String(entry.entryType) === "navigation")?.duration ??
          Number.NaN,
      ),
    );

    await page.goto(`${server.url}/`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    mapReady.push(
      await page.evaluate(() => performance.getEntriesByName("vigil:map-ready")[0]?.startTime ?? Number.NaN),
    );
    // Interactive: the pointer over Brazil shows its tooltip; timed inside the page.
    const box = await page.locator(".country-BR").boundingBox();
    const hoverStarted = await page.evaluate(() => performance.now());
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2);
    await page.waitForSelector(".leaflet-tooltip .country-tooltip");
    tooltip.push((await page.evaluate(() => performance.now())) - hoverStarted);
    await context.close();
  }
  const median = (samples: number[]) => quantile(samples, 0.5);
  const [load1] = loadavg();
  report(
    "baseline: a static file from the same server",
    `${fmt(median(baseline), 0)} ms`,
    "median navigation",
  );
  report(
    "navigation → map drawn and coloured",
    `${fmt(median(mapReady), 0)} ms`,
    `median of ${RUNS}; min ${fmt(Math.min(...mapReady), 0)}, max ${fmt(Math.max(...mapReady), 0)} ms`,
  );
  report("hover → tooltip", `${fmt(median(tooltip), 0)} ms`, "includes the benchmark's own round trips");
  report("machine load (1 min average)", fmt(load1 ?? 0, 1), "on 2 cores; timings vary with it");
  const isOk = [
    target("initial JS ≤ 250 KB gzip", initialKb <= 250),
    target(
      "map drawn, coloured and answering the pointer ≤ 1.0 s on localhost (median)",
      median(mapReady) <= 1000,
    ),
  ].every(Boolean);
  process.exitCode = isOk ? 0 : 1;
} finally {
  await browser.close();
  await server.stop();
  seeded.remove();
}
