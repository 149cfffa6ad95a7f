/**
 * @vitest-environment node
 *
 * The dashboard end to end, as an analyst would use it, in real Chromium against the real server and
 * a SQLite database seeded through `vigil import`. Screenshots land in apps/web/test-results/.
 */
import { mkdirSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { COUNTRIES } from "@vigil/gazetteer/countries";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  buildWeb,
  launchChromium,
  RESULTS_DIR,
  type ServerHandle,
  seedDataDir,
  startServer,
} from "./e2e-kit.ts";
import { HOSTILE_TITLE, rssDocument } from "./fixture-feeds.ts";

const VIEWPORT = { width: 1280, height: 800 };
let browser: Browser;
let server: ServerHandle;
let removeData: () => void = () => undefined;
const pageErrors: string[] = [];

beforeAll(async () => {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const [seeded] = await Promise.all([seedDataDir(), buildWeb()]);
  removeData = seeded.remove;
  server = await startServer(seeded.dataDir);
  browser = await launchChromium();
}, 240_000);

afterEach(() => {
  // Any uncaught error in the page fails the test that caused it.
  expect(pageErrors.splice(0)).toEqual([]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  removeData();
});

async function newPage(): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  page.on("pageerror", (error) => pageErrors.push(error.message));
  return page;
}

async function openDashboard(search = ""): Promise<Page> {
  const page = await newPage();
  await page.goto(`${server.url}/${search}`);
  await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
  return page;
}

function shot(page: Page, name: string) {
  return page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
}

/** The fill and on-screen size of a country's path. */
function countryPath(page: Page, iso2: string) {
  return page.$eval(`.country-${iso2}`, (element) => {
    const box = element.getBoundingClientRect();
    return { fill: element.getAttribute("fill"), width: box.width, height: box.height };
  });
}

/** Waits until the map stops moving (fitBounds animates): the country's box is the same twice. */
async function waitForMapToSettle(page: Page, iso2: string): Promise<void> {
  let previous = "";
  for (let attempt = 0; attempt < 40; attempt++) {
    const box = JSON.stringify(await countryPath(page, iso2));
    if (box === previous) return;
    previous = box;
    await page.waitForTimeout(150);
  }
}

function rankingIsos(page: Page): Promise<string[]> {
  return page.$$eval(".ranking tbody tr", (rows) => rows.map((row) => row.getAttribute("data-iso2") ?? ""));
}

