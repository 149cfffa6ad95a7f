import { storyFingerprint, storySimilarity } from "@vigil/scoring";
import { describe, expect, it } from "vitest";
import { QueryWords, readWords, wordSimilarity, wordSimilarityAtLeast } from "./fingerprint-words.ts";

function similarity(a: string, b: string): number {
  const query = new QueryWords();
  query.read(a);
  const words = new Uint32Array(3 + (b.length >>> 3));
  const count = readWords(b, words, 3, false);
  return wordSimilarity(query, words, 3, 3 + count);
}

describe("wordSimilarity", () => {
  const titles = [
    "Gunmen kill 12 villagers in central Mali, officials say",
    "Gunmen killed 12 villagers in central Mali, officials say",
    "Sudan army shells El Fasher market as fighting spreads",
    "Army shells market in El Fasher, Sudan",
    "",
  ];

  it("is storySimilarity, to the last bit, on stored fingerprints", () => {
    for (const a of titles) {
      for (const b of titles) {
        const [left, right] = [storyFingerprint(a), storyFingerprint(b)];
        expect(similarity(left, right)).toBe(storySimilarity(left, right));
      }
    }
  });

  it("is storySimilarity on fingerprints Vigil never writes: unsorted, repeated, upper case, long", () => {
    const words = ["0000000a", "ffffffff", "0000000a", "80000000", "00000001"];
    // Longer than the query buffer starts (32 words), so it grows.
    const long = Array.from({ length: 40 }, (_, n) => (n * 0x0500_0001).toString(16).padStart(8, "0"));
    const odd = [
      words.join(""),
      [...words].reverse().join("").toUpperCase(),
      "00000001ffffffff",
      "0000000a0000000a",
      long.join(""),
      [...long].reverse().join(""),
    ];
    for (const a of odd) {
      for (const b of odd) expect(similarity(a, b)).toBe(storySimilarity(a, b));
    }
  });
});

describe("wordSimilarityAtLeast", () => {
  // Sorted distinct word lists that share a varying part, as fingerprints of related stories do.
  function words(seed: number, length: number, shared: number) {
    const set = new Set<number>();
    for (let n = 0; n < shared; n++) set.add(Math.imul(n + 1, 0x9e3779b1) >>> 0);
    for (let n = 0; set.size < length; n++) set.add(Math.imul(seed * 1_000 + n + 7, 0x85ebca6b) >>> 0);
    return Uint32Array.from(set).sort();
  }

  it("is wordSimilarity whenever that reaches the threshold, and below the threshold otherwise", () => {
    const query = new QueryWords();
    let compared = 0;
    for (let left = 1; left <= 24; left += 3) {
      for (let right = 1; right <= 24; right += 2) {
        for (let shared = 0; shared <= Math.min(left, right); shared++) {
          const a = words(1, left, shared);
          const b = words(2, right, shared);
          query.words = a;
          query.count = a.length;
          for (const threshold of [0.55, 0.3, 0.5, 0.8, 1]) {
            const exact = wordSimilarity(query, b, 0, b.length);
            const fast = wordSimilarityAtLeast(query, b, 0, b.length, threshold);
            if (exact >= threshold) expect(fast).toBe(exact);
            else expect(fast).toBeLessThan(threshold);
            compared++;
          }
        }
      }
    }
    expect(compared).toBeGreaterThan(1_000);
  });
});
