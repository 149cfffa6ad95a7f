/**
 * Ingest throughput: saved-feed-like RSS documents → parse → score → store, as `vigil import` runs it
 * (a worker thread parses and scores while this one stores; feeds ready together share a commit) and as
 * the poller runs it (one feed at a time, one transaction each), beside the three stages measured alone
 * in the same run, so the cost of each step is visible.
 * Items are made from the UCDP headlines when ../shared is beside the project (else made-up ones), 50 per
 * feed, each with a two-sentence summary, dated over 30 days.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { FeedItem } from "../../apps/server/src/ingest/feed-item.ts";
import { parseFeedFile } from "../../apps/server/src/ingest/feed-pipeline.ts";
import { startFeedWorker } from "../../apps/server/src/ingest/feed-worker.ts";
import { importFeeds } from "../../apps/server/src/ingest/import-feeds.ts";
import { ingestItems } from "../../apps/server/src/ingest/ingest-items.ts";
import { renderRss } from "../../apps/server/src/test-utils/feed-server.ts";
import { createFeed, migrateToLatest, openDatabase, storeScoredItems } from "../../packages/db/src/index.ts";
import { getDefaultScorer } from "../../packages/scoring/src/index.ts";
import { fmt, report, target } from "./bench-kit.ts";

const EVAL_FILE = fileURLToPath(new URL("../../../shared/eval/ucdp-ged-headlines.jsonl", import.meta.url));
const FEEDS = 300;
const ITEMS_PER_FEED = 50;
const NOW = new Date("2026-03-01T12:00:00Z");

const headlines: string[] = existsSync(EVAL_FILE)
  ? readFileSync(EVAL_FILE, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line).text as string)
  : Array.from(
      { length: 600 },
      (_, index) => `Clashes reported near town ${index} as residents flee the fighting`,
    );

/**
 * RSS documents as a feed would serve them; `run` keeps guids unique across the measured passes, and
 * `firstStory` gives each pass its own stories, so no pass only re-runs stories an earlier one stored.
 */
function feedDocuments(run: string, firstStory = 0): Buffer[] {
  return Array.from({ length: FEEDS }, (_, feed) => {
    const items = Array.from({ length: ITEMS_PER_FEED }, (_, index) => {
      const n = feed * ITEMS_PER_FEED + index;
      return {
        title: storyTitle(firstStory + n),
        description: `<p>${headlines[(n * 7 + 3) % headlines.length]}. ${headlines[(n * 13 + 5) % headlines.length]}.</p>`,
        link: `https://wire.example/${run}/${feed}/${index}`,
        pubDate: new Date(NOW.getTime() - (n % 30) * 86_400_000 - index * 60_000).toUTCString(),
      };
    });
    return Buffer.from(renderRss(items, `Feed ${feed}`));
  });
}

/**
 * A distinct story per item: the first half of one headline and the second half of another, so items
 * are as varied as a real feed's and only a few happen to land in one story cluster.
 */
function storyTitle(n: number): string {
  const first = (headlines[n % headlines.length] as string).split(" ");
  const second = (headlines[(n * 31 + Math.floor(n / headlines.length)) % headlines.length] as string).split(
    " ",
  );
  return [...first.slice(0, Math.ceil(first.length / 2)), ...second.slice(Math.ceil(second.length / 2))].join(
    " ",
  );
}

const dir = mkdtempSync(path.join(tmpdir(), "vigil-bench-ingest-"));
const opened = openDatabase({ file: path.join(dir, "vigil.db") });
await migrateToLatest(opened.db);
const source = await createFeed(opened.db, {
  feed: { name: "Bench wire", url: "https://wire.example/rss", lang: "en", reliability: 0.8 },
  now: NOW,
});
const scorer = getDefaultScorer();
const total = FEEDS * ITEMS_PER_FEED;
const bytes = feedDocuments("x").reduce((sum, doc) => sum + doc.length, 0);

