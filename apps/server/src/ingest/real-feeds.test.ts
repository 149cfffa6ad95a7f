import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { FeedParseError } from "./feed-errors.ts";
import type { ParsedFeed } from "./feed-item.ts";
import { parseFeedFile } from "./feed-pipeline.ts";

// Saved real-world feeds live beside the repository and are never copied into it (their text
// belongs to the publishers); without them this suite is skipped.
const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));
const feedsDir = path.resolve(repoRoot, "../shared/feeds");
const manifestPath = path.join(feedsDir, "MANIFEST.csv");
const hasFeeds = existsSync(manifestPath);

// Files that must fail, and how; every other file must give items.
const EXPECTED_ERRORS: Record<string, { code: string; message: RegExp }> = {
  "rss-parser__unrecognized.rss": { code: "not-a-feed", message: /looks like an HTML page/ },
  "feedjira__InvalidDateFormat.xml": { code: "malformed-xml", message: /Unclosed root tag .*truncated/ },
  "feedjira__ITunesWithSingleQuotedAttributes.xml": {
    code: "malformed-xml",
    message: /Unexpected close tag/,
  },
};

interface ManifestRow {
  file: string;
  items: number | null;
}

function readManifest(): ManifestRow[] {
  const [header, ...lines] = readFileSync(manifestPath, "utf8").trim().split(/\r?\n/).map(parseCsvLine);
  const fileColumn = header?.indexOf("file") ?? -1;
  const itemsColumn = header?.indexOf("items") ?? -1;
  return lines.map((cells) => {
    const items = cells[itemsColumn]?.trim();
    return { file: cells[fileColumn] ?? "", items: items ? Number(items) : null };
  });
}

// RFC 4180: quoted cells may hold commas and doubled quotes.
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  for (const match of line.matchAll(/(?:^|,)(?:"((?:[^"]|"")*)"|([^,]*))/g)) {
    cells.push(match[1] !== undefined ? match[1].replace(/""/g, '"') : (match[2] ?? ""));
  }
  return cells;
}

async function parseSaved(file: string): Promise<ParsedFeed> {
  return parseFeedFile(readFileSync(path.join(feedsDir, file)), file);
}

function allText(feed: ParsedFeed): string {
  return feed.items.map((item) => `${item.title}\n${item.summary}\n${item.author ?? ""}`).join("\n");
}

describe.skipIf(!hasFeeds)("real-world feeds in ../shared/feeds", () => {
  const rows = hasFeeds ? readManifest() : [];

  it("has a manifest listing every saved feed", () => {
    expect(rows.length).toBeGreaterThan(40);
  });

  it.each(rows)("$file gives its items or its expected FeedParseError", async ({ file, items }) => {
    const expectedError = EXPECTED_ERRORS[file];
    if (expectedError) {
      const error = await parseSaved(file).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(FeedParseError);
      expect(error).toMatchObject({ code: expectedError.code, source: file, message: expectedError.message });
      return;
    }
    const feed = await parseSaved(file);
    // The manifest counts every item element; items without any text are skipped but counted.
    if (items !== null) expect(feed.items.length + feed.skippedItems).toBe(items);
    else expect(feed.items.length).toBeGreaterThan(0);
    const text = allText(feed);
    expect(text).not.toContain("\uFFFD");
    expect(text).not.toMatch(/<\/?(?:p|b|a|div|br|img|script)\b[^>]*>/i);
    for (const item of feed.items) {
      expect(item.guid).not.toBe("");
      expect(item.title.length + item.summary.length).toBeGreaterThan(0);
    }
  });

  it("decodes ISO-8859-1 Portuguese", async () => {
    const text = allText(await parseSaved("rss-parser__encoding.rss"));
    expect(text).toContain("ç");
    expect(text).toContain("ã");
    expect(text).not.toContain("\uFFFD");
  });

  it("decodes ISO-8859-2 Polish", async () => {
    const feed = await parseSaved("rss-parser__latin2.rss");
    expect(feed.items[0]?.title).toBe("ZAŻÓŁĆ GĘSLĄ JAŹŃ");
    expect(feed.items[0]?.author).toBe("Adam Gżegżółka");
  });

  it("decodes GB2312 Chinese", async () => {
    const feed = await parseSaved("rss-parser__encoding-gb2312.xml");
    expect(feed.title).toBe("新闻国内");
    expect(allText(feed)).toMatch(/[\u4e00-\u9fff]{20}/);
    expect(allText(feed)).not.toContain("\uFFFD");
  });

  it("decodes undeclared Latin-1 (no XML declaration, no charset)", async () => {
    const feed = await parseSaved("rss-parser__uolNoticias.rss");
    expect(feed.items.length).toBeGreaterThan(0);
    expect(feed.items[0]?.title).toContain("simulações de 2º turno");
    expect(feed.items[0]?.publishedAt).toBe("2018-09-24T22:42:40.000Z");
    expect(allText(feed)).not.toContain("\uFFFD");
  });

  it("reads the JSON Feed", async () => {
    const feed = await parseSaved("feedjira__json_feed.json");
    expect(feed.format).toBe("json");
    expect(feed.items).toHaveLength(20);
  });

  it("says the HTML page is not a feed", async () => {
    await expect(parseSaved("rss-parser__unrecognized.rss")).rejects.toThrow(
      "Feed 'rss-parser__unrecognized.rss' is not a feed: looks like an HTML page (root element <head>)",
    );
  });

  it("turns Google Alerts' HTML-escaped <b> titles into plain text", async () => {
    const feed = await parseSaved("feedjira__google_alerts_atom.xml");
    for (const item of feed.items) expect(item.title).not.toMatch(/<\/?b>|&lt;|&amp;/);
  });
});
