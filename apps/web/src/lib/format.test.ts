import { describe, expect, it } from "vitest";
import { describeTrend, formatDay, formatRelative, plural } from "./format.ts";

describe("format", () => {
  it("describes trends in symbols and in words", () => {
    expect(describeTrend({ delta: 5.4, direction: "rising" })).toEqual({
      short: "▲ +5",
      words: "rising 5 points",
    });
    expect(describeTrend({ delta: -3.2, direction: "falling" }).short).toBe("▼ −3");
    expect(describeTrend({ delta: null, direction: "new" }).short).toBe("new");
  });

  it("formats days in UTC and relative times", () => {
    expect(formatDay("2026-11-02T23:30:00Z")).toBe("2 Nov 2026");
    const now = new Date("2026-11-02T12:00:00Z");
    expect(formatRelative("2026-11-02T11:55:00Z", now)).toBe("5 minutes ago");
    expect(formatRelative("2026-11-02T14:00:00Z", now)).toBe("in 2 hours");
    expect(formatRelative("2026-11-02T12:00:20Z", now)).toBe("just now");
  });

  it("pluralises counts", () => {
    expect(plural(1, "item")).toBe("1 item");
    expect(plural(1200, "story", "stories")).toBe("1,200 stories");
  });
});
