/**
 * Ingest and map-query benchmark on a synthetic dataset in a temporary SQLite file.
 * Usage: tsx packages/db/scripts/bench-db.ts [stories=300000] [days=30]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CountryRef } from "../src/countries.ts";
import { dayStartIso } from "../src/days.ts";
import { migrateToLatest } from "../src/migrations/migrate.ts";
import { openDatabase } from "../src/open-database.ts";
import { createFeed } from "../src/queries/feeds.ts";
import { mapCountries, type MapCountriesOptions } from "../src/queries/map-countries.ts";
import { mapCountriesFromRawTables } from "../src/queries/map-countries-raw.ts";
import { storeScoredItems } from "../src/queries/store-items.ts";
import { syntheticItems } from "../src/synthetic-items.ts";

const stories = Number(process.argv[2] ?? 300_000);
const days = Number(process.argv[3] ?? 30);
const BATCH = 500;
const FIRST_DAY = 20_500;
const REGIONS = ["Africa", "Americas", "Asia", "Europe", "Oceania"];
const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const countries: CountryRef[] = Array.from({ length: 200 }, (_, index) => ({
  iso2: `${letters[Math.floor(index / 26)]}${letters[index % 26]}`,
  name: `Country ${index}`,
  region: REGIONS[index % REGIONS.length] as string,
}));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "vigil-bench-"));
const opened = openDatabase({ file: path.join(dir, "bench.db") });
await migrateToLatest(opened.db);
const sourceIds: number[] = [];
for (let index = 0; index < 100; index++) {
  const feed = await createFeed(opened.db, {
    feed: { name: `Source ${index}`, url: `https://source-${index}.example/feed`, lang: "en", reliability: 0.5 + (index % 5) / 10 },
    now: new Date(),
  });
  sourceIds.push(feed.id);
}
// Countries follow a rough power law, as news does: a few countries get most items.
const weighted = countries.flatMap((country, index) => Array.from({ length: Math.max(1, Math.round(40 / (index + 1))) }, () => country.iso2));
const bySource = syntheticItems({ seed: 1, stories, sourceIds, countries: weighted, firstDay: FIRST_DAY, days });
const batches = [...bySource].flatMap(([sourceId, items]) =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, index) => ({ sourceId, items: items.slice(index * BATCH, (index + 1) * BATCH) })),
);
const total = batches.reduce((sum, batch) => sum + batch.items.length, 0);
const now = new Date(dayStartIso(FIRST_DAY + days + 1));
let clustered = 0;
const started = performance.now();
for (const batch of batches) {
  const result = await storeScoredItems(opened.db, { ...batch, sourceType: "news", reliability: 0.8, now });
  clustered += result.clustered;
}
const seconds = (performance.now() - started) / 1000;
console.log(`stored ${total} items (${clustered} joined a cluster) in ${seconds.toFixed(1)} s: ${Math.round(total / seconds)} items/s`);
console.log(`file ${(fs.statSync(path.join(dir, "bench.db")).size / 1e6).toFixed(0)} MB + WAL`);
opened.sqlite.pragma("wal_checkpoint(TRUNCATE)");
opened.sqlite.exec("ANALYZE");

async function time(label: string, run: () => Promise<unknown>, repeats = 40) {
  const samples: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) => (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number).toFixed(1);
  console.log(`${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
}
const asOf = new Date(Date.parse(dayStartIso(FIRST_DAY + days - 1)) + 43_200_000);
const base: MapCountriesOptions = { windowDays: 30, asOf, countries };
await time("map 30d", () => mapCountries(opened.db, base));
await time("map 7d", () => mapCountries(opened.db, { ...base, windowDays: 7 }));
await time("map 30d, region", () => mapCountries(opened.db, { ...base, region: "Africa" }));
await time("map 30d, factors 13+8", () => mapCountries(opened.db, { ...base, riskFactors: [13, 8] }));
await time("map 30d, indicators 13.1+8.8", () => mapCountries(opened.db, { ...base, indicators: ["13.1", "8.8"] }));
await time("map 90d", () => mapCountries(opened.db, { ...base, windowDays: 90 }), 10);
if (process.argv[4] !== "keep") await time("raw baseline 30d", () => mapCountriesFromRawTables(opened.db, base), 2);
await opened.close();
if (process.argv[4] === "keep") console.log(`kept ${dir}`);
else fs.rmSync(dir, { recursive: true, force: true });
