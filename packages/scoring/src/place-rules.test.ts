import { describe, expect, it } from "vitest";
import { evaluate } from "./evaluate.ts";
import { createScorer } from "./score-text.ts";
import type { ScorerPlaceTerm } from "./scorer-data.ts";

const place = (
  term: string,
  iso2: string,
  kind: ScorerPlaceTerm["kind"],
  weight: number,
): ScorerPlaceTerm => ({
  term,
  iso2,
  kind,
  weight,
  flags: 0,
});
const scorer = createScorer({
  lexicons: [
    {
      lang: "en",
      entries: [
        { phrase: "0 dead", indicator: "1.1", weight: 0.5, polarity: 1 },
        { phrase: "shelling", indicator: "1.1", weight: 0.6, polarity: 1 },
      ],
      cues: [],
      exclusions: [],
      stopwords: ["the", "in", "of"],
    },
  ],
  places: [
    place("Israeli", "IL", "demonym", 0.85),
    place("Lebanese", "LB", "demonym", 0.85),
    place("Russian", "RU", "demonym", 0.85),
    place("Turkish", "TR", "demonym", 0.85),
    place("Raqqa", "SY", "subnational", 0.8),
    place("US", "US", "alias", 0.95),
    place("Venezuelan", "VE", "demonym", 0.85),
  ],
  contextRules: [],
});
const ranked = (text: string) => scorer.scoreText({ text }).countries.map((hit) => hit.iso2);

describe("who and where", () => {
  it("prefers the place an event happens in over a nationality", () => {
    expect(ranked("Turkish shooters: civilian killed in northern Raqqa")[0]).toBe("SY");
  });

  it("reads a nationality next to armed force as the attacking side", () => {
    expect(ranked("Lebanese killed in Israeli air raid")[0]).toBe("LB");
    expect(ranked("Russian warplanes strike; Lebanese civilians flee")[0]).toBe("LB");
  });

  it("reads a government acting on another as the actor, not the subject", () => {
    expect(ranked("US sanctions Venezuelan officials")[0]).toBe("VE");
  });

  it("does not take a dateline for an adjective", () => {
    const score = scorer.scoreText({ text: "Russian: shelling reported" });
    expect(score.countries[0]?.evidence[0]?.weight).toBeGreaterThan(0.6);
  });
});

describe("numbers in phrases", () => {
  it("lets 0 stand for any number", () => {
    expect(scorer.scoreText({ text: "Tijuana: 18 dead since Sunday" }).signals[0]?.indicator).toBe("1.1");
    expect(scorer.scoreText({ text: "Dead link fixed" }).signals).toEqual([]);
  });
});

describe("evaluate", () => {
  it("counts precision over rows with a prediction and recall over all rows", () => {
    const report = evaluate(scorer, [
      { text: "18 dead in Raqqa", country_iso2: "SY", violence_type: "state-based conflict" },
      { text: "Turkish news", country_iso2: "SY" },
      { text: "nothing here", country_iso2: "SY" },
    ]);
    expect(report).toMatchObject({ rows: 3, predicted: 2, correct: 1, precision: 0.5, recall: 0.333 });
    expect(report.violenceFactorRate).toBe(0.333);
    expect(report.mistakes).toEqual([{ id: undefined, text: "Turkish news", expected: "SY", got: "TR" }]);
  });
});
