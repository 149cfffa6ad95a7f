import { RISK_FACTORS } from "@vigil/taxonomy";
import { describe, expect, it } from "vitest";
import { searchFramework } from "./framework-search.ts";

describe("searchFramework", () => {
  it("lists all 14 factors with every indicator for an empty query", () => {
    const groups = searchFramework("  ");
    expect(groups).toHaveLength(14);
    expect(groups.flatMap((group) => group.indicators).length).toBe(
      RISK_FACTORS.flatMap((f) => f.indicators).length,
    );
  });

  it("finds an indicator by its Framework number", () => {
    const groups = searchFramework("8.8");
    expect(groups.map((group) => group.factor.id)).toEqual([8]);
    expect(groups[0]?.indicators.map((indicator) => indicator.id)).toEqual(["8.8"]);
  });

  it("finds a whole factor by its number and indicators by words, case- and accent-insensitive", () => {
    expect(searchFramework("14")[0]?.indicators.length).toBe(
      RISK_FACTORS.find((f) => f.id === 14)?.indicators.length,
    );
    const armed = searchFramework("ARMED conflict");
    expect(armed.some((group) => group.indicators.some((indicator) => indicator.id === "1.1"))).toBe(true);
    expect(searchFramework("zzzz-nothing")).toEqual([]);
  });
});
