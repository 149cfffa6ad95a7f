import { getDefaultScorer } from "@vigil/scoring";
import { describe, expect, it } from "vitest";
import { alertScore, alertTitleAndText, REPORTER_INDICATOR_WEIGHT } from "./alert-score.ts";

describe("alert scoring", () => {
  it("splits a description into a headline sentence and the rest", () => {
    expect(alertTitleAndText("Militia burned houses. Families fled.")).toEqual({
      title: "Militia burned houses.",
      text: "Families fled.",
    });
    const long = `${"word ".repeat(60)}end.`;
    const { title, text } = alertTitleAndText(long);
    expect(title.length).toBeLessThanOrEqual(160);
    expect(`${title} ${text}`.replace(/\s+/g, " ")).toBe(long.trim().replace(/\s+/g, " "));
  });

  it("adds the reporter's indicators and country and never their severity below the floor", () => {
    const score = getDefaultScorer().scoreText({ title: "Fighting near Gao", text: "Shops closed." });
    const merged = alertScore(score, { country: "ML", indicators: ["9.1"], severity: "critical" });
    expect(merged.countries).toEqual([{ iso2: "ML", confidence: 1, evidence: [] }]);
    expect(merged.signals.find((signal) => signal.indicator === "9.1")?.weight).toBe(
      REPORTER_INDICATOR_WEIGHT,
    );
    expect(merged.riskFactors.find((factor) => factor.id === 9)?.weight).toBe(REPORTER_INDICATOR_WEIGHT);
    expect(merged.severity).toBeGreaterThanOrEqual(90);
  });
});
