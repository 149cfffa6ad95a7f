/**
 * Child process of the durability test: stores generated items in batches through the real ingest path
 * and prints `committed <batch>` after each batch's transaction returns. The test kills it with SIGKILL
 * mid-run and checks that every reported batch is whole and no other batch is partly there.
 * Usage: node --import tsx durability-child.ts DB_FILE BATCHES ITEMS_PER_BATCH
 */
import { createFeed, migrateToLatest, openDatabase } from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import type { FeedItem } from "../ingest/feed-item.ts";
import { ingestItems } from "../ingest/ingest-items.ts";

const [file = "", batchesText = "1000", sizeText = "200"] = process.argv.slice(2);
const COUNTRIES = ["Sudan", "Myanmar", "Nigeria", "Ethiopia", "Haiti", "Mali", "Syria", "Ukraine"];
const EVENTS = [
  "militia attack kills villagers",
  "soldiers open fire on protesters",
  "hate speech against minority",
  "mass graves found",
];

const opened = openDatabase({ file });
await migrateToLatest(opened.db);
const feed = await createFeed(opened.db, {
  feed: { name: "Durability", url: "https://durability.example/feed", lang: "en", reliability: 0.8 },
  now: new Date(),
});
const scorer = getDefaultScorer();
for (let batch = 0; batch < Number(batchesText); batch++) {
  const items: FeedItem[] = Array.from({ length: Number(sizeText) }, (_, index) => ({
    guid: `b${batch}-${index}`,
    url: `https://durability.example/${batch}/${index}`,
    title: `${COUNTRIES[(batch + index) % COUNTRIES.length]}: ${EVENTS[index % EVENTS.length]} (${batch}.${index})`,
    summary: `Report ${batch}.${index} from the region, words ${batch * 7919 + index * 104_729}.`,
    publishedAt: new Date(Date.UTC(2026, 0, 1 + (batch % 28), index % 24)).toISOString(),
    author: null,
    lang: "en",
  }));
  await ingestItems({
    db: opened.db,
    scorer,
    source: { sourceId: feed.id, sourceType: "news", reliability: 0.8 },
    items,
    now: new Date("2026-02-01T00:00:00Z"),
  });
  process.stdout.write(`committed ${batch}\n`);
}
await opened.close();
