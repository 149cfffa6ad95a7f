import { describe, expect, it } from "vitest";
import type { FeedHealth } from "../../lib/api-types.ts";
import {
  describeLastError,
  describeLastSuccess,
  describeNextAttempt,
  STATUS_TEXT,
  summarizeFeeds,
} from "./feed-health-text.ts";

const NOW = new Date("2026-11-20T12:00:00Z");
const FEED: FeedHealth = {
  id: 1,
  name: "Relief wire",
  url: "https://example.org/feed",
  enabled: true,
  consecutiveFailures: 0,
  lastSuccessAt: "2026-11-20T11:50:00Z",
  lastError: null,
  lastErrorAt: null,
  nextAttemptAt: "2026-11-20T12:05:00Z",
  itemsSeen: 40,
  status: "ok",
  isOverdue: false,
};

describe("feed health in words", () => {
  it("describes a healthy feed", () => {
    expect(describeLastSuccess(FEED, NOW)).toBe("10 minutes ago");
    expect(describeLastError(FEED, NOW)).toBeNull();
    expect(describeNextAttempt(FEED, NOW)).toBe("in 5 minutes");
  });

  it("describes a failing feed with its error, when, and the streak", () => {
    const failing: FeedHealth = {
      ...FEED,
      status: "failing",
      consecutiveFailures: 3,
      lastError: "answered 503 Service Unavailable",
      lastErrorAt: "2026-11-20T10:00:00Z",
      lastSuccessAt: null,
      isOverdue: true,
    };
    expect(describeLastSuccess(failing, NOW)).toBe("never");
    expect(describeLastError(failing, NOW)).toBe(
      "answered 503 Service Unavailable (2 hours ago) · 3 failures in a row",
    );
    expect(describeNextAttempt(failing, NOW)).toBe("due now");
    expect(describeNextAttempt({ ...failing, enabled: false }, NOW)).toBe("not polled while disabled");
  });

  it("has a label for every status", () => {
    expect(Object.keys(STATUS_TEXT).sort()).toEqual([
      "degraded",
      "disabled",
      "failing",
      "never-polled",
      "ok",
      "stale",
    ]);
  });
});

describe("summarizeFeeds", () => {
  it("says all healthy only when feeds have been polled without trouble", () => {
    expect(summarizeFeeds([FEED, { ...FEED, id: 2 }])).toEqual({
      text: "2 feeds active · all healthy",
      needsAttention: false,
    });
    expect(summarizeFeeds([{ ...FEED, status: "never-polled" }]).text).toBe("1 feed active · not polled yet");
    expect(summarizeFeeds([FEED, { ...FEED, id: 2, status: "failing" }])).toEqual({
      text: "2 feeds active · 1 need attention",
      needsAttention: true,
    });
    expect(summarizeFeeds([{ ...FEED, enabled: false, status: "disabled" }]).text).toBe("No feed active");
  });
});
