import { canApplyAction } from "@vigil/db/alert-schemas";
import { describe, expect, it } from "vitest";
import { DEFAULT_REVIEW_FILTERS, toReviewListInput } from "./review-filters.ts";

const NOW = new Date("2026-03-10T12:00:00.000Z");

describe("review filters", () => {
  it("opens on the alerts waiting for a decision", () => {
    expect(toReviewListInput(DEFAULT_REVIEW_FILTERS, NOW)).toEqual({});
  });

  it("turns status, country, indicator and age into the query", () => {
    expect(
      toReviewListInput({ status: "needs-info", country: "ML", indicator: "9.1", age: "7d" }, NOW),
    ).toEqual({
      statuses: ["needs-info"],
      country: "ML",
      indicator: "9.1",
      submittedAfter: "2026-03-03T12:00:00.000Z",
    });
    expect(
      toReviewListInput({ ...DEFAULT_REVIEW_FILTERS, age: "older-7d", status: "all" }, NOW),
    ).toMatchObject({
      statuses: ["submitted", "in-review", "needs-info", "verified", "dismissed"],
      submittedBefore: "2026-03-03T12:00:00.000Z",
    });
  });

  it("offers an action only for the statuses it applies to (as the API checks)", () => {
    expect(canApplyAction("verify", "submitted")).toBe(false);
    expect(canApplyAction("start-review", "submitted")).toBe(true);
    expect(canApplyAction("verify", "needs-info")).toBe(true);
    expect(canApplyAction("reopen", "dismissed")).toBe(true);
  });
});
