import { describe, expect, it } from "vitest";
import { decodeArc, decodeIntegers, encodeArc, encodeIntegers } from "./arc-codec.ts";

describe("arc codec", () => {
  it("round-trips integers of any sign and size", () => {
    const values = [0, 1, -1, 31, -32, 1000, -99999, 123456789, -5];
    expect(decodeIntegers(encodeIntegers(values))).toEqual(values);
  });

  it("round-trips arcs as [x, y] pairs", () => {
    const arc = [
      [71234, 3],
      [-12, 40],
      [0, 0],
    ];
    expect(decodeArc(encodeArc(arc))).toEqual(arc);
  });

  it("uses only printable ASCII 63–126", () => {
    expect(encodeIntegers([-70000, 5, 99999])).toMatch(/^[?-~]+$/);
  });
});
