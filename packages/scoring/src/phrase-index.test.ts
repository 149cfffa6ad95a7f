import { describe, expect, it } from "vitest";
import { dropContained, PhraseIndex } from "./phrase-index.ts";
import { tokenize } from "./tokenize.ts";
import { Vocabulary } from "./vocabulary.ts";

function build(phrases: [string, string][]) {
  const vocabulary = new Vocabulary();
  const index = new PhraseIndex<string>(vocabulary);
  for (const [phrase, payload] of phrases) index.add(phrase, payload);
  return { index, scan: (text: string) => index.match(tokenize(text, vocabulary, 0)) };
}

describe("PhraseIndex", () => {
  it("matches whole words only", () => {
    const { scan } = build([
      ["Niger", "NE"],
      ["Nigeria", "NG"],
    ]);
    expect(scan("Nigeria and Niger; nigerian").map((match) => match.payloads)).toEqual([["NG"], ["NE"]]);
  });

  it("finds multi-word phrases with folded case and accents", () => {
    const { scan } = build([["Côte d'Ivoire", "CI"]]);
    expect(scan("COTE D’IVOIRE votes")).toHaveLength(1);
  });

  it("keeps only the longest of nested matches", () => {
    const { scan } = build([
      ["Sudan", "SD"],
      ["South Sudan", "SS"],
      ["Guinea", "GN"],
      ["Papua New Guinea", "PG"],
      ["New Guinea", "X"],
    ]);
    const kept = dropContained(scan("South Sudan, Sudan and Papua New Guinea"));
    expect(kept.map((match) => match.payloads[0])).toEqual(["SS", "SD", "PG"]);
  });

  it("holds thousands of phrases without losing any", () => {
    const phrases: [string, string][] = Array.from({ length: 5_000 }, (_, i) => [
      `place ${i} ${i % 7}`,
      `p${i}`,
    ]);
    const { scan } = build(phrases);
    expect(scan("place 4321 2 and place 17 3").map((match) => match.payloads[0])).toEqual(["p4321", "p17"]);
  });

  it("does work that grows linearly with the text, even on adversarial input", () => {
    // Long shared prefixes make a naive matcher rescan; the token walk stops at the phrase length.
    const { index, scan } = build(Array.from({ length: 8 }, (_, n) => [`${"a ".repeat(n + 1)}b`, `p${n}`]));
    const stepsFor = (words: number) => {
      scan("a ".repeat(words));
      return index.lastMatchSteps;
    };
    const small = stepsFor(1_000);
    const large = stepsFor(16_000);
    expect(large / small).toBeGreaterThan(15);
    expect(large / small).toBeLessThan(17);
    expect(large).toBeLessThanOrEqual(16_000 * 9);
  });
});
