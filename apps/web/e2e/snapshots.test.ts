/**
 * Snapshots and exports end to end, as an analyst would use them: apply filters, save a snapshot, open
 * its link, export CSV and check the contents; print the brief and keep it as a PDF. Real Chromium, the
 * real server and a database seeded through `vigil import` (global-setup.ts), signed in as the analyst.
 */
import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { rankingIsos, serverUrl, setUpBrowser, shot } from "./browser-kit.ts";
import { RESULTS_DIR } from "./e2e-kit.ts";

const { newPage } = setUpBrowser();
const ANALYST = "E2E analyst";

/** Downloads an entry of the Export menu and returns the file's text and suggested name. */
async function exportFrom(page: Page, entry: string): Promise<{ text: string; name: string }> {
  await page.locator(".export-menu summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.locator(`[data-export="${entry}"]`).click(),
  ]);
  const file = path.join(RESULTS_DIR, `download-${download.suggestedFilename()}`);
  await download.saveAs(file);
  return { text: readFileSync(file, "utf8"), name: download.suggestedFilename() };
}

/** Rows of a CSV export as objects: a small RFC 4180 reader (quotes, doubled quotes, CRLF). */
function csvRows(text: string): Record<string, string>[] {
  const lines: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let isQuoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let index = 0; index < body.length; index++) {
    const char = body[index] ?? "";
    if (isQuoted) {
      if (char === '"' && body[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') isQuoted = false;
      else cell += char;
    } else if (char === '"') isQuoted = true;
    else if (char === ",") {
      row.push(cell);
      cell = "";
    } else if (char === "\r" && body[index + 1] === "\n") {
      lines.push([...row, cell]);
      row = [];
      cell = "";
      index++;
    } else cell += char;
  }
  const [header = [], ...rest] = lines;
  return rest.map((values) => Object.fromEntries(header.map((key, index) => [key, values[index] ?? ""])));
}

describe("snapshots and exports", () => {
  it("applies filters, saves a snapshot, opens its link, exports CSV that holds exactly the view", async () => {
    const page = await newPage();
    await page.goto(`${serverUrl()}/`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    await page.locator('select:near(:text("Region"))').selectOption("africa");
    await page.getByRole("radio", { name: "90 days" }).check();
    await page.getByRole("radio", { name: "News" }).check();
    await page.waitForURL(/region=africa/);
    await page.waitForFunction(() => !document.querySelector(".updating-pill"));
    const ranked = await rankingIsos(page);
    expect(ranked).toContain("SD");

    // The live view's CSV holds exactly the ranking's countries (and the region's unrated ones).
    const live = await exportFrom(page, "csv-situations");
    const liveRows = csvRows(live.text);
    expect(liveRows.filter((r) => r.rank !== "").map((r) => r.iso2)).toEqual(ranked);
    expect(liveRows.every((r) => r.region === "africa" && r.snapshot_id === "")).toBe(true);
    expect(liveRows[0]?.filters).toMatch(/^90 days to \d{4}-\d{2}-\d{2} · Africa · news only$/);

    await page.getByRole("button", { name: "Save snapshot" }).click();
    const link = page.locator(".save-snapshot__status a");
    await link.waitFor();
    const href = (await link.getAttribute("href")) ?? "";
    expect(href).toMatch(/^\/snapshots\/[a-z2-7]{16}$/);
    await shot(page, "30-snapshot-saved");
    await link.click();
    await page.waitForURL(`**${href}`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    const banner = (await page.locator(".snapshot-banner h1").textContent()) ?? "";
    expect(banner).toMatch(
      new RegExp(`^Snapshot of Africa as of \\d{1,2} \\w{3} \\d{4}, saved .+ UTC by ${ANALYST}$`),
    );
    expect(await rankingIsos(page)).toEqual(ranked);
    expect(await page.locator(".country-SD").getAttribute("fill")).not.toBe("#dde1e6");
    // The panel shows the top-ranked country: its name, without the row's "spike" flag (whether Sudan's
    // burst counts as a spike depends on the hour the fixtures are dated from).
    expect(await page.locator(".snapshot-country h2").textContent()).toBe(
      await page
        .locator(".ranking tbody tr th")
        .first()
        .evaluate((cell) => cell.firstChild?.textContent ?? ""),
    );
    await shot(page, "31-snapshot-page");
    await page.screenshot({ path: path.join(RESULTS_DIR, "31-snapshot-page-full.png"), fullPage: true });

    // The stable link works on its own (a reload goes through the server's SPA fallback).
    await page.reload();
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    const hash = (await page.locator(".provenance__hash").textContent()) ?? "";
    expect(hash).toMatch(/^[0-9a-f]{64}$/);

    const snapshotCsv = await exportFrom(page, "csv-situations");
    const id = href.split("/").pop() ?? "";
    expect(snapshotCsv.name).toMatch(
      new RegExp(`^vigil-africa-\\d{4}-\\d{2}-\\d{2}-${id}-situations\\.csv$`),
    );
    const rows = csvRows(snapshotCsv.text);
    expect(rows.filter((r) => r.rank !== "").map((r) => r.iso2)).toEqual(ranked);
    for (const row of rows) {
      expect(row).toMatchObject({ snapshot_id: id, saved_by: ANALYST, content_sha256: hash });
      expect(row.coverage_note).toMatch(/countries are not monitored/);
    }
    const evidence = csvRows((await exportFrom(page, "csv-evidence")).text);
    expect(evidence.length).toBeGreaterThan(0);
    expect(new Set(evidence.map((r) => r.iso2))).toEqual(
      new Set(rows.filter((r) => r.evidence_count !== "0").map((r) => r.iso2)),
    );
    expect(evidence.every((r) => r.source_type === "news")).toBe(true);
    await page.close();
  });

  it("prints the snapshot's brief: title, map, ranking, evidence and provenance (checked as a PDF)", async () => {
    const page = await newPage();
    await page.goto(`${serverUrl()}/`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    await page.getByRole("button", { name: "Save snapshot" }).click();
    const href = (await page.locator(".save-snapshot__status a").getAttribute("href")) ?? "";
    // The brief opens in its own tab of the same signed-in browser, as the Export menu's link does.
    const brief = await page.context().newPage();
    await brief.goto(`${serverUrl()}/export/brief?snapshot=${href.split("/").pop()}`);
    expect(await brief.locator("h1").textContent()).toMatch(/^World: situation as of /);
    expect(await brief.locator(".stamp").textContent()).toMatch(
      new RegExp(`^Snapshot of World as of .* by ${ANALYST}`),
    );
    expect(await brief.locator("svg.brief-map path.country-SD").getAttribute("fill")).toMatch(/^#/);
    expect(await brief.locator("table.ranking tbody tr").count()).toBeGreaterThan(5);
    expect(await brief.locator("article.country").count()).toBeGreaterThan(3);
    expect(await brief.locator("dl.provenance").textContent()).toContain("Scoring version");
    // The hostile fixture headline is text, never markup.
    expect(await brief.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await brief.locator("ol.evidence").first().textContent()).toBeTruthy();
    const pdf = path.join(RESULTS_DIR, "32-brief.pdf");
    writeFileSync(pdf, await brief.pdf({ format: "A4", printBackground: true }));
    const pdftoppm = spawnSync("pdftoppm", [
      "-png",
      "-r",
      "70",
      "-f",
      "1",
      "-l",
      "2",
      pdf,
      path.join(RESULTS_DIR, "32-brief"),
    ]);
    if (pdftoppm.error)
      console.warn("pdftoppm is not installed (apt-get install -y poppler-utils): PDF kept, no PNG");
    await brief.close();
    await page.close();
  });
});
