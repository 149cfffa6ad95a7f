import { describe, expect, it } from "vitest";
import { foldTerm } from "./fold-term.ts";

describe("foldTerm", () => {
  it("lower-cases, strips diacritics and turns punctuation into single spaces", () => {
    expect(foldTerm("Côte d'Ivoire")).toBe("cote d ivoire");
    expect(foldTerm("  Türkiye ")).toBe("turkiye");
    expect(foldTerm("U.S.")).toBe("u s");
    expect(foldTerm("Deir ez-Zor")).toBe("deir ez zor");
  });

  it("maps letters that have no combining-mark decomposition", () => {
    expect(foldTerm("Łódź")).toBe("lodz");
    expect(foldTerm("Tórshavn, Føroyar")).toBe("torshavn foroyar");
    expect(foldTerm("Straße")).toBe("strasse");
  });
});
