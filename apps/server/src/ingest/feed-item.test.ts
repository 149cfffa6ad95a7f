import { describe, expect, it } from "vitest";
import { buildFeedItem, FeedItemSchema, normalizeLang, resolveHttpUrl } from "./feed-item.ts";
import { MAX_SUMMARY_LENGTH, MAX_TITLE_LENGTH } from "./feed-text.ts";

const context = { baseUrl: "https://news.example/world/", lang: "en" };

describe("buildFeedItem", () => {
  it("uses the id as guid, else the link, else a sha256 of title and date", () => {
    const withId = buildFeedItem({ id: "tag:x,2024:1", link: "/a", titleHtml: "T" }, context);
    expect(withId?.guid).toBe("tag:x,2024:1");
    const withLink = buildFeedItem({ link: "/a", titleHtml: "T" }, context);
    expect(withLink?.guid).toBe("https://news.example/a");
    const hashed = buildFeedItem({ titleHtml: "T", dates: ["2024-01-01T00:00:00Z"] }, context);
    expect(hashed?.guid).toMatch(/^sha256:[0-9a-f]{64}$/);
    const same = buildFeedItem({ titleHtml: "T", summaryHtml: ["edited"], dates: ["2024-01-01"] }, context);
    expect(same?.guid).toBe(hashed?.guid);
    const otherDay = buildFeedItem({ titleHtml: "T", dates: ["2024-01-02"] }, context);
    expect(otherDay?.guid).not.toBe(hashed?.guid);
  });

  it("skips items with neither title nor summary text", () => {
    expect(
      buildFeedItem({ id: "1", titleHtml: "<b> </b>", summaryHtml: ["", "<img src=x>"] }, context),
    ).toBeNull();
  });

  it("takes the first summary candidate that has text", () => {
    const item = buildFeedItem(
      { titleHtml: "T", summaryHtml: [undefined, "<p></p>", "<p>Body</p>"] },
      context,
    );
    expect(item?.summary).toBe("Body");
  });

  it("caps title and summary, takes the first parsable date, inherits the feed language", () => {
    const item = buildFeedItem(
      { titleHtml: "word ".repeat(200), summaryHtml: ["x".repeat(9_000)], dates: ["garbage", "1518478934"] },
      context,
    );
    expect(item?.title.length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    expect(item?.summary.length).toBeLessThanOrEqual(MAX_SUMMARY_LENGTH);
    expect(item?.publishedAt).toBe("2018-02-12T23:42:14.000Z");
    expect(item?.lang).toBe("en");
    expect(FeedItemSchema.parse(item)).toEqual(item);
  });

  it("drops non-http links and keeps the author as plain text", () => {
    const item = buildFeedItem(
      { titleHtml: "T", link: "javascript:alert(1)", author: "<b>Ana</b> &amp; Bo" },
      context,
    );
    expect(item?.url).toBeNull();
    expect(item?.author).toBe("Ana & Bo");
  });
});

describe("resolveHttpUrl", () => {
  it("resolves relative links and rejects other schemes", () => {
    expect(resolveHttpUrl("../x?a=1", "https://a.example/b/c/")).toBe("https://a.example/b/x?a=1");
    expect(resolveHttpUrl("mailto:a@b", null)).toBeNull();
    expect(resolveHttpUrl("/relative", null)).toBeNull();
    expect(resolveHttpUrl("  ", null)).toBeNull();
  });
});

describe("normalizeLang", () => {
  it("normalises case and separators, rejects non-tags", () => {
    expect(normalizeLang("en_us")).toBe("en-US");
    expect(normalizeLang("PT-br")).toBe("pt-BR");
    expect(normalizeLang("zh-Hans-CN")).toBe("zh-hans-CN");
    expect(normalizeLang("")).toBeNull();
    expect(normalizeLang("english please")).toBeNull();
  });
});
