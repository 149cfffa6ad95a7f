import { RISK_FACTORS } from "@vigil/taxonomy";
import { describe, expect, it } from "vitest";
import { toEvidenceFilters, toItemsInput, toMapInput } from "./query-inputs.ts";
import { DEFAULT_VIEW } from "./view-state.ts";

describe("query inputs from the view", () => {
  it("sends nothing extra for the default view", () => {
    expect(toMapInput(DEFAULT_VIEW)).toEqual({ window: "30d" });
  });

  it("sends factors alone as factors, and expands them once an indicator is picked (either, not both)", () => {
    expect(toEvidenceFilters({ ...DEFAULT_VIEW, riskFactors: [8] })).toEqual({ riskFactors: [8] });
    const mixed = toEvidenceFilters({ ...DEFAULT_VIEW, riskFactors: [14], indicators: ["8.8"] });
    const factor14 =
      RISK_FACTORS.find((factor) => factor.id === 14)?.indicators.map((indicator) => indicator.id) ?? [];
    expect(mixed.riskFactors).toBeUndefined();
    expect(mixed.indicators).toEqual([...factor14, "8.8"]);
  });

  it("maps source choices and the as-of day", () => {
    expect(toMapInput({ ...DEFAULT_VIEW, sources: "news", asOf: "2026-10-01" })).toEqual({
      window: "30d",
      asOf: "2026-10-01T23:59:59.999Z",
      sourceTypes: ["news"],
    });
  });

  it("bounds the item list by whole days so its query key is stable within a day", () => {
    const morning = toItemsInput(DEFAULT_VIEW, new Date("2026-11-20T08:00:00Z"));
    const evening = toItemsInput(DEFAULT_VIEW, new Date("2026-11-20T22:00:00Z"));
    expect(morning).toEqual(evening);
    expect(morning.since).toBe("2026-10-22T00:00:00.000Z");
    const past = toItemsInput(
      { ...DEFAULT_VIEW, window: "7d", asOf: "2026-10-10" },
      new Date("2026-11-20T08:00:00Z"),
      "SD",
    );
    expect(past).toMatchObject({
      since: "2026-10-04T00:00:00.000Z",
      until: "2026-10-11T00:00:00.000Z",
      iso2: "SD",
    });
  });

  it("asks the server for the region's items unless a country is open", () => {
    const today = new Date("2026-11-20T08:00:00Z");
    expect(toItemsInput({ ...DEFAULT_VIEW, region: "africa" }, today).region).toBe("africa");
    expect(toItemsInput({ ...DEFAULT_VIEW, region: "africa" }, today, "SD")).not.toHaveProperty("region");
  });
});
