import { describe, expect, it } from "vitest";
import { describeAlertLocation, describeAlertSource } from "./alert-location.ts";

describe("alert location in words", () => {
  it("says only what the server sent: coarse for most, exact for those allowed", () => {
    const location = {
      level: "grid" as const,
      iso2: "SD",
      district: "North Darfur",
      grid: { lat: 13.6, lon: 25.31, km: 10 },
    };
    expect(describeAlertLocation({ location, protected: null })).toBe(
      "within ~10 km of 13.60, 25.31 (North Darfur)",
    );
    expect(
      describeAlertLocation({ location: { ...location, level: "district", grid: null }, protected: null }),
    ).toBe("North Darfur district");
    expect(
      describeAlertLocation({
        location: { ...location, level: "country", grid: null, district: null },
        protected: null,
      }),
    ).toBe("country only");
    const place = {
      precision: "exact" as const,
      name: "Gate 4",
      district: "North Darfur",
      point: { lat: 13.62871, lon: 25.3494 },
    };
    const allowed = {
      reporter: { userId: 1, apiKeyId: null, name: "A", email: "a@x" },
      organisation: { id: 1, name: "Org" },
      place,
      links: [],
      idempotencyKey: "k",
    };
    expect(describeAlertLocation({ location, protected: allowed })).toBe(
      "Gate 4 · 13.6287, 25.3494 · North Darfur district (exact, protected)",
    );
    expect(describeAlertSource({ verification: "unverified" })).toBe(
      "Field alert · unverified (counts half)",
    );
  });
});
