import { describe, expect, it } from "vitest";
import { safeHref } from "./safe-url.ts";

describe("safeHref", () => {
  it("keeps http and https links", () => {
    expect(safeHref("https://example.org/a?b=1")).toBe("https://example.org/a?b=1");
    expect(safeHref("http://example.org")).toBe("http://example.org/");
  });

  it("drops script, data and relative links from feeds", () => {
    expect(safeHref("javascript:alert(1)")).toBeUndefined();
    expect(safeHref(" JaVaScRiPt:alert(1)")).toBeUndefined();
    expect(safeHref("data:text/html,<script>alert(1)</script>")).toBeUndefined();
    expect(safeHref("/relative")).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
  });
});
