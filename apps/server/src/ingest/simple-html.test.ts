import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it, vi } from "vitest";
import { parseFeedFile } from "./feed-pipeline.ts";
import { htmlToPlainText, htmlToPlainTextSlowly } from "./feed-text.ts";
import { simpleHtmlToText } from "./simple-html.ts";

// Every text the parsers convert, recorded so each can be converted again both ways.
const converted = vi.hoisted(() => [] as string[]);
vi.mock("./feed-text.ts", async (importOriginal) => {
  const actual = await importOriginal<typeof import("./feed-text.ts")>();
  return {
    ...actual,
    htmlToPlainText: (html: string) => {
      converted.push(html);
      return actual.htmlToPlainText(html);
    },
  };
});

// Saved real-world feeds beside the repository (never copied into it); without them that test is skipped.
const feedsDir = fileURLToPath(new URL("../../../../../shared/feeds", import.meta.url));

const SIMPLE = [
  "Plain text, nothing to do",
  "<p>Attacks on <b>civilians</b> &amp; aid workers&nbsp;&#8212; report</p>",
  "a<p></p>b<br>c<br/>d</br>e</p>f<div>g</div><div></div>h",
  "<P CLASS='x'>Up</P><a href=\"https://x.test/?a=1&amp;b=2\" title='t'>link</a>s",
  "a < b, <3, AT &amp; T, x&#x1F600;y, &lt;p&gt; is text, &#65533;",
  "a <b> b </b> c<i>\n</i>d\r\ne\u00a0\u00a0f\u2003g\u3000h",
  "<p>a<p>b<span>c</span></span></em>",
];
const HOSTILE = [
  "x<!-- <p>c</p> -->y",
  "<![CDATA[x]]>y",
  "<script>alert('<p>x</p>')</script>y",
  "<style>p{}</style>y",
  "<ul><li>a</li><li>b</li></ul>",
  "<h1>Title</h1>",
  "<img src=x alt=photo>y",
  "<a href='a>b'>x</a>",
  "<b>x</b",
  "AT&T &amp x &copy; &mdash;",
  "&#0; &#128; &#9; &#xD800; &#8203; a\u200bb",
  "<table><tr><td>a</td><td>b</td></tr></table>",
  "<!DOCTYPE html><p>x</p>",
  "<?xml version='1.0'?>x",
  "<foo>bar</foo>",
  "<p>nested <blockquote>quote</blockquote></p>",
];

describe("simpleHtmlToText", () => {
  it("gives html-to-text's text for plain text and simple HTML", () => {
    for (const html of SIMPLE) {
      expect(simpleHtmlToText(html), html).not.toBeNull();
      expect(htmlToPlainText(html), html).toBe(htmlToPlainTextSlowly(html));
    }
  });

  it("leaves comments, CDATA, scripts, other tags and unusual references to html-to-text", () => {
    for (const html of HOSTILE) {
      expect(simpleHtmlToText(html), html).toBeNull();
      expect(htmlToPlainText(html), html).toBe(htmlToPlainTextSlowly(html));
    }
  });

  it.skipIf(!existsSync(feedsDir))("matches html-to-text on every text of every saved feed", async () => {
    for (const file of readdirSync(feedsDir).filter((name) => !/\.(csv|md)$/.test(name))) {
      await parseFeedFile(readFileSync(path.join(feedsDir, file)), file).catch(() => undefined);
    }
    // Taken out first: htmlToPlainText below is the recording one.
    const texts = converted.splice(0);
    expect(texts.length).toBeGreaterThan(1_000);
    let fast = 0;
    const differing: { html: string; fast: string; slow: string }[] = [];
    for (const html of texts) {
      if (simpleHtmlToText(html) !== null) fast++;
      const [text, slowText] = [htmlToPlainText(html), htmlToPlainTextSlowly(html)];
      // Reported cut short: a failed comparison of whole long texts takes the diff minutes.
      if (text !== slowText) differing.push({ html: html.slice(0, 300), fast: text, slow: slowText });
    }
    expect(differing.slice(0, 5)).toEqual([]);
    // Most saved texts take the fast path, or it would not be worth having.
    expect(fast / texts.length).toBeGreaterThan(0.5);
  });
});
