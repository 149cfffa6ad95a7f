import { getDefaultScorer } from "@vigil/scoring";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ConflictError, NotFoundError, ValidationError } from "../../errors.ts";
import { openTempDatabase, TEST_COUNTRIES } from "../../test-utils.ts";
import { countryDetail } from "../country-detail.ts";
import { findItems } from "../find-items.ts";
import { mapCountries } from "../map-countries.ts";
import { mapCountriesFromRawTables } from "../map-countries-raw.ts";
import { maliSubmission, seedOrganisation } from "./alert-fixtures.ts";
import { getAlert, listReviewQueue } from "./list-alerts.ts";
import { answerAlert, reviewAlerts } from "./review-alerts.ts";
import { submitAlert } from "./submit-alert.ts";

type Opened = Awaited<ReturnType<typeof openTempDatabase>>;
const NOW = new Date("2026-03-01T12:00:00Z");
const WINDOW = { windowDays: 30, asOf: NOW, countries: TEST_COUNTRIES };
let opened: Opened;
let org: Awaited<ReturnType<typeof seedOrganisation>>;

beforeEach(async () => {
  opened = await openTempDatabase();
  org = await seedOrganisation(opened.db, "Sahel Watch", NOW);
});
afterEach(() => opened.close());

async function submit(overrides = {}) {
  const { record } = await submitAlert(opened.db, {
    input: maliSubmission(NOW, overrides),
    orgId: org.orgId,
    reporter: { userId: org.member.userId },
    scorer: getDefaultScorer(),
    now: NOW,
  });
  return record.id;
}

async function mali() {
  const aggregates = (await mapCountries(opened.db, WINDOW)).find((row) => row.iso2 === "ML");
  const raw = (await mapCountriesFromRawTables(opened.db, WINDOW)).find((row) => row.iso2 === "ML");
  // The aggregates moved by deltas must always equal a recomputation from the raw rows.
  expect({
    score: aggregates?.score,
    coverage: aggregates?.coverage,
    evidence: aggregates?.evidenceCount,
  }).toEqual({
    score: raw?.score,
    coverage: raw?.coverage,
    evidence: raw?.evidenceCount,
  });
  return aggregates;
}

