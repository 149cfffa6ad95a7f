/**
 * Field alerts end to end, in real Chromium against the real server: a member reports an alert (one
 * refused first and kept as typed, one made offline and sent when the connection returns), a
 * coordinator verifies one, and the country's evidence and score change for an analyst. This file runs
 * its own server on a freshly seeded database, so the alerts it adds touch no other test.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setUpBrowser, shot } from "./browser-kit.ts";
import {
  activateAccounts,
  type SeededDataDir,
  type ServerHandle,
  seedDataDir,
  startServer,
} from "./e2e-kit.ts";

const { newPage } = setUpBrowser();
let seeded: SeededDataDir;
let server: ServerHandle;

beforeAll(async () => {
  seeded = await seedDataDir();
  server = await startServer(seeded.dataDir);
  await activateAccounts(server.url, seeded.oneTimePasswords);
}, 240_000);
afterAll(async () => {
  await server?.stop();
  seeded?.remove();
});

/** Kenya's score and its alert evidence as an analyst's browser gets them from the API. */
async function kenya(page: Page) {
  const input = encodeURIComponent(JSON.stringify({ iso2: "KE", window: "30d" }));
  const response = await page.request.get(`${server.url}/trpc/country.detail?input=${input}`);
  const detail = (await response.json()).result.data as {
    situation: { score: number };
    topEvidence: {
      title: string;
      sourceName: string;
      alert: { verification: string; protected: unknown } | null;
    }[];
  };
  return {
    score: detail.situation.score,
    alerts: detail.topEvidence.filter((entry) => entry.alert !== null),
  };
}

async function fillReport(page: Page, description: string) {
  await page.getByRole("combobox", { name: /^Country/ }).selectOption("KE");
  await page.getByLabel("What happened").fill(description);
  await page.getByRole("radio", { name: "High" }).check();
  await page.getByLabel("How you know").selectOption("witnessed");
}

