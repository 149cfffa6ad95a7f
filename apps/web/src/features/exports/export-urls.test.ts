import { describe, expect, it } from "vitest";
import { exportUrl } from "./export-urls.ts";

describe("exportUrl", () => {
  it("carries every filter of the view", () => {
    const view = {
      window: "90d" as const,
      asOf: "2026-03-01T23:59:59.999Z",
      region: "africa" as const,
      iso2: "SD",
      indicators: ["8.8", "1.2"],
      sourceTypes: ["alert" as const],
    };
    expect(exportUrl({ view }, { format: "csv", table: "evidence" })).toBe(
      "/export/csv?window=90d&asOf=2026-03-01T23:59:59.999Z&region=africa&iso2=SD&indicators=8.8,1.2&sourceTypes=alert&table=evidence",
    );
    expect(exportUrl({ view: { window: "30d", riskFactors: [1, 13] } }, { format: "geojson" })).toBe(
      "/export/geojson?window=30d&riskFactors=1,13",
    );
  });

  it("names a snapshot by id, ignoring the table for formats that have none", () => {
    expect(exportUrl({ snapshotId: "abc123de" }, { format: "brief", table: "evidence" })).toBe(
      "/export/brief?snapshot=abc123de",
    );
  });
});
