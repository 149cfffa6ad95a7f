import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeFeed, detectFeedEncoding, normalizeEncodingLabel } from "./decode-feed.ts";
import { FeedParseError } from "./feed-errors.ts";

const xml = (encoding: string, body: string) =>
  `<?xml version="1.0" encoding="${encoding}"?><rss>${body}</rss>`;

describe("detectFeedEncoding", () => {
  it("prefers a BOM over the HTTP charset and the XML declaration", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(xml("ISO-8859-1", "ç"))]);
    expect(detectFeedEncoding(bytes, "text/xml; charset=windows-1251")).toEqual({
      encoding: "utf-8",
      from: "bom",
    });
  });

  it("prefers the HTTP charset over the XML declaration", () => {
    const bytes = Buffer.from(xml("UTF-8", "x"));
    expect(detectFeedEncoding(bytes, 'application/rss+xml; charset="ISO-8859-2"')).toEqual({
      encoding: "iso-8859-2",
      from: "http",
    });
  });

  it("reads the declaration with spaces around = and single quotes", () => {
    expect(detectFeedEncoding(Buffer.from(`<?xml version='1.0' encoding = 'gb2312' ?><rss/>`))).toEqual({
      encoding: "gb18030",
      from: "xml-declaration",
    });
  });

  it("falls back to UTF-8 when valid, else windows-1252", () => {
    expect(detectFeedEncoding(Buffer.from("<rss>ação</rss>")).from).toBe("valid-utf8");
    expect(detectFeedEncoding(Buffer.from("<rss>ação</rss>", "latin1"))).toEqual({
      encoding: "windows-1252",
      from: "fallback",
    });
  });

  it("ignores a UTF-16 declaration in a document readable as ASCII", () => {
    expect(detectFeedEncoding(Buffer.from(xml("UTF-16", "x"))).encoding).toBe("utf-8");
  });

  it("throws unsupported-encoding naming the feed and the label", () => {
    const attempt = () =>
      detectFeedEncoding(Buffer.from(xml("x-klingon", "")), null, "https://example.org/feed");
    expect(attempt).toThrow(FeedParseError);
    expect(attempt).toThrow(
      "Feed 'https://example.org/feed' declares encoding 'x-klingon' in its XML declaration",
    );
    try {
      attempt();
    } catch (error) {
      expect((error as FeedParseError).code).toBe("unsupported-encoding");
    }
  });
});

describe("decodeFeed", () => {
  it("decodes UTF-16 LE and BE with BOMs", () => {
    const text = xml("UTF-16", "Ελλάδα");
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeFeed(le)).toBe(text);
    expect(decodeFeed(be)).toBe(text);
  });

  it("decodes legacy encodings with iconv-lite", () => {
    expect(decodeFeed(iconv.encode(xml("ISO-8859-2", "Zażółć gęślą jaźń"), "iso-8859-2"))).toContain(
      "Zażółć gęślą jaźń",
    );
    expect(decodeFeed(iconv.encode(xml("GB2312", "新闻国内"), "gb2312"))).toContain("新闻国内");
    expect(decodeFeed(iconv.encode(xml("Shift_JIS", "日本語"), "shift_jis"))).toContain("日本語");
    expect(decodeFeed(iconv.encode(xml("Big5", "臺灣"), "big5"))).toContain("臺灣");
    expect(decodeFeed(iconv.encode(xml("windows-1251", "Україна"), "windows-1251"))).toContain("Україна");
  });

  it("reads ISO-8859-1 labels as windows-1252 so smart quotes survive", () => {
    const bytes = Buffer.concat([
      Buffer.from(`<?xml version="1.0" encoding="ISO-8859-1"?><t>`),
      Buffer.from([0x93, 0x41, 0x94]),
    ]);
    expect(decodeFeed(bytes)).toContain("\u201cA\u201d");
  });

  it("decodes undeclared Latin-1 without replacement characters", () => {
    const text = decodeFeed(Buffer.from("<rss><title>Notícias de São Paulo</title></rss>", "latin1"));
    expect(text).toContain("Notícias de São Paulo");
    expect(text).not.toContain("\uFFFD");
  });

  it("strips leading whitespace and the BOM before <?xml", () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(`\n  \t${xml("utf-8", "x")}`)]);
    expect(decodeFeed(bytes)).toBe(xml("utf-8", "x"));
  });

  it("accepts a Uint8Array view into a larger buffer", () => {
    const backing = Buffer.from(`JUNK<rss>é</rss>`);
    expect(decodeFeed(new Uint8Array(backing.buffer, backing.byteOffset + 4, backing.length - 4))).toBe(
      "<rss>é</rss>",
    );
  });
});

describe("normalizeEncodingLabel", () => {
  it("maps common aliases and rejects unknown labels", () => {
    expect(normalizeEncodingLabel(" UTF8 ")).toBe("utf-8");
    expect(normalizeEncodingLabel("latin1")).toBe("windows-1252");
    expect(normalizeEncodingLabel("GBK")).toBe("gb18030");
    expect(normalizeEncodingLabel("koi8-r")).toBe("koi8-r");
    expect(normalizeEncodingLabel("none")).toBeNull();
  });
});
