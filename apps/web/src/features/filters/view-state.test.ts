import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW, parseView, serializeView, type ViewState } from "./view-state.ts";

describe("view state in the URL", () => {
  it("reads a bare URL as the default view and writes the default view as nothing", () => {
    expect(parseView("")).toEqual(DEFAULT_VIEW);
    expect(serializeView(DEFAULT_VIEW)).toBe("");
  });

  it("round-trips every filter, the region, the open country and the sort", () => {
    const view: ViewState = {
      window: "90d",
      asOf: "2026-10-15",
      region: "mena",
      riskFactors: [1, 8],
      indicators: ["9.2", "10.1"],
      sources: "alert",
      country: "SY",
      sort: { key: "trend", direction: "asc" },
    };
    const search = serializeView(view);
    expect(search).toBe(
      "?window=90d&asOf=2026-10-15&region=mena&factors=1,8&indicators=9.2,10.1&sources=alert&country=SY&sort=trend-asc",
    );
    expect(parseView(search)).toEqual(view);
  });

  it("puts lists in Framework order and drops duplicates, so equal views give equal links", () => {
    const view = parseView("?indicators=10.1,9.2,9.2,1.10,1.2&factors=8,1,8");
    expect(view.indicators).toEqual(["1.2", "1.10", "9.2", "10.1"]);
    expect(view.riskFactors).toEqual([1, 8]);
    expect(parseView(serializeView(view))).toEqual(view);
  });

  it("ignores values it does not know instead of failing", () => {
    const view = parseView(
      "?window=12d&asOf=2026-02-31&region=atlantis&factors=0,15,x&indicators=99.1,<script>&sources=rumour&country=sudan&sort=name-up",
    );
    expect(view).toEqual(DEFAULT_VIEW);
  });

  it("accepts a lower-case country code", () => {
    expect(parseView("?country=sd").country).toBe("SD");
  });
});
