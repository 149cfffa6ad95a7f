import { describe, expect, it } from "vitest";
import { foldText, foldTokens } from "./fold.ts";

describe("foldText", () => {
  it("folds case and diacritics without moving any offset", () => {
    const text = "Côte d’Ivoire: TÜRKİYE, São Tomé, Łódź, Straße";
    const folded = foldText(text);
    expect(folded).toHaveLength(text.length);
    expect(folded).toBe("cote d’ivoire: turkiye, sao tome, lodz, strase");
  });

  it("keeps astral characters as they are", () => {
    expect(foldText("a😀B")).toBe("a😀b");
  });
});

describe("foldTokens", () => {
  it("splits on punctuation, apostrophes and hyphens the way the scanner does", () => {
    expect(foldTokens("Guinea-Bissau")).toEqual(["guinea", "bissau"]);
    expect(foldTokens("Côte d'Ivoire")).toEqual(["cote", "d", "ivoire"]);
    expect(foldTokens("U.S.")).toEqual(["u", "s"]);
    expect(foldTokens("  ¡Masacre!  ")).toEqual(["masacre"]);
  });
});

describe("scripts beyond Latin", () => {
  it("keeps Hangul syllables whole and treats CJK characters as word characters", () => {
    expect(foldText("대한민국")).toBe("대한민국");
    expect(foldTokens("中国 北京")).toEqual(["中国", "北京"]);
  });

  it("folds Greek and Cyrillic", () => {
    expect(foldText("ΑΘΉΝΑ Москва")).toBe("αθηνα москва");
  });
});
