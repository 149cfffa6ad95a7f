import { describe, expect, it } from "vitest";
import { renderEntityBomb, renderRss } from "../test-utils/feed-server.ts";
import { FeedParseError } from "./feed-errors.ts";
import { ParsedFeedSchema } from "./feed-item.ts";
import { parseFeed } from "./parse-feed.ts";

async function parseError(text: string): Promise<FeedParseError> {
  try {
    await parseFeed(text, "test-feed");
  } catch (error) {
    if (error instanceof FeedParseError) return error;
    throw error;
  }
  throw new Error("expected a FeedParseError");
}

const RSS2 = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Daily &amp; Weekly</title><link>https://news.example/</link><language>en-gb</language>
  <item>
    <title><![CDATA[Clashes in <b>the north</b>]]></title>
    <link>/world/1</link>
    <guid isPermaLink="false">story-1</guid>
    <description>&lt;p&gt;Villages burned&amp;nbsp;&amp;mdash; &lt;script&gt;track()&lt;/script&gt;witnesses&lt;/p&gt;</description>
    <pubDate>Tue, 17 Oct 2017 12:17:00 +0000</pubDate>
    <dc:creator>Ana Reporter</dc:creator>
  </item>
  <item><title>Second, with a unix dc:date</title><dc:date>1518478934</dc:date><dc:language>fr</dc:language></item>
  <item><guid>https://news.example/permalink</guid><title>Permalink guid</title><pubDate>no date at all</pubDate></item>
  <item><link>https://news.example/empty</link><description>   </description></item>
</channel>
</rss>`;

describe("parseFeed: RSS", () => {
  it("reads RSS 2.0 into plain-text items", async () => {
    const feed = await parseFeed(RSS2, "test-feed");
    expect(ParsedFeedSchema.parse(feed)).toEqual(feed);
    expect(feed).toMatchObject({
      format: "rss2",
      title: "Daily & Weekly",
      link: "https://news.example/",
      skippedItems: 1,
    });
    expect(feed.items).toHaveLength(3);
    expect(feed.items[0]).toEqual({
      guid: "story-1",
      url: "https://news.example/world/1",
      title: "Clashes in the north",
      summary: "Villages burned — witnesses",
      publishedAt: "2017-10-17T12:17:00.000Z",
      author: "Ana Reporter",
      lang: "en-GB",
    });
    expect(feed.items[1]).toMatchObject({ publishedAt: "2018-02-12T23:42:14.000Z", lang: "fr", url: null });
    expect(feed.items[1]?.guid).toMatch(/^sha256:/);
    expect(feed.items[2]).toMatchObject({ url: "https://news.example/permalink", publishedAt: null });
  });

  it("tells RSS 0.91, RSS 1.0 and version-less RSS apart", async () => {
    const rss091 = `<rss version="0.91"><channel><title>Old</title><item><title>A</title></item></channel></rss>`;
    expect((await parseFeed(rss091)).format).toBe("rss09x");
    const rss1 = `<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
      xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="https://x.example/"><title>RDF</title>
      <link>https://x.example/</link><dc:language>de</dc:language></channel>
      <item rdf:about="https://x.example/1"><title>Eins</title><dc:date>2017-06-15T17:29:47Z</dc:date></item></rdf:RDF>`;
    const feed = await parseFeed(rss1);
    expect(feed.format).toBe("rss1");
    expect(feed.items[0]).toMatchObject({
      guid: "https://x.example/1",
      url: "https://x.example/1",
      lang: "de",
    });
    expect(feed.items[0]?.publishedAt).toBe("2017-06-15T17:29:47.000Z");
    const bare = `<rss><channel><item><title>No version</title></item></channel></rss>`;
    expect((await parseFeed(bare)).format).toBe("rss2");
  });

  it("accepts undeclared namespace prefixes, HTML entities, unknown entities and bare ampersands", async () => {
    const xml = `<rss version="2.0"><channel><item><title>R&D&nbsp;&mdash; AT&T &custom; &eacute;t&eacute;</title>
      <wfw:commentRss>https://x.example/c</wfw:commentRss><itunes:author>Someone</itunes:author></item></channel></rss>`;
    const feed = await parseFeed(xml);
    expect(feed.items[0]?.title).toBe("R&D — AT&T été");
  });

  it("survives shapes that crash rss-parser on its own", async () => {
    await expect(parseFeed(`<rss version="2.0"/>`)).resolves.toMatchObject({ items: [] });
    await expect(parseFeed(`<rss><channel/></rss>`)).resolves.toMatchObject({ items: [] });
    await expect(parseFeed(`<rdf:RDF><item><title>x</title></item></rdf:RDF>`)).resolves.toMatchObject({
      items: [{ title: "x" }],
    });
    const atom = `<feed><link>https://a.example/</link><entry><link>https://a.example/1</link><title>t</title>
      <published>yesterday-ish</published></entry><entry/></feed>`;
    const feed = await parseFeed(atom);
    expect(feed.items).toEqual([expect.objectContaining({ url: "https://a.example/1", publishedAt: null })]);
    expect(feed.skippedItems).toBe(1);
  });

  it("gives a FeedParseError for every truncation of a valid feed, never a crash", async () => {
    const xml = renderRss([{ title: "A & B", description: "<p>x</p>", link: "https://x.example/1" }]);
    for (let length = 0; length < xml.length; length += 5) {
      const outcome = await parseFeed(xml.slice(0, length)).catch((error: unknown) => error);
      if (outcome instanceof Error) expect(outcome).toBeInstanceOf(FeedParseError);
    }
  });
});