describe("reviewAlerts", () => {
  it("weighs an alert in full once verified and not at all once dismissed, coverage included", async () => {
    const id = await submit();
    const unverified = await mali();
    const review = (action: "start-review" | "verify" | "dismiss" | "reopen", note?: string) =>
      reviewAlerts(opened.db, { update: { ids: [id], action, note }, viewer: org.coordinator, now: NOW });
    await review("start-review");
    expect((await mali())?.score).toBe(unverified?.score);
    await review("verify");
    const verified = await mali();
    expect(verified?.score).toBeGreaterThan(unverified?.score ?? 0);
    const detail = await countryDetail(opened.db, { iso2: "ML", ...WINDOW });
    expect(detail.topEvidence[0]?.alert?.verification).toBe("verified");
    await review("reopen", "Verified by mistake");
    expect((await mali())?.score).toBe(unverified?.score);
    await review("dismiss", "Duplicate of an earlier report");
    const dismissed = await mali();
    expect(dismissed).toMatchObject({ score: 0, coverage: 0, evidenceCount: 0 });
    expect((await findItems(opened.db, { sourceTypes: ["alert"] })).items).toEqual([]);
    const view = await getAlert(opened.db, { id, viewer: org.member });
    expect(view.events.map((event) => [event.toStatus, event.note])).toEqual([
      ["submitted", null],
      ["in-review", null],
      ["verified", null],
      ["in-review", "Verified by mistake"],
      ["dismissed", "Duplicate of an earlier report"],
    ]);
    const audit = opened.sqlite
      .prepare("SELECT action, actor_user_id FROM audit_log WHERE alert_id = ? ORDER BY id")
      .all(id);
    expect(audit).toHaveLength(5);
  });

  it("stops a dismissed alert corroborating another organisation's report of the same story", async () => {
    const other = await seedOrganisation(opened.db, "Other Org", NOW);
    const first = await submit();
    const alone = await mali();
    const { record } = await submitAlert(opened.db, {
      input: maliSubmission(NOW),
      orgId: other.orgId,
      reporter: { userId: other.member.userId },
      scorer: getDefaultScorer(),
      now: NOW,
    });
    expect(opened.sqlite.prepare("SELECT count(DISTINCT cluster_id) AS n FROM items").get()).toEqual({
      n: 1,
    });
    expect((await mali())?.score).toBeGreaterThan(alone?.score ?? 0);
    for (const action of ["start-review", "dismiss"] as const) {
      await reviewAlerts(opened.db, {
        update: { ids: [record.id], action, note: "Not credible" },
        viewer: other.coordinator,
        now: NOW,
      });
    }
    expect((await mali())?.score).toBe(alone?.score);
    expect((await countryDetail(opened.db, { iso2: "ML", ...WINDOW })).topEvidence[0]).toMatchObject({
      itemId: (await getAlert(opened.db, { id: first, viewer: org.member })).itemId,
      sourceCount: 1,
    });
  });

  it("marks unverified alerts in the explanation", async () => {
    await submit();
    const detail = await countryDetail(opened.db, { iso2: "ML", ...WINDOW });
    expect(detail.topEvidence[0]).toMatchObject({
      sourceName: "A member organisation",
      alert: { verification: "unverified" },
    });
    expect(detail.why).toMatch(/1 unverified field alert among the top evidence counts at 0\.5× weight/);
    expect(detail.why).toMatch(/A member organisation, unverified field alert/);
  });

  it("takes all or nothing, names the alert that blocks, and needs a reason to dismiss", async () => {
    const first = await submit();
    const second = await submit();
    await reviewAlerts(opened.db, {
      update: { ids: [first], action: "start-review" },
      viewer: org.coordinator,
      now: NOW,
    });
    await expect(
      reviewAlerts(opened.db, {
        update: { ids: [first, second], action: "verify" },
        viewer: org.coordinator,
        now: NOW,
      }),
    ).rejects.toThrow(
      new ConflictError(
        `Alert ${second} is submitted; 'Verify' applies only to alerts in review or needs more information`,
      ),
    );
    expect((await getAlert(opened.db, { id: first, viewer: org.coordinator })).status).toBe("in-review");
    await expect(
      reviewAlerts(opened.db, {
        update: { ids: [first], action: "dismiss" },
        viewer: org.coordinator,
        now: NOW,
      }),
    ).rejects.toThrow(ValidationError);
    await reviewAlerts(opened.db, {
      update: { ids: [second], action: "start-review" },
      viewer: org.coordinator,
      now: NOW,
    });
    const both = await reviewAlerts(opened.db, {
      update: { ids: [first, second], action: "verify" },
      viewer: org.coordinator,
      now: NOW,
    });
    expect(both.map((alert) => alert.status)).toEqual(["verified", "verified"]);
  });

  it("limits review to the coordinator's organisation unless an admin allows all", async () => {
    const id = await submit();
    const other = await seedOrganisation(opened.db, "Other Org", NOW);
    const update = { ids: [id], action: "start-review" as const };
    await expect(reviewAlerts(opened.db, { update, viewer: other.coordinator, now: NOW })).rejects.toThrow(
      NotFoundError,
    );
    await expect(reviewAlerts(opened.db, { update, viewer: org.member, now: NOW })).rejects.toThrow(
      NotFoundError,
    );
    expect(await listReviewQueue(opened.db, { viewer: other.coordinator, filters: {} })).toEqual([]);
    const allowed = { ...other.coordinator, canReviewAllOrgs: true };
    const [queued] = await listReviewQueue(opened.db, {
      viewer: allowed,
      filters: { country: "ml", indicator: "9.1" },
    });
    // Reviewing every organisation does not reveal other organisations' reporters.
    expect(queued).toMatchObject({ id, organisation: "A member organisation", protected: null });
    await reviewAlerts(opened.db, { update, viewer: allowed, now: NOW });
    expect(
      await listReviewQueue(opened.db, { viewer: org.coordinator, filters: { statuses: ["submitted"] } }),
    ).toEqual([]);
  });

  it("lets the reporter answer a question, which sends the alert back to review", async () => {
    const id = await submit();
    await reviewAlerts(opened.db, {
      update: { ids: [id], action: "start-review" },
      viewer: org.coordinator,
      now: NOW,
    });
    await reviewAlerts(opened.db, {
      update: { ids: [id], action: "request-info", note: "Which village exactly?" },
      viewer: org.coordinator,
      now: NOW,
    });
    await expect(
      answerAlert(opened.db, { id, answer: "x", viewer: org.coordinator, now: NOW }),
    ).rejects.toThrow(NotFoundError);
    const answered = await answerAlert(opened.db, {
      id,
      answer: "Tongomayel, near Djibo",
      viewer: org.member,
      now: NOW,
    });
    expect(answered.status).toBe("in-review");
    const view = await getAlert(opened.db, { id, viewer: org.member });
    expect(view.events.slice(-3).map((event) => [event.kind, event.note, event.by])).toEqual([
      ["status", "Which village exactly?", "reviewer"],
      ["answer", "Tongomayel, near Djibo", "reporter"],
      ["status", null, "reporter"],
    ]);
  });
});
