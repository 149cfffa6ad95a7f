import { describe, expect, it } from "vitest";
import { tokenize } from "./tokenize.ts";

describe("tokenize", () => {
  it("returns offsets into the original text", () => {
    const tokens = tokenize("Gunmen kill 12 in Borno.");
    expect(tokens.words).toEqual(["gunmen", "kill", "12", "in", "borno"]);
    const last = tokens.words.length - 1;
    expect(tokens.text.slice(tokens.starts[last], tokens.ends[last])).toBe("Borno");
  });

  it("numbers sentences, but not at the dots of abbreviations", () => {
    const tokens = tokenize("The U.S. said no. Troops fired; two died");
    expect(tokens.sentences).toEqual([0, 0, 0, 0, 0, 1, 1, 2, 2]);
  });

  it("tells sentence case from Title Case and CAPS", () => {
    expect(tokenize("Police say the attack in Jordan killed three people").isCaseInformative).toBe(true);
    expect(tokenize("Police Say The Attack In Jordan Killed Three People").isCaseInformative).toBe(false);
    expect(tokenize("ANGOLAN REBELS BLOW UP POWER LINES").isCaseInformative).toBe(false);
  });
});
