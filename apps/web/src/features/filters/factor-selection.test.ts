import { RISK_FACTORS } from "@vigil/taxonomy";
import { describe, expect, it } from "vitest";
import { isIndicatorPicked, toggleFactor, toggleIndicator } from "./factor-selection.ts";

const EMPTY = { riskFactors: [], indicators: [] };
const factor8 = RISK_FACTORS.find((factor) => factor.id === 8);

describe("factor and indicator selection", () => {
  it("ticks a factor and folds its single indicators into it", () => {
    const picked = toggleFactor({ riskFactors: [], indicators: ["8.8", "1.1"] }, 8);
    expect(picked).toEqual({ riskFactors: [8], indicators: ["1.1"] });
    expect(isIndicatorPicked(picked, "8.3")).toBe(true);
    expect(toggleFactor(picked, 8)).toEqual({ riskFactors: [], indicators: ["1.1"] });
  });

  it("unticking one indicator of a ticked factor keeps the others", () => {
    const picked = toggleIndicator({ riskFactors: [8], indicators: [] }, "8.8");
    expect(picked.riskFactors).toEqual([]);
    expect(picked.indicators).toHaveLength((factor8?.indicators.length ?? 0) - 1);
    expect(picked.indicators).not.toContain("8.8");
    // Ticking it again completes the factor.
    expect(toggleIndicator(picked, "8.8")).toEqual({ riskFactors: [8], indicators: [] });
  });

  it("ticks and unticks single indicators in Framework order", () => {
    const picked = toggleIndicator(toggleIndicator(EMPTY, "8.8"), "1.2");
    expect(picked.indicators).toEqual(["1.2", "8.8"]);
    expect(toggleIndicator(picked, "1.2").indicators).toEqual(["8.8"]);
  });
});
