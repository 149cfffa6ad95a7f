import { describe, expect, it } from "vitest";
import { HTML_ENTITY_CODE_POINTS } from "./html-entities.ts";
import { neutralizeEntities, sanitizeXml, wrapAtomXhtml } from "./sanitize-xml.ts";

describe("sanitizeXml", () => {
  it("removes a DOCTYPE with an internal subset, quotes, brackets and comments in it", () => {
    const xml = `<?xml version="1.0"?>
<!DOCTYPE rss [
  <!ENTITY tricky "a ] > b">
  <!-- a comment with ] and > and ' -->
  <!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss><channel><title>&tricky; &xxe; ok</title></channel></rss>`;
    const clean = sanitizeXml(xml);
    expect(clean).not.toContain("DOCTYPE");
    expect(clean).not.toContain("ENTITY");
    expect(clean).toContain("<rss><channel><title>  ok</title></channel></rss>");
  });

  it("removes a public DOCTYPE without a subset, in any case", () => {
    const xml = `<!doctype html PUBLIC "-//W3C//DTD XHTML 1.0//EN" "http://www.w3.org/TR/xhtml1.dtd"><html/>`;
    expect(sanitizeXml(xml)).toBe("<html/>");
  });

  it("leaves CDATA sections and comments untouched", () => {
    const xml = "<a><![CDATA[AT&T &bogus; <b>]]><!-- R&D &x; --> R&D</a>";
    expect(sanitizeXml(xml)).toBe("<a><![CDATA[AT&T &bogus; <b>]]><!-- R&D &x; --> R&amp;D</a>");
  });

  it("drops a truncated DOCTYPE to the end rather than hanging or keeping it", () => {
    expect(sanitizeXml(`<!DOCTYPE rss [ <!ENTITY a "x">`)).toBe("");
  });
});

describe("neutralizeEntities", () => {
  it("keeps the five XML entities and valid numeric references", () => {
    const text = "&amp;&lt;&gt;&quot;&apos;&#233;&#xE9;";
    expect(neutralizeEntities(text)).toBe(text);
  });

  it("turns common HTML entities into numeric references", () => {
    expect(neutralizeEntities("a&nbsp;b&mdash;c&eacute;&hellip;&euro;&Omega;")).toBe(
      "a&#160;b&#8212;c&#233;&#8230;&#8364;&#937;",
    );
  });

  it("drops unknown named references and invalid code points, escapes bare ampersands", () => {
    expect(neutralizeEntities("&lol9;x&#0;&#xD800;&#99999999;y")).toBe("xy");
    expect(neutralizeEntities("Q&A, a=1&b=2, & more")).toBe("Q&amp;A, a=1&amp;b=2, &amp; more");
  });
});

describe("HTML_ENTITY_CODE_POINTS", () => {
  it("covers Latin-1 from nbsp to yuml and the Greek alphabet", () => {
    expect(HTML_ENTITY_CODE_POINTS.get("nbsp")).toBe(0xa0);
    expect(HTML_ENTITY_CODE_POINTS.get("yuml")).toBe(0xff);
    expect(HTML_ENTITY_CODE_POINTS.get("szlig")).toBe(0xdf);
    expect(HTML_ENTITY_CODE_POINTS.get("Rho")).toBe(0x3a1);
    expect(HTML_ENTITY_CODE_POINTS.get("Sigma")).toBe(0x3a3);
    expect(HTML_ENTITY_CODE_POINTS.get("omega")).toBe(0x3c9);
  });
});

describe("wrapAtomXhtml", () => {
  it("wraps inline XHTML of Atom text constructs in CDATA, escaping ]]>", () => {
    const xml = `<summary type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><a href="x">Scott</a>: <em>hi ]]></em></div></summary>`;
    expect(wrapAtomXhtml(xml)).toBe(
      `<summary type="xhtml"><![CDATA[<div xmlns="http://www.w3.org/1999/xhtml"><a href="x">Scott</a>: <em>hi ]]]]><![CDATA[></em></div>]]></summary>`,
    );
  });

  it("leaves html and text constructs and self-closing elements alone", () => {
    const xml = `<title type="html">&lt;b&gt;x&lt;/b&gt;</title><content type="xhtml"/><summary>y</summary>`;
    expect(wrapAtomXhtml(xml)).toBe(xml);
  });
});
