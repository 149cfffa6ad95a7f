import { describe, expect, it } from "vitest";
import { CanonicalJsonError, canonicalJson, sha256Hex } from "./canonical-json.ts";

describe("canonicalJson", () => {
  it("sorts keys at every depth and keeps array order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: "x" } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("spells numbers one way: float dust rounded away, -0 as 0", () => {
    expect(canonicalJson([0.1 + 0.2, 0.3, -0, 12.3456789, 1e21])).toBe("[0.3,0.3,0,12.345679,1e+21]");
  });

  it("leaves out undefined members and refuses values JSON can't hold", () => {
    expect(canonicalJson({ a: undefined, b: null })).toBe('{"b":null}');
    expect(() => canonicalJson({ score: Number.NaN })).toThrow(CanonicalJsonError);
    expect(() => canonicalJson({ list: [undefined] })).toThrow(/\$\.list\[0\] is undefined/);
  });

  it("escapes strings as JSON does, so hostile text cannot break the structure", () => {
    const hostile = '"},{"x":1 </script> \u2028';
    expect(JSON.parse(canonicalJson({ title: hostile }))).toEqual({ title: hostile });
  });
});

describe("sha256Hex", () => {
  it("hashes UTF-8 bytes (known vector)", () => {
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("Côte d'Ivoire")).toHaveLength(64);
  });
});