async function itemsPerSecond(task: () => Promise<void>): Promise<number> {
  const started = performance.now();
  await task();
  return total / ((performance.now() - started) / 1000);
}

// Stage baselines, each over the same number of items.
const parseDocs = feedDocuments("parse");
const parsed: FeedItem[][] = [];
const parseRate = await itemsPerSecond(async () => {
  for (const [index, doc] of parseDocs.entries())
    parsed.push((await parseFeedFile(doc, `feed-${index}.xml`)).items);
});
const scored: ReturnType<typeof scorer.scoreText>[][] = [];
const scoreRate = await itemsPerSecond(async () => {
  for (const items of parsed)
    scored.push(items.map((item) => scorer.scoreText({ title: item.title, text: item.summary, lang: "en" })));
});
const storeRate = await itemsPerSecond(async () => {
  for (const [feed, items] of parsed.entries()) {
    const batch = items.map((item, index) => ({
      ...item,
      score: scored[feed]?.[index] as (typeof scored)[number][number],
    }));
    await storeScoredItems(opened.db, {
      sourceId: source.id,
      sourceType: "news",
      reliability: 0.8,
      items: batch,
      now: NOW,
    });
  }
});

// The stage baselines' documents, items and scores are let go: `vigil import` holds none of them, and a
// larger heap would make every collection in the stages below slower.
parseDocs.length = 0;
parsed.length = 0;
scored.length = 0;

// The whole pipeline as `vigil import` runs it, on fresh guids: saved files read, parsed and scored in
// a worker thread (started beforehand, as the scorer above was built beforehand) while this thread
// stores, each file under its own source.
const importDir = path.join(dir, "saved");
mkdirSync(importDir);
for (const [index, doc] of feedDocuments("import", total).entries()) {
  writeFileSync(path.join(importDir, `feed-${String(index).padStart(3, "0")}.xml`), doc);
}
const worker = startFeedWorker();
await worker.ready;
const importRate = await itemsPerSecond(async () => {
  const results = await importFeeds({
    db: opened.db,
    scorer,
    paths: [importDir],
    now: () => NOW,
    reliability: 0.8,
    preparer: worker,
  });
  const inserted = results.reduce((sum, result) => sum + (result.status === "ok" ? result.inserted : 0), 0);
  if (inserted !== total) throw new Error(`import stored ${inserted} of ${total} items`);
});
await worker.close();

// As the poller runs it, on fresh guids: one feed at a time, parsed, scored and stored in this thread.
const pollDocs = feedDocuments("poll", 2 * total);
const pollRate = await itemsPerSecond(async () => {
  for (const [index, doc] of pollDocs.entries()) {
    const feed = await parseFeedFile(doc, `feed-${index}.xml`);
    await ingestItems({
      db: opened.db,
      scorer,
      source: { sourceId: source.id, sourceType: "news", reliability: 0.8 },
      items: feed.items,
      now: NOW,
    });
  }
});
const rss = process.memoryUsage().rss;
await opened.close();
rmSync(dir, { recursive: true, force: true });

report(
  "feeds × items",
  `${FEEDS} × ${ITEMS_PER_FEED}`,
  `${fmt(bytes / FEEDS / 1024, 1)} KB per feed document`,
);
report("parse only (decode + XML + HTML → text)", `${fmt(parseRate)} /s`);
report("score only", `${fmt(scoreRate)} /s`);
report("store only (1 transaction per feed)", `${fmt(storeRate)} /s`);
report(
  "parse + score + store (vigil import)",
  `${fmt(importRate)} /s`,
  `${fmt((importRate / storeRate) * 100, 0)}% of store-only`,
);
report(
  "parse + score + store (poller, 1 thread)",
  `${fmt(pollRate)} /s`,
  `${fmt((pollRate / storeRate) * 100, 0)}% of store-only`,
);
report("RSS at the end", `${fmt(rss / 2 ** 20, 1)} MB`);
const isOk = target("≥ 5,000 items/s parsed, scored and stored (import)", importRate >= 5_000);
process.exitCode = isOk ? 0 : 1;
