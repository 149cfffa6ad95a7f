import { describe, expect, it } from "vitest";
import { DEFAULT_VIEW } from "../filters/view-state.ts";
import { liveViewHref, toSnapshotInput } from "./snapshot-input.ts";

describe("toSnapshotInput", () => {
  it("takes every filter of the view, with its region and open country", () => {
    const view = {
      ...DEFAULT_VIEW,
      window: "7d" as const,
      asOf: "2026-03-01",
      region: "africa" as const,
      riskFactors: [13],
      sources: "news" as const,
      country: "SD",
    };
    expect(toSnapshotInput(view)).toEqual({
      window: "7d",
      asOf: "2026-03-01T23:59:59.999Z",
      riskFactors: [13],
      sourceTypes: ["news"],
      region: "africa",
      iso2: "SD",
    });
    expect(toSnapshotInput(DEFAULT_VIEW)).toEqual({ window: "30d" });
  });
});

describe("liveViewHref", () => {
  it("opens the snapshot's filters on the live dashboard", () => {
    const filters = {
      windowDays: 90,
      asOf: "2026-03-01T23:59:59.999Z",
      region: "africa",
      iso2: "SD",
      riskFactors: null,
      indicators: ["8.8"],
      sourceTypes: ["alert" as const],
    };
    expect(liveViewHref(filters)).toBe(
      "/?window=90d&asOf=2026-03-01&region=africa&indicators=8.8&sources=alert&country=SD",
    );
  });
});
