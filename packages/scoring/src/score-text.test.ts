import { describe, expect, it } from "vitest";
import { createScorer } from "./score-text.ts";
import { FLAG, type ScorerLexicon, type ScorerPlaceTerm } from "./scorer-data.ts";

// A small inline lexicon and gazetteer: these tests pin the scorer's rules, not the shipped data.
const EN: ScorerLexicon = {
  lang: "en",
  entries: [
    { phrase: "massacre", indicator: "11.1", weight: 0.9, polarity: 1 },
    { phrase: "killed", indicator: "1.1", weight: 0.5, polarity: 1 },
    { phrase: "civilians killed", indicator: "11.1", weight: 0.8, polarity: 1 },
    { phrase: "civilians killed", indicator: "13.1", weight: 0.8, polarity: 1 },
    { phrase: "war", indicator: "1.1", weight: 0.5, polarity: 1 },
    { phrase: "ceasefire agreed", indicator: "1.1", weight: 0.3, polarity: -1 },
  ],
  cues: [
    { phrase: "no reports of", kind: "negation", scope: "before" },
    { phrase: "denied", kind: "negation", scope: "after" },
    { phrase: "alleged", kind: "hedge", scope: "before" },
    { phrase: "drill", kind: "non-event", scope: "sentence" },
  ],
  exclusions: ["price war"],
  stopwords: ["the", "in", "of", "and", "a", "by", "to", "on"],
};
const FR: ScorerLexicon = {
  lang: "fr",
  entries: [{ phrase: "massacre", indicator: "11.1", weight: 0.9, polarity: 1 }],
  cues: [],
  exclusions: [],
  stopwords: ["le", "la", "les", "des", "dans", "un", "une", "du"],
};
const place = (term: string, iso2: string, kind: ScorerPlaceTerm["kind"], weight: number, flags = 0) => ({
  term,
  iso2,
  kind,
  weight,
  flags,
});
const PLACES: ScorerPlaceTerm[] = [
  place("Jordan", "JO", "country", 1, FLAG.CASE_SENSITIVE | FLAG.PERSON_NAME),
  place("Amman", "JO", "capital", 0.8),
  place("Georgia", "GE", "country", 1, FLAG.PERSON_NAME),
  place("Washington", "US", "capital", 0.8, FLAG.METONYM),
  place("Venezuela", "VE", "country", 1),
  place("Tripoli", "LY", "city", 0.7, FLAG.AMBIGUOUS),
  place("Tripoli", "LB", "city", 0.7, FLAG.AMBIGUOUS),
  place("Lebanon", "LB", "country", 1),
  place("Mobile", "US", "city", 0.5, FLAG.CASE_SENSITIVE),
];
const scorer = createScorer({
  lexicons: [EN, FR],
  places: PLACES,
  contextRules: [{ term: "Georgia", iso2: "GE", whenAnyOf: ["Atlanta", "county"], thenIso2: "US" }],
});
const factors = (text: string) => scorer.scoreText({ text }).riskFactors.map((factor) => factor.id);
const top = (text: string) => scorer.scoreText({ text }).countries[0]?.iso2;

