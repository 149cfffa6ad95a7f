import { describe, expect, it } from "vitest";
import { countryDayKey, evidenceKey, keyNumber } from "./numeric-keys.ts";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const CODES = [...LETTERS].flatMap((first) => [...LETTERS].map((second) => first + second));

describe("numeric keys", () => {
  it("gives every (day, country) its own number, before 1970 too", () => {
    const seen = new Set<number>();
    for (const day of [-400_000, -2, -1, 0, 1, 2, 20_500, 20_501, 400_000]) {
      for (const code of CODES) seen.add(countryDayKey(day, code));
    }
    expect(seen.size).toBe(9 * CODES.length);
  });

  it("gives every (country, factor or indicator, day) its own exact number", () => {
    const keys = ["1", "13", "8.8", "7.14", "14.9", "1.1", "11"];
    const seen = new Set<number>();
    for (const day of [-1_000_000, -1, 0, 20_500, 1_000_000]) {
      for (const code of ["AA", "SD", "SS", "ZZ"]) {
        for (const key of keys) {
          const value = evidenceKey(code, key, day);
          expect(Number.isSafeInteger(value)).toBe(true);
          seen.add(value);
        }
      }
    }
    expect(seen.size).toBe(5 * 4 * keys.length);
    expect(keyNumber("8.8")).toBe(keyNumber("8.8"));
    expect(keyNumber("8.8")).not.toBe(keyNumber("8.9"));
  });
});
