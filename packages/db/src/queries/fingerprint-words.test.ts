import { storyFingerprint, storySimilarity } from "@vigil/scoring";
import { describe, expect, it } from "vitest";
import { QueryWords, readWords, wordSimilarity } from "./fingerprint-words.ts";

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
