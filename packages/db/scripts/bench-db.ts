/**
 * Ingest and map-query benchmark on a synthetic dataset in a temporary SQLite file.
 * Usage: tsx packages/db/scripts/bench-db.ts [stories=300000] [days=30]
 * (a story is run by 1.6 sources on average: 630,000 stories make about a million items).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { CountryRef } from "../src/countries.ts";
import { dayStartIso } from "../src/days.ts";
import { migrateToLatest } from "../src/migrations/migrate.ts";
import { openDatabase } from "../src/open-database.ts";
import { createFeed } from "../src/queries/feeds.ts";
import { type MapCountriesOptions, mapCountries } from "../src/queries/map-countries.ts";
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
    feed: {
      name: `Source ${index}`,
      url: `https://source-${index}.example/feed`,
      lang: "en",
      reliability: 0.5 + (index % 5) / 10,
    },
    now: new Date(),
  });
  sourceIds.push(feed.id);
}
// Countries follow a rough power law, as news does: a few countries get most items.
const weighted = countries.flatMap((country, index) =>
  Array.from({ length: Math.max(1, Math.round(40 / (index + 1))) }, () => country.iso2),
);
const bySource = syntheticItems({
  seed: 1,
  stories,
  sourceIds,
  countries: weighted,
  firstDay: FIRST_DAY,
  days,
});
const batches = [...bySource].flatMap(([sourceId, items]) =>
  Array.from({ length: Math.ceil(items.length / BATCH) }, (_, index) => ({
    sourceId,
    items: items.slice(index * BATCH, (index + 1) * BATCH),
  })),
);
const total = batches.reduce((sum, batch) => sum + batch.items.length, 0);
const now = new Date(dayStartIso(FIRST_DAY + days + 1));
let clustered = 0;
const cpuBefore = process.cpuUsage();
const started = performance.now();
for (const batch of batches) {
  const result = await storeScoredItems(opened.db, { ...batch, sourceType: "news", reliability: 0.8, now });
  clustered += result.clustered;
}
const seconds = (performance.now() - started) / 1000;
const cpu = process.cpuUsage(cpuBefore);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;
console.log(
  `stored ${total} items (${clustered} joined a cluster) in ${seconds.toFixed(1)} s: ${Math.round(total / seconds)} items/s wall, ${Math.round(total / cpuSeconds)} items per CPU-second`,
);
console.log(`file ${(fs.statSync(path.join(dir, "bench.db")).size / 1e6).toFixed(0)} MB + WAL`);
opened.sqlite.pragma("wal_checkpoint(TRUNCATE)");
opened.sqlite.exec("ANALYZE");

/** Times `run` (or, when it returns a number, takes that as the time of the part that matters). */
async function time(label: string, run: () => Promise<unknown>, repeats = 40) {
  const samples: number[] = [];
  for (let index = 0; index < repeats; index++) {
    const start = performance.now();
    const measured = await run();
    samples.push(typeof measured === "number" ? measured : performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  const at = (q: number) =>
    (samples[Math.min(samples.length - 1, Math.floor(q * samples.length))] as number).toFixed(1);
  console.log(`${label}: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms`);
}
const asOf = new Date(Date.parse(dayStartIso(FIRST_DAY + days - 1)) + 43_200_000);
const base: MapCountriesOptions = { windowDays: 30, asOf, countries };
const cold = performance.now();
await mapCountries(opened.db, base);
console.log(`map 30d, cold (reads every day's rows): ${(performance.now() - cold).toFixed(1)} ms`);
await time("map 30d", () => mapCountries(opened.db, base));
await time("map 7d", () => mapCountries(opened.db, { ...base, windowDays: 7 }));
await time("map 30d, region", () => mapCountries(opened.db, { ...base, region: "Africa" }));
await time("map 30d, factors 13+8", () => mapCountries(opened.db, { ...base, riskFactors: [13, 8] }));
await time("map 30d, indicators 13.1+8.8", () =>
  mapCountries(opened.db, { ...base, indicators: ["13.1", "8.8"] }),
);
// A live server stores a batch between map requests: the day it touched is read again.
const live = [...bySource.values()][0]?.slice(0, 50) ?? [];
let round = 0;
await time("map 30d after a 50-item batch for the as-of day", async () => {
  round++;
  const items = live.map((item) => ({
    ...item,
    guid: `live-${round}-${item.guid}`,
    publishedAt: asOf.toISOString(),
  }));
  await storeScoredItems(opened.db, {
    sourceId: sourceIds[0] as number,
    sourceType: "news",
    reliability: 0.8,
    items,
    now: asOf,
  });
  const start = performance.now();
  await mapCountries(opened.db, base);
  return performance.now() - start;
});
await time("map 90d", () => mapCountries(opened.db, { ...base, windowDays: 90 }), 10);
await time("raw baseline 7d", () => mapCountriesFromRawTables(opened.db, { ...base, windowDays: 7 }), 2);
await opened.close();
fs.rmSync(dir, { recursive: true, force: true });
