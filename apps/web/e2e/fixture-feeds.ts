/**
 * Saved RSS feeds for the browser tests and the benchmark, generated relative to "now" so every item
 * falls inside the default 30-day window. Headlines name countries and atrocity signals the scorer
 * knows; the levels they produce are spread out on purpose (severe to low, plus unmonitored countries).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

/** One headline to publish `daysAgo` days before now, in one or more of the feeds. */
interface Story {
  title: string;
  daysAgo: number;
  /** Indexes into FEEDS: the same story in several feeds is corroborated. */
  feeds: readonly number[];
  link?: string;
  /** Seconds before now, instead of a spread through the day. */
  secondsAgo?: number;
}

const FEEDS = ["Relief Wire", "Regional Monitor", "Field Desk"] as const;

/**
 * A headline that reaches the page as text with `<script>` and `<img onerror>` in it. Feeds send titles
 * as HTML, so the feed carries it entity-encoded (real tags would be stripped by the server); its link
 * is `javascript:`, which must never become a link.
 */
export const HOSTILE_TITLE =
  'Sudan: <script>window.__pwned = true</script> massacre near El Fasher <img src=x onerror="window.__pwned=true">';
('Sudan: <script>window.__pwned = true</script> massacre reported near El Fasher <img src=x onerror="window.__pwned=true">');

function repeat(title: string, days: readonly number[], feeds: readonly number[] = [0, 1]): Story[] {
  return days.map((daysAgo) => ({ title, daysAgo, feeds }));
}

const STORIES: Story[] = [
  // Sudan: mass killings, corroborated, with a burst in the last two days (a spike).
  ...repeat(
    "Militia massacre of civilians in Darfur, Sudan as ethnic killings spread",
    [0, 0, 1, 1, 1, 2, 9, 16],
    [0, 1, 2],
  ),
  ...repeat("Sudan: RSF fighters accused of ethnic cleansing in West Darfur", [0, 1, 5, 12], [0, 1]),
  ...repeat("Sudan humanitarian crisis deepens as aid convoys are blocked", [3, 8, 20], [1, 2]),
  // The newest item of all, so the latest-evidence list shows it first.
  // Entity-encoded once here (HTML), once more when written (XML).
  { title: escapeXml(HOSTILE_TITLE), daysAgo: 0, feeds: [2], link: "javascript:alert(1)", secondsAgo: 30 },
  // Myanmar: displacement and burning villages.
  ...repeat("Myanmar army burns Rohingya villages, mass displacement reported", [1, 4, 7, 11, 15], [0, 1]),
  ...repeat("Myanmar junta airstrikes kill civilians in Sagaing", [2, 6, 13], [1, 2]),
  // Kenya: elections and hate speech (indicator 8.8), nothing else.
  ...repeat(
    "Election violence in Kenya: hate speech against ethnic minorities ahead of census",
    [0, 2, 3, 6, 10],
    [0, 1, 2],
  ),
  ...repeat("Kenya election commission warns of violence before the vote", [1, 4, 8], [0, 2]),
  // Democratic Republic of the Congo, Haiti, Ukraine, Ethiopia, Syria: moderate to high.
  ...repeat(
    "Armed group attacks displacement camp in eastern Democratic Republic of the Congo",
    [1, 3, 9, 14],
    [0, 2],
  ),
  ...repeat("Haiti gangs kill dozens in Port-au-Prince as armed conflict spreads", [2, 5, 12], [0, 1]),
  ...repeat("Ukraine: shelling of civilians in Kharkiv, humanitarian crisis worsens", [1, 6, 18], [1, 2]),
  ...repeat("Ethiopia: reports of extrajudicial killings in Amhara region", [3, 10, 21], [0]),
  ...repeat("Syria: torture in detention documented by rights groups", [4, 11, 19], [1]),
  // Russia and Fiji: covered, so they are coloured (and drawn whole across the antimeridian).
  ...repeat("Russia arrests opposition activists after protest crackdown", [2, 7, 15], [0, 2]),
  ...repeat("Fiji parliament debates new tourism budget", [3, 9, 17], [1]),
  // Coverage without risk signals: rated "low".
  ...repeat("Sweden hosts trade fair on renewable energy", [1, 8, 16], [0]),
  ...repeat("Brazil central bank holds interest rates steady", [2, 9, 19], [1]),
  ...repeat("Japan unveils new high-speed rail line", [3, 10, 20], [2]),
  ...repeat("Canada expands national parks programme", [4, 12, 22], [0]),
  // The previous 30 days, so trends have something to compare with: Sudan and Kenya rise, Myanmar and
  // Ukraine fall, the quiet countries hold steady.
  ...repeat("Sudan: clashes between army and RSF displace thousands", [33, 40, 47], [0]),
  ...repeat(
    "Myanmar military massacre of villagers in Sagaing, ethnic cleansing feared",
    [31, 33, 35, 38, 41, 44, 50],
    [0, 1, 2],
  ),
  ...repeat(
    "Ukraine: mass graves found, torture of civilians reported in occupied towns",
    [32, 36, 39, 45, 52],
    [0, 1, 2],
  ),
  ...repeat("Kenya opposition rally ahead of the election", [34, 42, 49], [1]),
  ...repeat("Syria: torture in detention documented by rights groups", [35, 43, 51], [1]),
  ...repeat("Sweden hosts trade fair on renewable energy", [33, 41, 48], [0]),
  ...repeat("Brazil central bank holds interest rates steady", [34, 44, 53], [1]),
  // A single mention: not enough coverage to rate.
  { title: "Chile wine exports rise", daysAgo: 5, feeds: [1] },
];

function escapeXml(text: string): string {
  return text
    .replaceAll("&", "&amp;")
    .replaceAll("<", "&lt;")
    .replaceAll(">", "&gt;")
    .replaceAll('"', "&quot;");
}

/** An RSS 2.0 document with these items (titles are escaped; links default to example.org). */
export function rssDocument(
  title: string,
  items: readonly { title: string; link: string; guid: string; published: Date }[],
): string {
  const entries = items.map(
    (item) =>
      `<item><title>${escapeXml(item.title)}</title><link>${escapeXml(item.link)}</link>` +
      `<guid>${escapeXml(item.guid)}</guid><pubDate>${item.published.toUTCString()}</pubDate>` +
      `<description>${escapeXml(item.title)}.</description></item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${escapeXml(title)}</title><link>https://news.example.org/</link><description>Test feed</description><language>en</language>\n${entries.join("\n")}\n</channel></rss>\n`;
}

/** Writes the feeds into `dir` (one .xml per feed) and returns the file paths. */
export function writeFixtureFeeds(dir: string, now = new Date()): string[] {
  mkdirSync(dir, { recursive: true });
  return FEEDS.map((feedName, feedIndex) => {
    const items = STORIES.flatMap((story, storyIndex) =>
      story.feeds.includes(feedIndex)
        ? [
            {
              title: story.title,
              link: story.link ?? `https://news.example.org/${feedIndex}/${storyIndex}`,
              guid: `${feedIndex}-${storyIndex}`,
              // Spread items through the day so each has its own time; stay in the past.
              published: new Date(
                now.getTime() -
                  story.daysAgo * 86_400_000 -
                  (story.secondsAgo === undefined
                    ? (storyIndex % 12) * 3_600_000 + 60_000
                    : story.secondsAgo * 1000),
              ),
            },
          ]
        : [],
    );
    const file = path.join(dir, `${feedName.toLowerCase().replaceAll(" ", "-")}.xml`);
    writeFileSync(file, rssDocument(feedName, items));
    return file;
  });
}