describe("scoreText signals", () => {
  it("finds indicator evidence with spans into the original text", () => {
    const score = scorer.scoreText({ title: "Massacre in Amman", text: "Dozens of civilians killed." });
    expect(score.signals.map((signal) => signal.indicator)).toEqual(["11.1", "13.1"]);
    const evidence = score.signals[0]?.evidence ?? [];
    expect(evidence.map((span) => [span.field, span.text])).toEqual([
      ["title", "Massacre"],
      ["text", "civilians killed"],
    ]);
    expect(score.severity).toBeGreaterThan(50);
  });

  it("drops negated and non-event signals and says why", () => {
    expect(factors("There were no reports of a massacre in the town")).toEqual([]);
    expect(factors("Massacre claims denied by the army")).toEqual([]);
    expect(factors("Army runs massacre response drill")).toEqual([]);
    const suppressed = scorer.scoreText({ text: "no reports of massacre" }).suppressed;
    expect(suppressed.map((item) => item.reason)).toEqual(["negated"]);
  });

  it("keeps a negation from reaching across sentences", () => {
    expect(factors("Officials denied nothing. A massacre in the village")).toEqual([11]);
  });

  it("halves hedged signals", () => {
    const plain = scorer.scoreText({ text: "massacre in the village" }).signals[0]?.weight ?? 0;
    const hedged = scorer.scoreText({ text: "alleged massacre in the village" }).signals[0];
    expect(hedged?.weight ?? 0).toBeCloseTo(plain / 2, 3);
    expect(hedged?.evidence[0]?.modifiers).toEqual(["hedged"]);
  });

  it("ignores idioms listed as exclusions", () => {
    expect(factors("Supermarkets start a price war")).toEqual([]);
    expect(factors("The war in the north")).toEqual([1]);
  });

  it("lets mitigating phrases lower an indicator", () => {
    const risky = scorer.scoreText({ text: "war in the north" }).signals[0]?.weight ?? 0;
    const mitigated =
      scorer.scoreText({ text: "war in the north, ceasefire agreed" }).signals[0]?.weight ?? 0;
    expect(mitigated).toBeLessThan(risky);
  });

  it("detects the language and uses that lexicon", () => {
    expect(scorer.scoreText({ text: "Un massacre dans le village" }).lang).toBe("fr");
    expect(scorer.scoreText({ text: "A massacre in the village" }).lang).toBe("en");
    expect(scorer.scoreText({ text: "massacre", lang: "fr" }).lang).toBe("fr");
  });

  it("counts a phrase two lexicons share once, and keeps it negated when one lexicon's cue negates it", () => {
    // No stopwords, so the language is not known and both lexicons read the text.
    const shared = scorer.scoreText({ text: "Massacre reported" });
    expect(shared.signals.map((signal) => [signal.indicator, signal.evidence.length])).toEqual([["11.1", 1]]);
    const negated = scorer.scoreText({ text: "No reports of massacre" });
    expect(negated.signals).toEqual([]);
    expect(negated.suppressed.map((item) => [item.text, item.reason])).toEqual([["massacre", "negated"]]);
  });

  it("counts shared phrases once in a long text too, where the check switches to sets to stay linear", () => {
    // 40 occurrences found by two lexicons: 80 signals, past the pairwise comparison's bound.
    const long = scorer.scoreText({ text: Array.from({ length: 40 }, () => "Massacre reported").join(". ") });
    expect(long.signals.map((signal) => [signal.indicator, signal.evidence.length])).toEqual([["11.1", 40]]);
    const negated = scorer.scoreText({ text: `No reports of massacre. ${"Massacre reported. ".repeat(39)}` });
    expect(negated.signals.map((signal) => [signal.indicator, signal.evidence.length])).toEqual([
      ["11.1", 39],
    ]);
    expect(negated.suppressed.map((item) => item.reason)).toEqual(["negated"]);
  });

  it("is deterministic", () => {
    const input = { title: "Massacre in Amman", text: "civilians killed; Washington and Venezuela" };
    expect(JSON.stringify(scorer.scoreText(input))).toBe(JSON.stringify(scorer.scoreText(input)));
  });

  it("summarises what scoreText finds: the same countries, weights, spans and severity", () => {
    const inputs = [
      { title: "Massacre in Amman", text: "civilians killed; Washington and Venezuela" },
      { text: "Alleged massacre in Tripoli, Lebanon. No reports of civilians killed" },
      { text: "Ceasefire agreed in Georgia after the war", lang: "en" },
      { text: "Nothing to see here" },
    ];
    const spans = (signals: ReturnType<typeof scorer.scoreSummary>["signals"]) =>
      signals.map(({ indicator, weight, evidence }) => ({
        indicator,
        weight,
        evidence: evidence.map(({ field, start, end, text }) => ({ field, start, end, text })),
      }));
    for (const input of inputs) {
      const score = scorer.scoreText(input);
      const summary = scorer.scoreSummary(input);
      expect(summary.countries.map(({ iso2, confidence }) => ({ iso2, confidence }))).toEqual(
        score.countries.map(({ iso2, confidence }) => ({ iso2, confidence })),
      );
      expect(spans(summary.signals)).toEqual(spans(score.signals));
      expect(summary.riskFactors).toEqual(score.riskFactors);
      expect(summary.severity).toBe(score.severity);
    }
  });
});

describe("scoreText countries", () => {
  it("reads Jordan the person differently from Jordan the country", () => {
    expect(top("Michael Jordan visits the team")).toBeUndefined();
    expect(top("Refugees arrive in Jordan after the war")).toBe("JO");
    expect(top("Protests in Amman, Jordan on Friday")).toBe("JO");
    expect(top("a jordan river walk")).toBeUndefined();
  });

  it("moves Georgia to the US when the text says so", () => {
    expect(top("Fighting near the border of Georgia")).toBe("GE");
    expect(top("Shooting in Atlanta, Georgia")).toBe("US");
  });

  it("lets a capital used for its government yield to the country it talks about", () => {
    expect(top("Washington imposes sanctions on Venezuela")).toBe("VE");
    expect(top("Protest in Washington")).toBe("US");
  });

  it("resolves an ambiguous city with the other places in the text", () => {
    expect(top("Clashes in Tripoli, northern Lebanon")).toBe("LB");
    // Alone, it goes to the first-listed country at a low confidence; a bare mention in the body stays under the floor.
    expect(top("Tripoli residents say clashes went on")).toBeUndefined();
    const alone = scorer.scoreText({ title: "Clashes in Tripoli", text: "" }).countries[0];
    expect(alone?.iso2).toBe("LY");
    expect(alone?.confidence).toBeLessThan(0.5);
  });

  it("ignores common-word city names in lower case and in Title Case", () => {
    expect(top("a new mobile phone")).toBeUndefined();
    expect(top("Floods In Mobile Leave Thousands Homeless")).toBeUndefined();
    expect(top("Floods in Mobile leave thousands homeless")).toBe("US");
  });
});
