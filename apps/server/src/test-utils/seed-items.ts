import { createFeed } from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import type { FeedItem } from "../ingest/feed-item.ts";
import { ingestItems, type VigilDb } from "../ingest/ingest-items.ts";

/** Headlines about Sudan that the default scorer gives risk-factor signals (checked with `vigil score`). */
const SUDAN_REPORTS: [title: string, summary: string][] = [
  [
    "Militia attack on village in Darfur kills 40 civilians",
    "Witnesses in Sudan said RSF fighters burned homes.",
  ],
  ["Soldiers opened fire on protesters in Khartoum, killing 12", "Doctors in Sudan counted the dead."],
  ["Sudan: mass graves found near El Fasher after ethnic killings", "Investigators documented the sites."],
  ["Thousands flee fighting in Sudan's North Darfur", "Aid groups report shortages in camps."],
];

/**
 * Registers one feed and ingests the Sudan reports through the real scorer, dated the days before
 * `now`, so map and country queries have a monitored country with evidence. Returns the feed id.
 */
export async function seedSudanReports(db: VigilDb, now: Date): Promise<number> {
  const feed = await createFeed(db, {
    feed: { name: "Test wire", url: "https://wire.example/rss", lang: "en", reliability: 0.9 },
    now,
  });
  const items: FeedItem[] = SUDAN_REPORTS.map(([title, summary], index) => ({
    guid: `sudan-${index}`,
    url: `https://wire.example/sudan/${index}`,
    title,
    summary,
    publishedAt: new Date(now.getTime() - (index + 1) * 86_400_000).toISOString(),
    author: null,
    lang: "en",
  }));
  await ingestItems({
    db,
    scorer: getDefaultScorer(),
    source: { sourceId: feed.id, sourceType: "news", reliability: 0.9 },
    items,
    now,
  });
  return feed.id;
}
