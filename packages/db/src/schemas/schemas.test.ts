import { describe, expect, it } from "vitest";
import { CountryDetailInputSchema } from "./country-detail.ts";
import { FeedUpdateSchema } from "./feed.ts";
import { FindItemsInputSchema } from "./find-items.ts";
import { MapCountriesInputSchema } from "./situation.ts";

describe("input schemas", () => {
  it("parse map windows as presets or days, defaulting to 30", () => {
    expect(MapCountriesInputSchema.parse({ window: "7d" })).toEqual({ windowDays: 7 });
    expect(MapCountriesInputSchema.parse({ window: 14, region: "africa" })).toEqual({
      windowDays: 14,
      region: "africa",
    });
    expect(MapCountriesInputSchema.parse({}).windowDays).toBe(30);
    expect(MapCountriesInputSchema.parse({ asOf: "2026-03-01T00:00:00Z" }).asOf).toEqual(
      new Date("2026-03-01T00:00:00Z"),
    );
    expect(MapCountriesInputSchema.safeParse({ window: "2w" }).success).toBe(false);
    expect(MapCountriesInputSchema.safeParse({ window: 400 }).success).toBe(false);
    expect(MapCountriesInputSchema.safeParse({ region: "Atlantis" }).success).toBe(false);
  });

  it("accept only taxonomy ids as filters", () => {
    expect(MapCountriesInputSchema.safeParse({ indicators: ["8.8"], riskFactors: [13] }).success).toBe(true);
    expect(MapCountriesInputSchema.safeParse({ indicators: ["8.99"] }).success).toBe(false);
    expect(MapCountriesInputSchema.safeParse({ riskFactors: [15] }).success).toBe(false);
  });

  it("upper-case a country code and bound item pages", () => {
    expect(CountryDetailInputSchema.parse({ iso2: "ml" })).toEqual({ iso2: "ML", windowDays: 30 });
    expect(CountryDetailInputSchema.safeParse({ iso2: "Mali" }).success).toBe(false);
    expect(FindItemsInputSchema.parse({}).limit).toBe(50);
    expect(FindItemsInputSchema.safeParse({ limit: 0 }).success).toBe(false);
  });

  it("need a feed id to update and check changed fields", () => {
    expect(FeedUpdateSchema.parse({ id: 3, reliability: 0.4 })).toEqual({ id: 3, reliability: 0.4 });
    expect(FeedUpdateSchema.safeParse({ reliability: 0.4 }).success).toBe(false);
    expect(FeedUpdateSchema.safeParse({ id: 3, url: "javascript:alert(1)" }).success).toBe(false);
  });
});
