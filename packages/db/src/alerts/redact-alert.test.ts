import { describe, expect, it } from "vitest";
import type { AlertRecord } from "./alert-record.ts";
import { coarsenLocation, gridCell } from "./coarsen-location.ts";
import { findProtectedViews } from "./protected-views.ts";
import { alertEvidenceOf, REDACTED_ORGANISATION, redactAlert } from "./redact-alert.ts";
import type { Viewer } from "./viewer.ts";

const ALERT: AlertRecord = {
  id: 7,
  orgId: 1,
  orgName: "Sahel Watch",
  reporter: { userId: 10, apiKeyId: null, name: "Aminata", email: "aminata@sahel.example" },
  itemId: 70,
  idempotencyKey: "5f0b7f0e-4a0a-4e1b-9d4e-3c1b1a2e9f00",
  country: "ML",
  place: {
    precision: "exact",
    name: "Djibo market",
    district: "Soum",
    point: { lat: 14.1031, lon: -1.6296 },
  },
  occurredAt: "2026-02-28T06:00:00.000Z",
  submittedAt: "2026-03-01T12:00:00.000Z",
  updatedAt: "2026-03-01T12:00:00.000Z",
  description: "Armed men attacked the village.",
  indicators: ["1.1"],
  severity: "high",
  knowledge: "witnessed",
  links: ["https://example.org/post"],
  status: "submitted",
};
const viewer = (
  role: Viewer["role"],
  userId: number,
  orgId: number | null,
  canReviewAllOrgs = false,
): Viewer => ({
  userId,
  role,
  orgId,
  canReviewAllOrgs,
});

describe("redaction", () => {
  it("shows the reporter and exact place only to admins, the organisation's coordinators and the reporter", () => {
    const allowed = [viewer("admin", 1, null), viewer("coordinator", 2, 1), viewer("member", 10, 1)];
    const denied = [
      null,
      viewer("member", 11, 1),
      viewer("analyst", 3, 1),
      viewer("coordinator", 4, 2),
      viewer("coordinator", 5, 2, true),
      viewer("analyst", 6, null),
    ];
    for (const who of allowed) {
      expect(alertEvidenceOf(ALERT, who)).toMatchObject({
        organisation: "Sahel Watch",
        protected: { reporter: { email: "aminata@sahel.example" }, place: { name: "Djibo market" } },
      });
    }
    for (const who of denied) {
      const view = redactAlert(ALERT, [], who);
      expect(view).toMatchObject({ organisation: REDACTED_ORGANISATION, protected: null });
      expect(JSON.stringify(view)).not.toMatch(
        /Aminata|aminata|Djibo market|14\.1031|-1\.6296|Sahel Watch|example\.org/,
      );
      expect(findProtectedViews(view)).toEqual([]);
    }
    expect(findProtectedViews({ items: [{ alert: alertEvidenceOf(ALERT, allowed[0] ?? null) }] })).toEqual([
      { alertId: 7, reporterUserId: 10 },
    ]);
  });

  it("coarsens to the reporter's precision or coarser: ~10 km grid, district, country", () => {
    const exact = coarsenLocation("ML", ALERT.place);
    expect(exact).toMatchObject({ level: "grid", district: "Soum", grid: { km: 10 } });
    const distanceKm = Math.hypot(
      ((exact.grid?.lat ?? 0) - 14.1031) * 111.32,
      ((exact.grid?.lon ?? 0) + 1.6296) * 111.32 * Math.cos((14.1 * Math.PI) / 180),
    );
    expect(distanceKm).toBeLessThan(8);
    // Every point of one cell maps to the same centre, so nothing finer than the cell leaks.
    expect(gridCell({ lat: 14.1031, lon: -1.6296 })).toEqual(
      gridCell({ lat: exact.grid?.lat ?? 0, lon: exact.grid?.lon ?? 0 }),
    );
    const cellWidthKm = (lat: number) => {
      const a = gridCell({ lat, lon: 10 });
      const b = gridCell({ lat, lon: a.lon + 0.2 });
      return (b.lon - a.lon) * 111.32 * Math.cos((a.lat * Math.PI) / 180);
    };
    for (const lat of [0, 45, 70]) expect(cellWidthKm(lat)).toBeGreaterThanOrEqual(9.5);
    expect(coarsenLocation("ML", { ...ALERT.place, precision: "district" })).toEqual({
      level: "district",
      iso2: "ML",
      district: "Soum",
      grid: null,
    });
    expect(
      coarsenLocation("ML", { ...ALERT.place, precision: "exact", point: null, district: null }),
    ).toEqual({
      level: "country",
      iso2: "ML",
      district: null,
      grid: null,
    });
    expect(coarsenLocation("ML", { ...ALERT.place, precision: "country" }).level).toBe("country");
  });
});
