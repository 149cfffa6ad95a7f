import { describe, expect, it } from "vitest";
import { CHAR_INFO, classify, codeUnitsOf, FOLDED, UNCLASSIFIED, WORD } from "./char-info.ts";

const unitsOf = (text: string) => Array.from(codeUnitsOf(text).subarray(0, text.length + 1));
const expected = (text: string) => [
  ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i)),
  0x20,
];

describe("codeUnitsOf", () => {
  it("copies every UTF-16 code unit, lone surrogates included, and ends with a space", () => {
    for (const text of ["", "Borno", "Côte d’Ivoire", "北京 😀 \ud800x\udc00", "٣ قتلى"]) {
      expect(unitsOf(text)).toEqual(expected(text));
    }
  });

  it("grows for texts longer than its buffer, and still copies short ones after", () => {
    const long = `${"killed in Borno ".repeat(1_500)}\ud83d`;
    expect(unitsOf(long)).toEqual(expected(long));
    expect(unitsOf("Goma")).toEqual(expected("Goma"));
  });
});

describe("CHAR_INFO", () => {
  it("folds and classifies a code unit in one entry", () => {
    const info = CHAR_INFO["É".charCodeAt(0)] as number;
    expect(String.fromCharCode(info & FOLDED)).toBe("e");
    expect(info & WORD).toBe(WORD);
    expect((CHAR_INFO[0x20] as number) & WORD).toBe(0);
  });

  it("classifies scripts above U+3000 on first sight", () => {
    const code = "語".charCodeAt(0);
    if (((CHAR_INFO[code] as number) & UNCLASSIFIED) !== 0) classify(code);
    expect((CHAR_INFO[code] as number) & (WORD | UNCLASSIFIED)).toBe(WORD);
    const symbol = "〄".charCodeAt(0);
    if (((CHAR_INFO[symbol] as number) & UNCLASSIFIED) !== 0) classify(symbol);
    expect((CHAR_INFO[symbol] as number) & (WORD | UNCLASSIFIED)).toBe(0);
  });
});
