import { describe, expect, it } from "vitest";
import {
  contrastRatio,
  countryStyle,
  LEVEL_COLORS,
  levelFill,
  levelTextColor,
  NOT_MONITORED_COLORS,
  RISK_LEVELS,
  relativeLuminance,
} from "./risk-scale.ts";

describe("risk colour scale", () => {
  it("gives every level its own fill", () => {
    const fills = RISK_LEVELS.map(levelFill);
    expect(new Set(fills).size).toBe(RISK_LEVELS.length);
  });

  it("draws not monitored as a hatch, never as a colour of the scale", () => {
    expect(levelFill("not-monitored")).toMatch(/^url\(#/);
    expect(Object.values(LEVEL_COLORS)).not.toContain(NOT_MONITORED_COLORS.ground);
  });

  it("gets darker with every level, so order survives colour blindness and greyscale", () => {
    const luminances = (["low", "moderate", "high", "severe"] as const).map((level) =>
      relativeLuminance(LEVEL_COLORS[level]),
    );
    for (let i = 1; i < luminances.length; i++) expect(luminances[i]).toBeLessThan(luminances[i - 1] ?? 1);
    // Neighbouring levels must differ clearly in lightness alone (contrast ≥ 1.3).
    const colors = Object.values(LEVEL_COLORS);
    for (let i = 1; i < colors.length; i++)
      expect(contrastRatio(colors[i - 1] ?? "", colors[i] ?? "")).toBeGreaterThan(1.3);
  });

  it("keeps 'low' distinguishable from the not-monitored grey", () => {
    expect(LEVEL_COLORS.low).not.toBe(NOT_MONITORED_COLORS.ground);
    // Low is yellow, the hatch ground is grey: different hue even at similar lightness.
    const [r, g, b] = [1, 3, 5].map((i) => Number.parseInt(LEVEL_COLORS.low.slice(i, i + 2), 16));
    expect(Math.max(r ?? 0, g ?? 0, b ?? 0) - Math.min(r ?? 0, g ?? 0, b ?? 0)).toBeGreaterThan(60);
  });

  it("picks label text that is readable on every swatch", () => {
    for (const level of ["low", "moderate", "high", "severe"] as const) {
      expect(contrastRatio(levelTextColor(level), LEVEL_COLORS[level])).toBeGreaterThanOrEqual(4.5);
    }
  });

  it("returns the same style object for the same inputs", () => {
    expect(countryStyle("high")).toBe(countryStyle("high"));
    expect(countryStyle("high", { isDimmed: true })).not.toBe(countryStyle("high"));
    expect(countryStyle("low").fillColor).toBe(LEVEL_COLORS.low);
  });
});
