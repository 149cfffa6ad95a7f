import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { getDefaultScorer } from "@vigil/scoring";
import { parseFeedFile } from "../ingest/feed-pipeline.ts";

/** One-line description for `vigil help`. */
export const summary = "share of items that carry a risk factor in saved non-conflict feeds (false signals)";

// General-news feeds in ../shared/feeds, where real conflict reporting may appear and a signal is no error.
const GENERAL_NEWS = /guardian|uolNoticias|encoding\.rss|encoding-gb2312|customfields\.rss|HuffPost|reddit/;

/** `vigil eval-feeds DIR [--max-rate 0.03]`: scores every item of every saved non-news feed in DIR. */
export async function run(args: string[]): Promise<number> {
  const dir = args.find((arg, index) => !arg.startsWith("--") && args[index - 1] !== "--max-rate");
  if (dir === undefined) {
    process.stderr.write("Usage: pnpm vigil eval-feeds DIR [--max-rate 0.03]\n");
    return 2;
  }
  const scorer = getDefaultScorer();
  const files = (await readdir(dir)).filter(
    (file) => /\.(xml|rss|atom|json)$/.test(file) && !GENERAL_NEWS.test(file),
  );
  let items = 0;
  let flagged = 0;
  const examples: string[] = [];
  for (const file of files.sort()) {
    let feed: Awaited<ReturnType<typeof parseFeedFile>>;
    try {
      feed = await parseFeedFile(await readFile(path.join(dir, file)), file);
    } catch {
      continue; // Broken feeds are the import's business; here only parsed items count.
    }
    for (const item of feed.items) {
      items++;
      const score = scorer.scoreText({ title: item.title, text: item.summary });
      if (score.riskFactors.length === 0) continue;
      flagged++;
      const terms = score.signals.flatMap((signal) => signal.evidence.map((span) => span.term));
      if (examples.length < 15)
        examples.push(`    ${file}: "${item.title.slice(0, 70)}" → ${[...new Set(terms)].join(", ")}`);
    }
  }
  const rate = items === 0 ? 0 : flagged / items;
  process.stdout.write(
    `Non-conflict feeds: ${files.length} files, ${items} items, ${flagged} with a risk factor (${(rate * 100).toFixed(2)}%)\n${examples.join("\n")}\n`,
  );
  const flag = args.indexOf("--max-rate");
  const maxRate = flag < 0 ? Number.POSITIVE_INFINITY : Number(args[flag + 1]);
  if (Number.isNaN(maxRate)) throw new Error("--max-rate takes a number such as 0.03");
  if (rate <= maxRate) return 0;
  process.stderr.write(`False-signal rate ${rate.toFixed(4)} is above the ceiling ${maxRate}.\n`);
  return 1;
}
