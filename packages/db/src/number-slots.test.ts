import { describe, expect, it } from "vitest";
import { NumberSlots } from "./number-slots.ts";

describe("NumberSlots", () => {
  it("keeps what a Map keeps, past growing and across resets", () => {
    const slots = new NumberSlots();
    for (let round = 0; round < 3; round++) {
      slots.reset();
      const reference = new Map<number, number>();
      for (let index = 0; index < 500; index++) {
        // Large keys (as evidenceKey makes), negative ones, and repeats.
        const key = ((index * 7919) % 211) * 2 ** 33 + index * (round - 1);
        slots.set(key, index);
        reference.set(key, index);
      }
      for (const [key, value] of reference) expect(slots.get(key)).toBe(value);
      expect(slots.get(0.5)).toBe(-1);
      expect(slots.has(2 ** 52)).toBe(false);
    }
  });

  it("forgets everything on reset", () => {
    const slots = new NumberSlots();
    slots.add(42);
    expect(slots.has(42)).toBe(true);
    slots.reset();
    expect(slots.has(42)).toBe(false);
    expect(slots.get(42)).toBe(-1);
  });
});
