import { describe, expect, it } from "vitest";
import { detectLanguage, NO_LANGUAGE } from "./detect-language.ts";

const hits = (...counts: number[]) => Float64Array.from(counts);

describe("detectLanguage", () => {
  it("answers the leading language's index, doubled, plus one when confident", () => {
    expect(detectLanguage(null, hits(0, 3, 1), 3)).toBe(1 * 2 + 1);
    // Two stopwords, but a lead of half a word over the runner-up: not confident.
    expect(detectLanguage(null, hits(2, 1.5), 2)).toBe(0 * 2);
    // A single stopword is not evidence.
    expect(detectLanguage(null, hits(0, 1), 2)).toBe(1 * 2);
  });

  it("adds the title's stopwords to the text's", () => {
    expect(detectLanguage(hits(1, 0), hits(1, 0), 2)).toBe(0 * 2 + 1);
    expect(detectLanguage(hits(0, 2), hits(1, 0), 2)).toBe(1 * 2 + 1);
    expect(detectLanguage(hits(0, 1), hits(1, 0.5), 2)).toBe(1 * 2);
  });

  it("answers NO_LANGUAGE when no stopword occurs", () => {
    expect(detectLanguage(null, hits(0, 0), 2)).toBe(NO_LANGUAGE);
    expect(detectLanguage(hits(0), hits(0), 1)).toBe(NO_LANGUAGE);
  });
});
