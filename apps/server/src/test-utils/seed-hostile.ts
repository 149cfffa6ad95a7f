import { createFeed } from "@vigil/db";
import { getDefaultScorer } from "@vigil/scoring";
import { ingestItems, type VigilDb } from "../ingest/ingest-items.ts";

/** Feed titles that try formula injection in spreadsheets and script injection in HTML. */
export const HOSTILE_TITLES = [
  '=HYPERLINK("http://x","Militia massacre of civilians in Darfur, Sudan")',
  "<script>alert(1)</script> Sudan: militia massacre of civilians in El Fasher",
  "+Sudan: soldiers killed dozens of civilians in Darfur",
  "@Sudan ethnic cleansing reported in West Darfur",
  "-Sudan: mass graves found near El Geneina after ethnic killings",
  "\tSudan: militia burned villages and killed civilians in Darfur",
] as const;

/** A hostile feed's items about Sudan, ingested through the real scorer the days before `now`. */
export async function seedHostileTitles(db: VigilDb, now: Date): Promise<void> {
  const feed = await createFeed(db, {
    feed: { name: "=cmd|' /C calc'!A0", url: "https://hostile.example/rss", lang: "en", reliability: 0.7 },
    now,
  });
  await ingestItems({
    db,
    scorer: getDefaultScorer(),
    source: { sourceId: feed.id, sourceType: "news", reliability: 0.7 },
    items: HOSTILE_TITLES.map((title, index) => ({
      guid: `hostile-${index}`,
      url: index === 1 ? "javascript:alert(1)" : `https://hostile.example/${index}`,
      title,
      summary: "Witnesses described the attack.",
      publishedAt: new Date(now.getTime() - (index + 1) * 3_600_000).toISOString(),
      author: null,
      lang: "en",
    })),
    now,
  });
}