describe("parseFeed: Atom", () => {
  it("reads Atom with html and xhtml text, xml:lang and relative links", async () => {
    const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="es">
      <title type="html">Noticias &lt;b&gt;hoy&lt;/b&gt;</title><link rel="self" href="https://n.example/atom"/>
      <link rel="alternate" href="https://n.example/"/>
      <entry xml:lang="pt-br"><id>urn:1</id><title type="html">&lt;b&gt;Alerta&lt;/b&gt; em &amp;quot;Cabo&amp;quot;</title>
        <link href="/1"/><updated>2014-07-21T21:14:39+02:00</updated><author><name>Lia</name></author>
        <summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="/p">Scott</a>: <em>Plex</em> rocks</div></summary>
      </entry>
      <entry><id>urn:2</id><title>Dos</title><published>2015-01-01T00:00:00Z</published><content type="html">&lt;p&gt;Cuerpo&lt;/p&gt;</content></entry>
    </feed>`;
    const feed = await parseFeed(atom);
    expect(feed).toMatchObject({ format: "atom", link: "https://n.example/" });
    expect(feed.items[0]).toEqual({
      guid: "urn:1",
      url: "https://n.example/1",
      title: 'Alerta em "Cabo"',
      summary: "Scott: Plex rocks",
      publishedAt: "2014-07-21T19:14:39.000Z",
      author: "Lia",
      lang: "pt-BR",
    });
    expect(feed.items[1]).toMatchObject({
      summary: "Cuerpo",
      lang: "es",
      publishedAt: "2015-01-01T00:00:00.000Z",
    });
  });

  it("finds an Atom feed wrapped in an XHTML page", async () => {
    const page = `<?xml version="1.0"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "x.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml"><body><feed xmlns="http://www.w3.org/2005/Atom">
      <title>Inner</title><entry><id>e1</id><title>Entry</title></entry></feed></body></html>`;
    expect(await parseFeed(page)).toMatchObject({ format: "atom", title: "Inner", items: [{ guid: "e1" }] });
  });
});

describe("parseFeed: hostile and wrong documents", () => {
  it("never expands an entity bomb: fast, flat memory, no laughs", async () => {
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const feed = await parseFeed(renderEntityBomb());
    expect(performance.now() - started).toBeLessThan(500);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(50 * 1024 * 1024);
    expect(JSON.stringify(feed)).not.toContain("lol");
    expect(feed.items[0]?.title).toBe("Laughs");
  });

  it("never resolves external entities", async () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
      <rss version="2.0"><channel><item><title>Secret: &xxe;</title></item></channel></rss>`;
    expect((await parseFeed(xxe)).items[0]?.title).toBe("Secret:");
  });

  it("says an HTML page is not a feed", async () => {
    const error = await parseError(
      `<!DOCTYPE html><html><head><title>Moved</title></head><body>x</body></html>`,
    );
    expect(error.code).toBe("not-a-feed");
    expect(error.message).toBe(
      "Feed 'test-feed' is not a feed: looks like an HTML page (root element <html>)",
    );
    expect(await parseError(`<head><title>Document Moved</title></head><body>x</body>`)).toMatchObject({
      code: "not-a-feed",
      message: expect.stringContaining("looks like an HTML page"),
    });
  });

  it("names the wrong root element, the empty document and plain text", async () => {
    expect((await parseError(`<error><code>403</code></error>`)).message).toContain("root element <error>");
    expect(await parseError("  \n ")).toMatchObject({ code: "empty", message: "Feed 'test-feed' is empty" });
    expect(await parseError(`<?xml version="1.0"?><!-- nothing -->`)).toMatchObject({ code: "empty" });
    expect(await parseError("Service unavailable")).toMatchObject({ code: "not-a-feed" });
  });

  it("ignores junk after the root element and reports absurd nesting as malformed", async () => {
    const junk = `<rss version="2.0"><channel><item><title>x</title></item></channel></rss>garbage & <`;
    expect((await parseFeed(junk)).items).toHaveLength(1);
    const deep = `<rss version="2.0"><channel><item><title>t</title><description>${"<div>".repeat(20_000)}${"</div>".repeat(20_000)}</description></item></channel></rss>`;
    expect(await parseError(deep)).toMatchObject({
      code: "malformed-xml",
      message: expect.stringContaining("nested too deeply"),
    });
  });

  it("reports malformed XML with its position and notes truncation", async () => {
    const truncated = await parseError(`<rss version="2.0"><channel><item><title>x</title></item>`);
    expect(truncated.code).toBe("malformed-xml");
    expect(truncated.message).toMatch(
      /^Feed 'test-feed' is malformed XML: Unclosed root tag at line 1.*truncated/,
    );
    const mismatched = await parseError(`<rss version="2.0"><channel><item><b></item></channel></rss>`);
    expect(mismatched.message).toContain("Unexpected close tag at line 1");
  });
});
