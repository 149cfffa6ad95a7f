import { describe, expect, it } from "vitest";
import { FeedParseError } from "./feed-errors.ts";
import { parseFeed } from "./parse-feed.ts";

async function parseError(text: string): Promise<FeedParseError> {
  const outcome = await parseFeed(text, "test-feed").then(
    () => new Error("expected a FeedParseError"),
    (error: unknown) => error,
  );
  if (outcome instanceof FeedParseError) return outcome;
  throw outcome;
}

describe("parseFeed: JSON Feed", () => {
  it("reads JSON Feed 1.1, skipping items without text and tolerating wrong field types", async () => {
    const json = JSON.stringify({
      version: "https://jsonfeed.org/version/1.1",
      title: "JF",
      home_page_url: "https://j.example/",
      language: "en",
      items: [
        {
          id: 7,
          url: "/a",
          title: "Plain <title> & co",
          content_html: "<p>Hi <b>there</b></p>",
          date_published: "2020-01-02T03:04:05Z",
          authors: [{ name: "Kim" }],
        },
        { id: "b", content_text: "Only text < here", date_modified: "2021-01-01T00:00:00Z", language: 42 },
        { id: "c", image: "https://j.example/x.png" },
        "not an item",
      ],
    });
    const feed = await parseFeed(json);
    expect(feed).toMatchObject({ format: "json", title: "JF", link: "https://j.example/", skippedItems: 2 });
    expect(feed.items[0]).toEqual({
      guid: "7",
      url: "https://j.example/a",
      title: "Plain <title> & co",
      summary: "Hi there",
      publishedAt: "2020-01-02T03:04:05.000Z",
      author: "Kim",
      lang: "en",
    });
    expect(feed.items[1]).toMatchObject({ summary: "Only text < here", title: "", lang: "en" });
  });

  it("rejects other JSON and broken JSON with clear codes", async () => {
    expect(await parseError(`{"items": []}`)).toMatchObject({ code: "not-a-feed" });
    const broken = await parseError(`{"version": "https://jsonfeed.org/version/1", "items": [`);
    expect(broken.code).toBe("malformed-json");
    expect(broken.message).toMatch(/^Feed 'test-feed' is malformed JSON: /);
  });
});