describe("dashboard in Chromium", () => {
  it("draws every country: shapes for those with one, markers for the rest", async () => {
    const page = await openDashboard();
    const shapes = await page.locator("path.country-shape").count();
    const markers = await page.locator("path.country-marker").count();
    const withShape = COUNTRIES.filter((country) => country.hasShape).length;
    expect(shapes).toBeGreaterThanOrEqual(withShape - 2);
    expect(shapes + markers).toBeGreaterThanOrEqual(COUNTRIES.length - 2);
    // Russia and Fiji are drawn whole (antimeridian-safe) and coloured like their neighbours.
    for (const iso2 of ["RU", "FJ"]) expect((await countryPath(page, iso2)).width).toBeGreaterThan(2);
    // Not monitored is hatched; rated levels are colours, and the seeded levels differ.
    expect((await countryPath(page, "AQ")).fill).toContain("url(#");
    expect((await countryPath(page, "SD")).fill).toMatch(/^#/);
    expect((await countryPath(page, "SD")).fill).not.toBe((await countryPath(page, "SE")).fill);
    expect(await page.locator(".map-legend li").count()).toBe(5);
    await shot(page, "01-dashboard");
    await page.close();
  }, 60_000);

  it("choosing a region fits the map to it and limits the ranking", async () => {
    const page = await openDashboard();
    const before = await countryPath(page, "SD");
    await page.selectOption('select:near(:text("Region"))', "africa");
    await page.waitForURL(/region=africa/);
    await page.waitForFunction((width) => {
      const box = document.querySelector(".country-SD")?.getBoundingClientRect();
      return box !== undefined && box.width > width * 1.5;
    }, before.width);
    await waitForMapToSettle(page, "SD");
    const african = new Set(
      COUNTRIES.filter((country) => country.region === "africa").map((country) => country.iso2),
    );
    const ranked = await rankingIsos(page);
    expect(ranked.length).toBeGreaterThan(0);
    expect(ranked.every((iso2) => african.has(iso2))).toBe(true);
    expect(ranked).not.toContain("MM");
    await shot(page, "02-region-africa");
    await page.close();
  }, 60_000);

  it("choosing an indicator recolours the map and reorders the ranking", async () => {
    const page = await openDashboard();
    const sudanBefore = await countryPath(page, "SD");
    const rankingBefore = await rankingIsos(page);
    await page.getByRole("button", { name: /Risk factors & indicators/ }).click();
    await page.getByRole("searchbox").fill("8.8");
    await page.getByRole("checkbox", { name: /^8\.8/ }).check();
    await page.waitForURL(/indicators=8\.8/);
    await page.waitForFunction(
      (fill) => document.querySelector(".country-SD")?.getAttribute("fill") !== fill,
      sudanBefore.fill,
    );
    await shot(page, "03-indicator-picker");
    await page.keyboard.press("Escape");
    const rankingAfter = await rankingIsos(page);
    expect(rankingAfter[0]).toBe("KE");
    expect(rankingAfter).not.toEqual(rankingBefore);
    await shot(page, "04-indicator-8.8");
    await page.close();
  }, 60_000);

  it("opens a country with its charts and evidence, and a reload restores the whole view", async () => {
    const page = await openDashboard("?region=africa&window=90d");
    await page.locator(".country-SD").click();
    await page.waitForURL(/country=SD/);
    const panel = page.locator(".country-panel");
    await expect(panel.getByRole("heading", { name: "Sudan" }).textContent()).resolves.toBe("Sudan");
    await panel.locator(".recharts-surface").first().waitFor();
    expect(await panel.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(2);
    expect(await panel.locator(".why p").textContent()).toMatch(/Score \d+/);
    expect(await panel.locator(".evidence-card").count()).toBeGreaterThan(0);
    expect(await panel.locator(".evidence-card mark").count()).toBeGreaterThan(0);
    // Hostile feed text shows as text and runs nothing; its javascript: link is not a link.
    const hostile = panel.locator(".evidence-card__title", { hasText: "window.__pwned" });
    if ((await hostile.count()) > 0) {
      expect(await hostile.first().textContent()).toBe(HOSTILE_TITLE);
      expect(await hostile.first().locator("a").count()).toBe(0);
    }
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await shot(page, "05-country-sudan");

    await page.reload();
    await page.waitForSelector('[data-map-state="ready"]');
    await page.locator(".country-panel .recharts-surface").first().waitFor();
    expect(await page.locator(".country-panel h2").textContent()).toBe("Sudan");
    expect(await page.locator('select:near(:text("Region"))').inputValue()).toBe("africa");
    expect(await page.getByRole("radio", { name: "90 days" }).isChecked()).toBe(true);
    await page.close();
  }, 60_000);

  it("reaches the ranking by keyboard from the top of the page and opens a row with Enter", async () => {
    const page = await openDashboard();
    let focused: string | null = null;
    for (let presses = 0; presses < 80 && !focused; presses++) {
      await page.keyboard.press("Tab");
      focused = await page.evaluate(() => {
        const active = document.activeElement;
        return active?.matches(".ranking tbody tr") ? active.getAttribute("data-iso2") : null;
      });
    }
    expect(focused).toBeTruthy();
    await page.keyboard.press("Enter");
    await page.waitForURL(new RegExp(`country=${focused}`));
    await page.locator(".country-panel").waitFor();
    // Focus moves into the panel; Escape closes it and returns to the row.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("country-heading");
    await page.locator(".country-panel .recharts-surface").first().waitFor();
    await shot(page, "06-keyboard-open");
    await page.keyboard.press("Escape");
    await page.waitForURL((url) => !url.search.includes("country="));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-iso2"))).toBe(focused);
    await page.close();
  }, 60_000);

  it("lists the latest evidence for the view, one entry per story, a page at a time", async () => {
    const page = await openDashboard();
    const list = page.locator(".latest-evidence");
    await list.locator(".evidence-item").first().waitFor();
    const firstPage = await list.locator(".evidence-item").count();
    expect(firstPage).toBeGreaterThanOrEqual(3);
    // A story carried by several feeds is one entry naming its other sources.
    expect(await list.getByText(/and \d+ other sources?/).count()).toBeGreaterThan(0);
    await list.getByRole("button", { name: "Load more" }).click();
    await page.waitForFunction(
      (count) => document.querySelectorAll(".latest-evidence .evidence-item").length > count,
      firstPage,
    );
    // Choosing a country narrows the list to it.
    await page.goto(`${server.url}/?country=KE`);
    await page.locator(".latest-evidence h2", { hasText: "Kenya" }).waitFor();
    await list.locator(".evidence-item").first().waitFor();
    const titles = await list.locator(".evidence-item__title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => title.includes("Kenya"))).toBe(true);
    await page.close();
  }, 60_000);

  it("shows feed health and adds, refreshes, edits and disables a feed", async () => {
    // A feed on this machine, so "Refresh" really fetches, parses, scores and stores.
    const now = new Date();
    const xml = rssDocument("Loopback wire", [
      {
        title: "Burundi: militia attacks on villagers reported",
        link: "https://news.example.org/b1",
        guid: "b1",
        published: now,
      },
      {
        title: "Burundi election tensions rise",
        link: "https://news.example.org/b2",
        guid: "b2",
        published: now,
      },
    ]);
    const feedServer = createServer((_request, response) => {
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8" });
      response.end(xml);
    });
    await new Promise<void>((resolve) => feedServer.listen(0, "127.0.0.1", resolve));
    const { port } = feedServer.address() as AddressInfo;
    try {
      const page = await newPage();
      await page.goto(`${server.url}/feeds`);
      await page.locator(".feed-table tbody tr").first().waitFor();
      const before = await page.locator(".feed-table tbody tr").count();
      await page.getByRole("button", { name: "Add feed" }).click();
      await page.getByLabel("Name").fill("Loopback wire");
      await page.getByLabel(/Feed URL/).fill(`http://127.0.0.1:${port}/feed.xml`);
      await shot(page, "07-feeds-add-form");
      await page.getByRole("button", { name: "Add feed" }).last().click();
      await page.getByText("Added Loopback wire.").waitFor();
      expect(await page.locator(".feed-table tbody tr").count()).toBe(before + 1);

      const row = page.locator(".feed-table tbody tr", { hasText: "Loopback wire" });
      await row.getByRole("button", { name: "Refresh" }).click();
      await page.getByText(/Refreshed 1 feed: 2 new items\./).waitFor();
      await row.getByText("Healthy", { exact: true }).waitFor();
      expect(await row.locator("td.numeric-cell").textContent()).toBe("2");

      await row.getByRole("button", { name: "Edit" }).click();
      await page.getByLabel("Name").fill("Loopback wire (renamed)");
      await page.getByRole("button", { name: "Save changes" }).click();
      await page.getByText("Saved Loopback wire (renamed).").waitFor();
      const renamed = page.locator(".feed-table tbody tr", { hasText: "Loopback wire (renamed)" });
      await renamed.getByRole("button", { name: "Disable" }).click();
      await renamed.getByText("Disabled", { exact: true }).waitFor();
      await renamed.scrollIntoViewIfNeeded();
      await shot(page, "08-feeds-disabled");
      await page.close();
    } finally {
      feedServer.close();
    }
  }, 60_000);

  it("explains an empty database and a server that stopped answering", async () => {
    const empty = await seedDataDir({ isEmpty: true });
    const emptyServer = await startServer(empty.dataDir);
    try {
      const page = await newPage();
      await page.goto(`${emptyServer.url}/`);
      await page.getByText("No data yet: add feeds or import saved ones").waitFor();
      expect(await page.locator(".command").textContent()).toBe("pnpm vigil import PATH");
      await page.waitForSelector('[data-map-state="ready"]');
      await shot(page, "09-empty-database");
      await emptyServer.stop();
      await page.getByRole("radio", { name: "7 days" }).check();
      await page.getByText(/Could not (refresh|load) the map/).waitFor({ timeout: 15_000 });
      expect(await page.getByRole("button", { name: "Try again" }).count()).toBeGreaterThan(0);
      // The last answer stays drawn under the message: no blank map.
      expect(await page.locator("path.country-shape").count()).toBeGreaterThan(200);
      await shot(page, "10-server-down");
      await page.close();
    } finally {
      await emptyServer.stop();
      empty.remove();
    }
  }, 90_000);
});
