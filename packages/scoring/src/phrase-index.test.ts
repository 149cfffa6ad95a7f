import { describe, expect, it } from "vitest";
import { keepLongest, MatchBuffer } from "./match-buffer.ts";
import { PhraseIndex } from "./phrase-index.ts";
import { tokenize } from "./tokenize.ts";
import { Vocabulary } from "./vocabulary.ts";

/** An index of [phrase, label] pairs; `scan` answers the labels matched, in match order. */
function build(phrases: [string, string][], tag = 1) {
  const vocabulary = new Vocabulary();
  const index = new PhraseIndex(vocabulary);
  const labels = new Map<number, string>();
  for (const [phrase, label] of phrases) labels.set(index.add(phrase, tag), label);
  const hits = new MatchBuffer();
  const scan = (text: string) => {
    index.scan(tokenize(text, vocabulary, 0), hits);
    return Array.from({ length: hits.count }, (_, at) => labels.get(hits.nodes[at] as number));
  };
  const longest = (text: string) => {
    index.scan(tokenize(text, vocabulary, 0), hits);
    const kept = Int32Array.from({ length: hits.count }, (_, at) => at);
    const count = keepLongest(hits, kept, hits.count);
    return Array.from(kept.subarray(0, count), (at) => labels.get(hits.nodes[at] as number));
  };
  return { index, hits, scan, longest };
}

describe("PhraseIndex", () => {
  it("matches whole words only", () => {
    const { scan } = build([
      ["Niger", "NE"],
      ["Nigeria", "NG"],
    ]);
    expect(scan("Nigeria and Niger; nigerian")).toEqual(["NG", "NE"]);
  });

  it("finds multi-word phrases with folded case and accents", () => {
    const { scan } = build([["Côte d'Ivoire", "CI"]]);
    expect(scan("COTE D’IVOIRE votes")).toEqual(["CI"]);
  });

  it("keeps only the longest of nested matches", () => {
    const { longest } = build([
      ["Sudan", "SD"],
      ["South Sudan", "SS"],
      ["Guinea", "GN"],
      ["Papua New Guinea", "PG"],
      ["New Guinea", "X"],
    ]);
    expect(longest("South Sudan, Sudan and Papua New Guinea")).toEqual(["SS", "SD", "PG"]);
  });

  it("tags each match with the tags of every reader whose phrase ends there", () => {
    const vocabulary = new Vocabulary();
    const index = new PhraseIndex(vocabulary);
    const sudan = index.add("Sudan", 1);
    expect(index.add("sudan", 4)).toBe(sudan);
    index.add("South Sudan", 2);
    const hits = new MatchBuffer();
    index.scan(tokenize("South Sudan", vocabulary, 0), hits);
    expect(Array.from(hits.tags.subarray(0, hits.count))).toEqual([2, 5]);
  });

  it("holds thousands of phrases without losing any", () => {
    const phrases: [string, string][] = Array.from({ length: 5_000 }, (_, i) => [
      `place ${i} ${i % 7}`,
      `p${i}`,
    ]);
    const { scan } = build(phrases);
    expect(scan("place 4321 2 and place 17 3")).toEqual(["p4321", "p17"]);
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

  it("finds every continuation of a word with many, and no phrase that was not added", () => {
    // Forty second words: more than a node's signature has bits, so some share a bit with words that don't follow.
    const seconds = Array.from({ length: 40 }, (_, k) => `w${k}`);
    const { scan } = build(seconds.map((second) => [`attack ${second}`, second]));
    for (const second of seconds) expect(scan(`an attack ${second} today`)).toEqual([second]);
    expect(scan("attack w40 attack attack")).toEqual([]);
  });

  it("finds phrases added after a scan, under words that began other phrases", () => {
    const { index, scan } = build([["attack", "A"]]);
    expect(scan("attack on Goma")).toEqual(["A"]);
    index.add("attack on", 1);
    index.add("Goma", 1);
    // "attack", "attack on" and "Goma": the walk from "attack" must see that a phrase now continues.
    expect(scan("attack on Goma")).toHaveLength(3);
  });
});
