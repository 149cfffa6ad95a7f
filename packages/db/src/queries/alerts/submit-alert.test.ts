import { getDefaultScorer } from "@vigil/scoring";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, ValidationError } from "../../errors.ts";
import { openTempDatabase, TEST_COUNTRIES } from "../../test-utils.ts";
import { findItems } from "../find-items.ts";
import { mapCountries } from "../map-countries.ts";
import { maliSubmission, seedOrganisation } from "./alert-fixtures.ts";
import { submitAlert } from "./submit-alert.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const NOW = new Date("2026-03-01T12:00:00Z");
const scorer = getDefaultScorer();
let opened: Opened;

beforeEach(async () => {
  opened = await openTempDatabase();
});
afterEach(() => opened.close());

describe("submitAlert", () => {
  it("stores an alert as an unverified alert item scored from its text, country and indicators", async () => {
    const org = await seedOrganisation(opened.db, "Sahel Watch", NOW);
    const input = maliSubmission(NOW);
    const { record, isDuplicate } = await submitAlert(opened.db, {
      input,
      orgId: org.orgId,
      reporter: { userId: org.member.userId },
      scorer,
      now: NOW,
    });
    expect(isDuplicate).toBe(false);
    expect(record).toMatchObject({
      status: "submitted",
      country: "ML",
      orgName: "Sahel Watch",
      reporter: { userId: org.member.userId, email: "member@sahel-watch.example" },
      place: { precision: "exact", name: "Djibo market", point: { lat: 14.1031, lon: -1.6296 } },
    });
    const item = opened.sqlite
      .prepare("SELECT source_type, reliability, title, url, severity FROM items WHERE id = ?")
      .get(record.itemId) as {
      source_type: string;
      reliability: number;
      title: string;
      url: null;
      severity: number;
    };
    expect(item).toMatchObject({ source_type: "alert", reliability: 0.5, url: null });
    expect(item.title).toBe("Armed men attacked the village at dawn and killed 12 civilians.");
    expect(item.severity).toBeGreaterThanOrEqual(70);
    const signals = opened.sqlite
      .prepare("SELECT indicator FROM item_signals WHERE item_id = ?")
      .all(record.itemId);
    expect(signals).toEqual(expect.arrayContaining([{ indicator: "1.1" }, { indicator: "9.1" }]));
    // The reporter's country only, with no place evidence: the exact place never reaches the item.
    const countries = opened.sqlite
      .prepare("SELECT iso2, evidence FROM item_countries WHERE item_id = ?")
      .all(record.itemId);
    expect(countries).toEqual([{ iso2: "ML", evidence: "[]" }]);
    const mali = (
      await mapCountries(opened.db, { windowDays: 30, asOf: NOW, countries: TEST_COUNTRIES })
    ).find((row) => row.iso2 === "ML");
    expect(mali?.coverage).toBe(1);
    expect(mali?.score).toBeGreaterThan(0);
    const listed = await findItems(opened.db, { sourceTypes: ["alert"] });
    expect(listed.items[0]).toMatchObject({
      source: { id: 0, name: "A member organisation" },
      alert: { verification: "unverified", protected: null, location: { level: "grid", district: "Soum" } },
    });
    expect(JSON.stringify(listed)).not.toMatch(/Djibo market|14\.1031|member@|Sahel Watch/);
  });

  it("gives one alert for the same submission sent twice and twenty times at once", async () => {
    const org = await seedOrganisation(opened.db, "Sahel Watch", NOW);
    const input = maliSubmission(NOW);
    const submit = () =>
      submitAlert(opened.db, {
        input,
        orgId: org.orgId,
        reporter: { userId: org.member.userId },
        scorer,
        now: NOW,
      });
    const first = await submit();
    const second = await submit();
    expect(second).toMatchObject({ isDuplicate: true, record: { id: first.record.id } });
    const burst = await Promise.all(
      Array.from({ length: 20 }, () =>
        submitAlert(opened.db, {
          input: { ...input, idempotencyKey: "7b0f8f56-1c5e-4c59-9d53-0a2f6a3c9e11" },
          orgId: org.orgId,
          reporter: { userId: org.member.userId },
          scorer,
          now: NOW,
        }),
      ),
    );
    expect(new Set(burst.map((result) => result.record.id)).size).toBe(1);
    expect(burst.filter((result) => !result.isDuplicate)).toHaveLength(1);
    const counts = opened.sqlite
      .prepare("SELECT (SELECT count(*) FROM alerts) AS alerts, (SELECT count(*) FROM items) AS items")
      .get();
    expect(counts).toEqual({ alerts: 2, items: 2 });
  });

  it("refuses another reporter's key, a future date and an unknown country, naming the field", async () => {
    const org = await seedOrganisation(opened.db, "Sahel Watch", NOW);
    const input = maliSubmission(NOW);
    await submitAlert(opened.db, {
      input,
      orgId: org.orgId,
      reporter: { userId: org.member.userId },
      scorer,
      now: NOW,
    });
    await expect(
      submitAlert(opened.db, {
        input,
        orgId: org.orgId,
        reporter: { userId: org.coordinator.userId },
        scorer,
        now: NOW,
      }),
    ).rejects.toThrow(ConflictError);
    const future = maliSubmission(NOW, { occurredAt: "2026-03-02T12:00:00Z" });
    await expect(
      submitAlert(opened.db, {
        input: future,
        orgId: org.orgId,
        reporter: { userId: org.member.userId },
        scorer,
        now: NOW,
      }),
    ).rejects.toThrow(/occurredAt is in the future/);
    const nowhere = maliSubmission(NOW, { country: "ZZ" });
    const error = await submitAlert(opened.db, {
      input: nowhere,
      orgId: org.orgId,
      reporter: { userId: org.member.userId },
      scorer,
      now: NOW,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toBe("Invalid alert: country Choose a country from the list");
  });
});