describe("field alerts", () => {
  it("a member reports (also offline), a coordinator verifies, and Kenya's evidence and score change", async () => {
    const analyst = await newPage({ url: server.url, as: "analyst" });
    await analyst.goto(`${server.url}/`);
    const before = await kenya(analyst);
    expect(before.alerts).toEqual([]);

    // The member opens on the report form; a refused report keeps everything typed.
    const member = await newPage({ url: server.url, as: "member" });
    await member.goto(`${server.url}/`);
    await member.getByRole("heading", { name: "Report what you see" }).waitFor();
    await member.getByText(/can't be attached yet \(out of scope for now\)/).waitFor();
    await member.getByLabel("What happened").fill("Too short");
    await member.getByRole("button", { name: "Submit report" }).click();
    await member.getByText("Describe what happened in at least 20 characters").waitFor();
    await member.getByText("Choose a country from the list").waitFor();
    expect(await member.locator(".form-error").count()).toBeGreaterThanOrEqual(4);
    expect(await member.getByLabel("What happened").inputValue()).toBe("Too short");
    await shot(member, "20-alert-form-refused");

    // A report with an exact place picked on the map, sent online.
    const first = "Kenya: armed men attacked a village near Garissa at night and killed four people.";
    await fillReport(member, first);
    // Errors follow the typing once shown: the fixed fields no longer say they are wrong.
    expect(await member.getByText("Choose a country from the list").count()).toBe(0);
    await member.getByRole("radio", { name: "Exact place" }).check();
    await member.getByRole("textbox", { name: /Place name/ }).fill("Dadaab road, km 12");
    await member.getByRole("textbox", { name: /District or province/ }).fill("Garissa");
    await member.getByRole("button", { name: "Pick on the map" }).click();
    await member.locator('[data-picker-state="ready"]').waitFor();
    await member.locator(".place-picker__map").click(); // the middle: the map opens on Kenya
    await member.getByText(/^Point on the map: -?\d/).waitFor();
    await member.getByRole("button", { name: "+ 1.1" }).waitFor({ timeout: 15_000 }); // live suggestion
    await shot(member, "21-alert-form-filled");
    await member.getByRole("button", { name: "Submit report" }).click();
    await member.getByText("Submitted. Your organisation's coordinators will review it.").waitFor();
    await member.locator('.report[data-state="submitted"]', { hasText: "Dadaab" }).waitFor();
    expect(await member.getByLabel("What happened").inputValue()).toBe("");

    // Offline: the report waits on the device as "pending upload", then goes when online again.
    const second =
      "Kenya: hate speech against Somali families spread in Eastleigh markets before the census.";
    await member.context().setOffline(true);
    await fillReport(member, second);
    await member.getByRole("button", { name: "Submit report" }).click();
    await member.getByText(/No connection: saved on this device as pending upload/).waitFor();
    const pending = member.locator('.report[data-state="pending-upload"]', { hasText: "Eastleigh" });
    await pending.waitFor();
    await shot(member, "22-alert-pending-upload");
    await member.context().setOffline(false);
    await member
      .locator('.report[data-state="submitted"]', { hasText: "Eastleigh" })
      .waitFor({ timeout: 30_000 });
    expect(await pending.count()).toBe(0);
    await shot(member, "23-alert-sent-after-reconnect");

    // Both count now, unverified, for the analyst: "a member organisation", no exact place.
    const unverified = await kenya(analyst);
    expect(unverified.alerts.map((entry) => entry.alert?.verification)).toEqual(["unverified", "unverified"]);
    expect(unverified.alerts.every((entry) => entry.sourceName === "A member organisation")).toBe(true);
    expect(unverified.score).toBeGreaterThan(before.score);

    // The coordinator starts review and verifies the first report, in bulk-capable steps.
    const coordinator = await newPage({ url: server.url, as: "coordinator" });
    await coordinator.goto(`${server.url}/review`);
    const row = coordinator.locator(".review-table tbody tr", { hasText: "Garissa at night" });
    await row.waitFor();
    expect(await row.textContent()).toContain("E2E member"); // their own organisation's reporter
    await row.getByRole("checkbox").check();
    await coordinator.getByRole("button", { name: "Start review" }).click();
    await coordinator
      .locator('.review-table tbody tr[data-status="in-review"]', { hasText: "Garissa" })
      .waitFor();
    await coordinator.locator(".review-table tbody tr", { hasText: "Garissa" }).getByRole("checkbox").check();
    await coordinator.getByRole("button", { name: "Verify" }).click();
    await coordinator.getByText(/1 alert: verify done/).waitFor();
    await coordinator.getByLabel("Status").selectOption("verified");
    await coordinator
      .locator('.review-table tbody tr[data-status="verified"]', { hasText: "Garissa" })
      .waitFor();
    await coordinator.locator(".review-table__summary", { hasText: "Garissa" }).click();
    await coordinator.getByText(/Dadaab road, km 12 .* \(exact, protected\)/).waitFor();
    await shot(coordinator, "24-review-verified");

    // The member sees it verified; the analyst sees the evidence change and the score rise.
    await member.reload();
    await member
      .locator('.report[data-state="verified"]', { hasText: "Garissa" })
      .waitFor({ timeout: 40_000 });
    const verified = await kenya(analyst);
    expect(verified.score).toBeGreaterThan(unverified.score);
    expect(verified.alerts.map((entry) => entry.alert?.verification).sort()).toEqual([
      "unverified",
      "verified",
    ]);
    await analyst.goto(`${server.url}/?country=KE`);
    const panel = analyst.locator(".country-panel");
    await panel.locator(".evidence-card", { hasText: "Field alert · verified" }).waitFor();
    await panel.locator(".evidence-card", { hasText: "Field alert · unverified" }).waitFor();
    const text = await panel.textContent();
    expect(text).not.toContain("Dadaab road");
    expect(text).not.toContain("E2E member");
    expect(text).toContain("A member organisation");
    await panel.locator(".evidence-card", { hasText: "Field alert · verified" }).scrollIntoViewIfNeeded();
    await shot(analyst, "25-country-evidence-after-verify");
    for (const page of [analyst, member, coordinator]) await page.close();
  }, 180_000);
});
