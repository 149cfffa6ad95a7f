import { describe, expect, it } from "vitest";
import { foldPhrase, LexiconSchema } from "./lexicon-schema.ts";

function lexicon(overrides: Record<string, unknown> = {}) {
  return {
    lang: "fr",
    name: "Français",
    entries: [
      { phrase: "tués", indicator: "1.1", weight: 0.5, polarity: 1 },
      { phrase: "cessez-le-feu signé", indicator: "1.1", weight: 0.6, polarity: -1 },
    ],
    cues: [{ phrase: "démenti", kind: "negation", scope: "after" }],
    exclusions: ["tuer le temps"],
    stopwords: ["le", "la"],
    ...overrides,
  };
}

function messages(input: unknown): string {
  const result = LexiconSchema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("\n") ?? "";
}

const withEntry = (entry: Record<string, unknown>) =>
  lexicon({
    entries: [
      ...lexicon().entries,
      { phrase: "massacre", indicator: "11.1", weight: 0.9, polarity: 1, ...entry },
    ],
  });

describe("LexiconSchema", () => {
  it("accepts a well-formed lexicon", () => {
    expect(LexiconSchema.safeParse(lexicon()).success).toBe(true);
  });

  it("rejects empty, untrimmed and double-spaced phrases", () => {
    expect(messages(withEntry({ phrase: "" }))).toMatch(/entries\.2\.phrase: phrase is empty/);
    expect(messages(withEntry({ phrase: " massacre" }))).toMatch(/trimmed and single-spaced/);
    expect(messages(withEntry({ phrase: "fosse  commune" }))).toMatch(/trimmed and single-spaced/);
  });

  it("rejects weights outside (0, 1] and polarities other than 1 and -1", () => {
    expect(messages(withEntry({ weight: 0 }))).toMatch(/weight must be above 0/);
    expect(messages(withEntry({ weight: 1.2 }))).toMatch(/weight must be at most 1/);
    expect(messages(withEntry({ polarity: 0 }))).toMatch(/entries\.2\.polarity/);
  });

  it("rejects an unknown indicator id", () => {
    expect(messages(withEntry({ indicator: "8.13" }))).toMatch(/unknown indicator id "8\.13"/);
  });

  it("treats phrases that fold alike as duplicates", () => {
    expect(messages(withEntry({ phrase: "Tues", indicator: "1.1" }))).toMatch(
      /entries\.2: duplicate entry "Tues" → 1\.1 \(same as entries\[0\]\)/,
    );
    // The same phrase may signal several indicators.
    expect(LexiconSchema.safeParse(withEntry({ phrase: "tués", indicator: "11.1" })).success).toBe(true);
  });

  it("rejects duplicate cues and unknown cue kinds or scopes", () => {
    const cue = { phrase: "Démenti", kind: "negation", scope: "after" };
    expect(messages(lexicon({ cues: [...lexicon().cues, cue] }))).toMatch(/duplicate cue "Démenti"/);
    expect(messages(lexicon({ cues: [{ ...cue, kind: "doubt" }] }))).toMatch(/cues\.0\.kind/);
    expect(messages(lexicon({ cues: [{ ...cue, scope: "paragraph" }] }))).toMatch(/cues\.0\.scope/);
  });

  it("rejects an exclusion that is also an entry phrase", () => {
    expect(messages(lexicon({ exclusions: ["Tués"] }))).toMatch(/exclusion "Tués" is also an entry phrase/);
  });

  it("rejects a malformed language code and unknown fields", () => {
    expect(messages(lexicon({ lang: "French" }))).toMatch(/lowercase ISO 639 code/);
    expect(messages(lexicon({ comment: "x" }))).toMatch(/comment/);
  });
});

describe("foldPhrase", () => {
  it("folds case, diacritics and typographic apostrophes", () => {
    expect(foldPhrase("Tuées")).toBe("tuees");
    expect(foldPhrase("Coup d’État")).toBe("coup d'etat");
    expect(foldPhrase("Niños ASESINADOS")).toBe("ninos asesinados");
  });
});
