import { cleanup, fireEvent, render, screen, within } from "@testing-library/react";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CountrySituation } from "../../lib/api-types.ts";
import { RankingTable } from "./ranking-table.tsx";

afterEach(cleanup);

const SUDAN: CountrySituation = {
  iso2: "SD",
  name: "Sudan",
  region: "africa",
  score: 71.6,
  level: "severe",
  trend: { delta: 8, direction: "rising" },
  isSpike: true,
  evidenceCount: 14,
  coverage: 60,
  factors: [],
};

describe("RankingTable", () => {
  it("is a captioned table with scoped headers and aria-sort on the sorted column", () => {
    render(
      <RankingTable
        rows={[{ rank: 1, situation: SUDAN }]}
        sort={{ key: "score", direction: "desc" }}
        scopeLabel="Africa"
        selectedIso2={null}
        onSortChange={() => undefined}
        onSelectCountry={() => undefined}
      />,
    );
    const table = screen.getByRole("table");
    expect(within(table).getByText(/Countries in Africa by score, highest first/)).toBeTruthy();
    expect(screen.getByRole("columnheader", { name: /Score/ }).getAttribute("aria-sort")).toBe("descending");
    expect(screen.getByRole("columnheader", { name: /Trend/ }).getAttribute("aria-sort")).toBe("none");
    expect(screen.getByRole("rowheader", { name: /Sudan/ })).toBeTruthy();
  });

  it("flips the order from the header button and opens a row with Enter", () => {
    const onSortChange = vi.fn();
    const onSelectCountry = vi.fn();
    render(
      <RankingTable
        rows={[{ rank: 1, situation: SUDAN }]}
        sort={{ key: "score", direction: "desc" }}
        scopeLabel="all regions"
        selectedIso2={null}
        onSortChange={onSortChange}
        onSelectCountry={onSelectCountry}
      />,
    );
    fireEvent.click(screen.getByRole("button", { name: /Score/ }));
    expect(onSortChange).toHaveBeenCalledWith({ key: "score", direction: "asc" });
    fireEvent.click(screen.getByRole("button", { name: /Evidence/ }));
    expect(onSortChange).toHaveBeenLastCalledWith({ key: "evidence", direction: "desc" });
    const row = screen.getByRole("rowheader", { name: /Sudan/ }).closest("tr");
    expect(row?.tabIndex).toBe(0);
    if (row) fireEvent.keyDown(row, { key: "Enter" });
    expect(onSelectCountry).toHaveBeenCalledWith("SD");
  });
});
