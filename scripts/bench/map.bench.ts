/**
 * Map query latency on a year of news: 1,000,000 items about ~120 countries (a few countries get most
 * of the news, as in reality), stored in batches of 2,000 through the bulk loader (createBulkLoader:
 * the same rows storeScoredItems writes, clusters and aggregates included, checked by bulk-load.test.ts,
 * at a fraction of the cost), then `mapCountries` 30d over 200 runs, with filters and over a year,
 * beside the raw-table baseline, in a fresh process (map-queries.ts).
 * Run smaller for a quick look: `pnpm exec tsx scripts/bench/map.bench.ts 200000`; a third argument
 * keeps the database at that path.
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { dayOf } from "../../packages/db/src/days.ts";
import { createFeed, migrateToLatest, openDatabase } from "../../packages/db/src/index.ts";
import { createBulkLoader } from "../../packages/db/src/queries/bulk-load.ts";
import { syntheticItems } from "../../packages/db/src/synthetic-items.ts";
import { COUNTRIES } from "../../packages/gazetteer/src/index.ts";
import { fmt, report } from "./bench-kit.ts";

const TARGET_ITEMS = Number(process.argv[2] ?? 1_000_000);
const KEEP_AS = process.argv[3];
const COUNTRY_COUNT = 120;
const DAYS = 365;
const CHUNK_DAYS = 15;
const BATCH = 2_000;
const SOURCES = 60;
const AS_OF = new Date("2026-03-01T12:00:00Z");
// syntheticItems runs each story through 1–4 sources, ≈1.6 items per story on average (measured below).
const ITEMS_PER_STORY = 1.6;
// The load stops after the fortnight that passes this, so a slow machine still finishes the bench.
const LOAD_BUDGET_SECONDS = 300;

const dir = mkdtempSync(path.join(tmpdir(), "vigil-bench-map-"));
const file = path.join(dir, "vigil.db");
const opened = openDatabase({ file });
await migrateToLatest(opened.db);
const sourceIds: number[] = [];
for (let index = 0; index < SOURCES; index++) {
  const feed = await createFeed(opened.db, {
    feed: {
      name: `Source ${index}`,
      url: `https://source-${index}.example/rss`,
      lang: "en",
      reliability: 0.5 + (index % 5) / 10,
    },
    now: AS_OF,
  });
  sourceIds.push(feed.id);
}
const countries = COUNTRIES.slice(0, COUNTRY_COUNT).map((country) => country.iso2);
// Zipf-like: the k-th country is drawn about 1/k as often as the first, with a floor so each has news.
const weighted = countries.flatMap((iso2, index) =>
  Array.from({ length: Math.max(1, Math.round(60 / (index + 1))) }, () => iso2),
);

// Generated a fortnight at a time, newest first: the generator never holds the whole year in memory, and
// if the load budget runs out the window the map reads is complete and only the oldest days are missing.
const lastDay = dayOf(AS_OF);
const chunks = Math.ceil(DAYS / CHUNK_DAYS);
const storiesPerChunk = Math.round(TARGET_ITEMS / ITEMS_PER_STORY / chunks);
let stored = 0;
let daysLoaded = 0;
const loadStarted = performance.now();
const loader = createBulkLoader(opened.db);
for (let chunk = 0; chunk < chunks; chunk++) {
  const days = Math.min(CHUNK_DAYS, DAYS - chunk * CHUNK_DAYS);
  const bySource = syntheticItems({
    seed: chunk + 1,
    stories: storiesPerChunk,
    sourceIds,
    countries: weighted,
    firstDay: lastDay - chunk * CHUNK_DAYS - days + 1,
    days,
  });
  for (const [sourceId, items] of bySource) {
    for (let start = 0; start < items.length; start += BATCH) {
      const batch = items
        .slice(start, start + BATCH)
        .map((item) => ({ ...item, guid: `c${chunk}-${item.guid}` }));
      const result = loader.add({
        sourceId,
        sourceType: "news",
        reliability: 0.8,
        items: batch,
        now: AS_OF,
      });
      stored += result.inserted;
    }
  }
  daysLoaded += days;
  if ((performance.now() - loadStarted) / 1000 > LOAD_BUDGET_SECONDS) break;
}
loader.finish();
const loadSeconds = (performance.now() - loadStarted) / 1000;
opened.sqlite.pragma("wal_checkpoint(TRUNCATE)");
opened.sqlite.exec("ANALYZE");
await opened.close();
report(
  "items stored",
  fmt(stored),
  `${fmt(loadSeconds, 1)} s via createBulkLoader, ${fmt(stored / loadSeconds)} items/s`,
);
report("database file", `${fmt(statSync(file).size / 1e6, 0)} MB`, `${COUNTRY_COUNT} countries with news`);
if (daysLoaded < DAYS) {
  report("  load budget reached after", `${daysLoaded} of ${DAYS} days`, "the newest days, window complete");
}

// Queries run in a fresh process, as a server would: its RSS is the server's, not the generator's.
const queries = spawnSync(
  process.execPath,
  [
    "--import",
    "tsx",
    "--expose-gc",
    fileURLToPath(new URL("./map-queries.ts", import.meta.url)),
    file,
    AS_OF.toISOString(),
  ],
  { stdio: "inherit" },
);
if (KEEP_AS) copyFileSync(file, KEEP_AS);
rmSync(dir, { recursive: true, force: true });
process.exitCode = queries.status ?? 1;
