import { describe, expect, it } from "vitest";
import { PhraseIndex, dropContained } from "./phrase-index.ts";
import { tokenize } from "./tokenize.ts";

function matchAll(index: PhraseIndex<string>, text: string) {
  const tokens = tokenize(text);
  return index.match(index.toTokenIds(tokens.words)).map((match) => ({ ...match, tokens }));
}

describe("PhraseIndex", () => {
  it("matches whole words only", () => {
    const index = new PhraseIndex<string>();
    index.add("Niger", "NE");
    index.add("Nigeria", "NG");
    const found = matchAll(index, "Nigeria and Niger; nigerian");
    expect(found.map((match) => match.payloads)).toEqual([["NG"], ["NE"]]);
  });

  it("finds multi-word phrases with folded case and accents", () => {
    const index = new PhraseIndex<string>();
    index.add("Côte d'Ivoire", "CI");
    expect(matchAll(index, "COTE D’IVOIRE votes")).toHaveLength(1);
  });

  it("keeps only the longest of nested matches", () => {
    const index = new PhraseIndex<string>();
    for (const [phrase, iso2] of [["Sudan", "SD"], ["South Sudan", "SS"], ["Guinea", "GN"], ["Papua New Guinea", "PG"], ["New Guinea", "X"]]) {
      index.add(phrase as string, iso2 as string);
    }
    const tokens = tokenize("South Sudan, Sudan and Papua New Guinea");
    const kept = dropContained(index.match(index.toTokenIds(tokens.words)));
    expect(kept.map((match) => match.payloads[0])).toEqual(["SS", "SD", "PG"]);
  });

  it("does work that grows linearly with the text, even on adversarial input", () => {
    const index = new PhraseIndex<string>();
    // Long shared prefixes make a naive matcher rescan; the token walk stops at the phrase length.
    for (let n = 1; n <= 8; n++) index.add(`${"a ".repeat(n)}b`, `p${n}`);
    const stepsFor = (words: number) => {
      index.match(index.toTokenIds(tokenize("a ".repeat(words)).words));
      return index.lastMatchSteps;
    };
    const small = stepsFor(1_000);
    const large = stepsFor(16_000);
    expect(large / small).toBeGreaterThan(15);
    expect(large / small).toBeLessThan(17);
    expect(large).toBeLessThanOrEqual(16_000 * 9);
  });
});
