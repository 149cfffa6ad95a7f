/**
 * The dashboard's weight and speed: initial JS (gzip) of the built app, and the time from navigation
 * to the map drawn, coloured and answering the pointer, in headless Chromium against the real server
 * on a seeded database. Printed beside a baseline from the same run: a static page from the same server.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildWeb, launchChromium, REPO_ROOT, seedDataDir, startServer } from "../../apps/web/e2e/e2e-kit.ts";
import { fmt, quantile, report, target } from "./bench-kit.ts";

const DIST = path.join(REPO_ROOT, "apps/web/dist");
const RUNS = 7;

function gzipKb(file: string): number {
  return gzipSync(readFileSync(file), { level: 9 }).length / 1024;
}

/** The JS the first screen loads before any dynamic import: the entry script and its modulepreloads. */
function initialScripts(): string[] {
  const html = readFileSync(path.join(DIST, "index.html"), "utf8");
  const sources = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g),
  ];
  return sources.map((match) => path.join(DIST, (match[1] ?? match[2] ?? "").replace(/^\//, "")));
}

const buildStarted = performance.now();
await buildWeb();
const buildMs = performance.now() - buildStarted;
const initial = initialScripts();
const initialKb = initial.reduce((sum, file) => sum + gzipKb(file), 0);
const assets = readdirSync(path.join(DIST, "assets")).filter((file) => file.endsWith(".js"));
const lazy = assets.filter((file) => !initial.some((entry) => entry.endsWith(file)));

report("vite build", `${fmt(buildMs / 1000, 1)} s`);
report("initial JS (gzip)", `${fmt(initialKb, 1)} KB`, initial.map((file) => path.basename(file)).join(", "));
for (const file of lazy.sort()) {
  const full = path.join(DIST, "assets", file);
  report(
    `  lazy ${file.replace(/-[\w-]{8}\.js$/, "")}`,
    `${fmt(gzipKb(full), 1)} KB`,
    `${fmt(statSync(full).size / 1024, 0)} KB raw`,
  );
}

const seeded = await seedDataDir();
const server = await startServer(seeded.dataDir);
const browser = await launchChromium();
try {
  const baseline: number[] = [];
  const mapReady: number[] = [];
  const interactive: number[] = [];
  for (let run = 0; run < RUNS; run++) {
    // A fresh context each time: cold HTTP cache, as on an analyst's first visit of the day.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.url}/favicon.svg`, { waitUntil: "load" });
    baseline.push(
      await page.evaluate(() => performance.getEntriesByType("navigation")[0]?.duration ?? Number.NaN),
    );

    await page.goto(`${server.url}/`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    mapReady.push(
      await page.evaluate(() => performance.getEntriesByName("vigil:map-ready")[0]?.startTime ?? Number.NaN),
    );
    // Interactive: hovering a country shows its tooltip.
    await page.hover(".country-BR");
    await page.waitForSelector(".leaflet-tooltip .country-tooltip");
    interactive.push(await page.evaluate(() => performance.now()));
    await context.close();
  }
  const median = (samples: number[]) => quantile(samples, 0.5);
  report(
    "baseline: static page from the same server",
    `${fmt(median(baseline), 0)} ms`,
    "median navigation duration",
  );
  report(
    "navigation → map drawn and coloured",
    `${fmt(median(mapReady), 0)} ms`,
    `median of ${RUNS}, max ${fmt(Math.max(...mapReady), 0)} ms`,
  );
  report(
    "navigation → tooltip on hover",
    `${fmt(median(interactive), 0)} ms`,
    "includes the benchmark's own hover round trip",
  );
  const isOk = [
    target("initial JS ≤ 250 KB gzip", initialKb <= 250),
    target("map drawn and interactive ≤ 1.0 s on localhost (median)", median(mapReady) <= 1000),
  ].every(Boolean);
  process.exitCode = isOk ? 0 : 1;
} finally {
  await browser.close();
  await server.stop();
  seeded.remove();
}
