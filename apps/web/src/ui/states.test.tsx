import { describe, expect, it } from "vitest";
import { describeError } from "./states.tsx";

describe("describeError", () => {
  it("turns a refused connection into a sentence about the server", () => {
    expect(describeError(new TypeError("Failed to fetch"))).toMatch(/server did not answer/);
  });

  it("keeps the server's own message, which names the thing", () => {
    expect(describeError(new Error("No country with code 'ZZ'"))).toBe("No country with code 'ZZ'");
  });
});
