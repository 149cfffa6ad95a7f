import { describe, expect, it } from "vitest";
import { htmlToPlainText, truncateText } from "./feed-text.ts";

describe("htmlToPlainText", () => {
  it("removes tags, keeps their text, and decodes entities", () => {
    expect(htmlToPlainText("<p>Attacks on <b>civilians</b> &amp; aid workers&nbsp;&mdash; report</p>")).toBe(
      "Attacks on civilians & aid workers — report",
    );
  });

  it("drops script and style content, links' targets and images", () => {
    const html = `<style>p{color:red}</style><script>alert("x")</script><p>See <a href="https://x.test/a">the report</a><img src="y.png" alt="photo"></p>`;
    expect(htmlToPlainText(html)).toBe("See the report");
  });

  it("collapses whitespace, newlines and paragraphs to single spaces", () => {
    expect(htmlToPlainText("<h1>Title</h1>\n\n<p>One\n  two</p><ul><li>a</li><li>b</li></ul>")).toBe(
      "Title One two - a - b",
    );
  });

  it("passes plain text through, decoding entities", () => {
    expect(htmlToPlainText("Tom &amp; Jerry&#39;s")).toBe("Tom & Jerry's");
    expect(htmlToPlainText("  ")).toBe("");
  });
});

describe("truncateText", () => {
  it("keeps short text and cuts long text at a word, marked with an ellipsis", () => {
    expect(truncateText("short", 10)).toBe("short");
    const cut = truncateText("one two three four five six", 20);
    expect(cut).toBe("one two three four…");
    expect(cut.length).toBeLessThanOrEqual(20);
  });

  it("never splits a surrogate pair", () => {
    const cut = truncateText("😀".repeat(10), 6);
    expect(cut.length).toBeLessThanOrEqual(6);
    expect(cut).toBe("😀😀…");
  });
});
