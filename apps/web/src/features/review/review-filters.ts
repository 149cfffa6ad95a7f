import type { AlertStatus, ReviewListInput } from "@vigil/db/alert-schemas";

/** How old the alerts shown are, by submission time. */
export type AgeFilter = "any" | "24h" | "7d" | "30d" | "older-7d";

/** The review queue's filters as the page holds them. */
export interface ReviewFilters {
  status: "open" | "all" | AlertStatus;
  /** ISO code, or "" for any country. */
  country: string;
  /** Indicator id, or "" for any. */
  indicator: string;
  age: AgeFilter;
}

/** The queue as it opens: alerts waiting for a decision, any country, indicator and age. */
export const DEFAULT_REVIEW_FILTERS: ReviewFilters = {
  status: "open",
  country: "",
  indicator: "",
  age: "any",
};

const HOUR = 3_600_000;
const AGE_SPANS: Record<Exclude<AgeFilter, "any">, { after?: number; before?: number }> = {
  "24h": { after: 24 * HOUR },
  "7d": { after: 7 * 24 * HOUR },
  "30d": { after: 30 * 24 * HOUR },
  "older-7d": { before: 7 * 24 * HOUR },
};

/** The filters as `review.list` input, ages turned into instants from `now`. */
export function toReviewListInput(filters: ReviewFilters, now: Date): ReviewListInput {
  const input: ReviewListInput = {};
  if (filters.status === "all") {
    input.statuses = ["submitted", "in-review", "needs-info", "verified", "dismissed"];
  } else if (filters.status !== "open") input.statuses = [filters.status];
  if (filters.country) input.country = filters.country;
  if (filters.indicator) input.indicator = filters.indicator as ReviewListInput["indicator"];
  if (filters.age !== "any") {
    const span = AGE_SPANS[filters.age];
    if (span.after !== undefined) input.submittedAfter = new Date(now.getTime() - span.after).toISOString();
    if (span.before !== undefined)
      input.submittedBefore = new Date(now.getTime() - span.before).toISOString();
  }
  return input;
}
