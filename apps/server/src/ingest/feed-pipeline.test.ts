import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FeedServer, startFeedServer, TEST_ETAG } from "../test-utils/feed-server.ts";
import { FeedParseError } from "./feed-errors.ts";
import { fetchAndParse, parseFeedFile } from "./feed-pipeline.ts";

let server: FeedServer;
beforeAll(async () => {
  server = await startFeedServer({
    items: [
      {
        title: "Éxodo en la frontera",
        description: "<p>Miles <b>huyen</b></p>",
        link: "https://e.example/1",
      },
    ],
  });
});
afterAll(async () => {
  await server.close();
});

describe("fetchAndParse", () => {
  it("fetches, decodes and parses, and returns the validators", async () => {
    const result = await fetchAndParse(server.url("/etag"));
    expect(result).toMatchObject({
      status: "ok",
      etag: TEST_ETAG,
      lastModified: "Mon, 01 Jan 2024 00:00:00 GMT",
    });
    expect(result.status === "ok" && result.feed.items[0]).toMatchObject({
      title: "Éxodo en la frontera",
      summary: "Miles huyen",
    });
    expect(await fetchAndParse(server.url("/etag"), { etag: TEST_ETAG })).toEqual({
      status: "not-modified",
      finalUrl: server.url("/etag"),
    });
  });

  it("lets the HTTP charset win over the XML declaration", async () => {
    const result = await fetchAndParse(server.url("/latin1"));
    expect(result.status === "ok" && result.feed.items[0]?.title).toBe("Ação em São Tomé");
  });

  it("says an HTML page is not a feed, naming the URL", async () => {
    const error = await fetchAndParse(server.url("/html")).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FeedParseError);
    expect(error).toMatchObject({
      code: "not-a-feed",
      message: `Feed '${server.url("/html")}' is not a feed: looks like an HTML page (root element <html>)`,
    });
  });

  it("parses the entity bomb route quickly without expanding it", async () => {
    const started = performance.now();
    const result = await fetchAndParse(server.url("/bomb"));
    expect(performance.now() - started).toBeLessThan(500);
    expect(result.status === "ok" && JSON.stringify(result.feed)).not.toContain("lol");
  });
});

describe("parseFeedFile", () => {
  it("decodes a saved file by its XML declaration and names it in errors", async () => {
    const xml = `<?xml version="1.0" encoding="windows-1251"?><rss version="2.0"><channel><item><title>Новини України</title></item></channel></rss>`;
    const feed = await parseFeedFile(iconv.encode(xml, "windows-1251"), "saved/ua.xml");
    expect(feed.items[0]?.title).toBe("Новини України");
    await expect(
      parseFeedFile(Buffer.from("<html><body>no</body></html>"), "saved/page.html"),
    ).rejects.toThrow("Feed 'saved/page.html' is not a feed");
  });
});
