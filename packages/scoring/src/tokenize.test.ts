import { describe, expect, it } from "vitest";
import { TOKEN_CAPITALISED, tokenize } from "./tokenize.ts";
import { Vocabulary } from "./vocabulary.ts";

function scan(text: string, known: string[] = []) {
  const vocabulary = new Vocabulary();
  for (const word of known) vocabulary.add(word);
  return { tokens: tokenize(text, vocabulary, 0), vocabulary };
}
const words = (text: string) => {
  const { tokens } = scan(text);
  return Array.from({ length: tokens.count }, (_, i) => text.slice(tokens.starts[i], tokens.ends[i]));
};

describe("tokenize", () => {
  it("returns offsets into the original text", () => {
    expect(words("Gunmen kill 12 in Borno.")).toEqual(["Gunmen", "kill", "12", "in", "Borno"]);
    expect(words("Côte d’Ivoire")).toEqual(["Côte", "d", "Ivoire"]);
  });

  it("looks words up folded, without building strings", () => {
    const { tokens } = scan("BORNO borno Bórno Bornos", ["borno"]);
    expect(Array.from(tokens.ids.subarray(0, tokens.count))).toEqual([0, 0, 0, -1]);
  });

  it("compares every character of long words, and finds words added after others grew the table", () => {
    const many = Array.from({ length: 3_000 }, (_, i) => `w${i}`);
    const { tokens } = scan("Internationalisation internationalisatiom w2999 w3000", [
      "internationalisation",
      ...many,
    ]);
    expect(Array.from(tokens.ids.subarray(0, tokens.count))).toEqual([0, -1, 3_000, -1]);
  });

  it("counts stopwords per language, whenever they were added", () => {
    const vocabulary = new Vocabulary();
    vocabulary.mark(["the"], 1);
    vocabulary.add("borno");
    // "le" gets its id after a word with no language: the tokenizer must still read its classes.
    vocabulary.mark(["le", "the"], 2);
    const tokens = tokenize("The borno le the", vocabulary, 2);
    expect(Array.from(tokens.stopwordHits)).toEqual([1, 2]);
  });

  it("marks capitalised tokens", () => {
    const { tokens } = scan("the Niger delta");
    expect(Array.from(tokens.flags.subarray(0, 3)).map((flag) => (flag & TOKEN_CAPITALISED) !== 0)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("numbers sentences, but not at the dots of abbreviations", () => {
    const { tokens } = scan("The U.S. said no. Troops fired; two died");
    expect(Array.from(tokens.sentences.subarray(0, tokens.count))).toEqual([0, 0, 0, 0, 0, 1, 1, 2, 2]);
  });

  it("tells sentence case from Title Case and CAPS", () => {
    expect(scan("Police say the attack in Jordan killed three people").tokens.isCaseInformative).toBe(true);
    expect(scan("Police Say The Attack In Jordan Killed Three People").tokens.isCaseInformative).toBe(false);
    expect(scan("ANGOLAN REBELS BLOW UP POWER LINES").tokens.isCaseInformative).toBe(false);
  });

  it("classifies new scripts inside a word, and scans texts longer than one buffer", () => {
    // The first sight of these CJK characters is mid-word: the word must not break there.
    expect(words("abc\u4e90\u4e91def, \u3010x\u3011 \ud83d\ude00y")).toEqual([
      "abc\u4e90\u4e91def",
      "x",
      "y",
    ]);
    const long = "Gunmen kill 12 in Borno. ".repeat(400);
    const { tokens } = scan(long);
    expect(tokens.count).toBe(2_000);
    expect(long.slice(tokens.starts[1_999], tokens.ends[1_999])).toBe("Borno");
    expect(tokens.sentences[1_999]).toBe(399);
  });
});
