/** What every browser test file shares: one Chromium per file, pages that record their errors, screenshots. */
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, expect, inject } from "vitest";
import { type E2eAccount, launchChromium, RESULTS_DIR, signIn } from "./e2e-kit.ts";

/** The size the dashboard is checked at: a common laptop screen. */
export const VIEWPORT = { width: 1280, height: 800 };

/** The server started by global-setup.ts. */
export const serverUrl = (): string => inject("serverUrl");

/** Who a new page is signed in as (default: the analyst), and on which server (default: the shared one). */
export interface NewPageOptions {
  as?: E2eAccount | null;
  url?: string;
}

/** Launches Chromium for this file and fails any test during which a page threw. */
export function setUpBrowser(): {
  newPage: (options?: NewPageOptions) => Promise<Page>;
  openDashboard: (search?: string) => Promise<Page>;
} {
  let browser: Browser | undefined;
  const pageErrors: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  }, 60_000);
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function newPage(options: NewPageOptions = {}): Promise<Page> {
    if (!browser) throw new Error("Chromium is not running");
    // A context per page: its own cookie jar, so each page is signed in as its own user.
    const context = await browser.newContext({ viewport: VIEWPORT });
    const account = options.as === undefined ? "analyst" : options.as;
    if (account !== null) await signIn(context, options.url ?? serverUrl(), account);
    const page = await context.newPage();
    // Closing the page closes its context; the browser may already be closing at the end of the file,
    // and a context that is already gone is not an error worth failing the run for.
    page.once("close", () => {
      context.close().catch((error: unknown) => {
        if (!String(error).includes("has been closed"))
          console.error("Closing a browser context failed:", error);
      });
    });
    page.on("pageerror", (error) => pageErrors.push(error.message));
    return page;
  }
  async function openDashboard(search = ""): Promise<Page> {
    const page = await newPage();
    await page.goto(`${serverUrl()}/${search}`);
    await page.waitForSelector('[data-map-state="ready"]', { timeout: 30_000 });
    return page;
  }
  return { newPage, openDashboard };
}

/** Saves a screenshot as apps/web/test-results/<name>.png. */
export function shot(page: Page, name: string): Promise<Buffer> {
  return page.screenshot({ path: path.join(RESULTS_DIR, `${name}.png`) });
}

/** The fill and on-screen size of a country's path. */
export function countryPath(page: Page, iso2: string) {
  return page.$eval(`.country-${iso2}`, (element) => {
    const box = element.getBoundingClientRect();
    return { fill: element.getAttribute("fill"), width: box.width, height: box.height };
  });
}

/** Waits until the map stops moving (fitBounds animates): the country's box is the same twice. */
export async function waitForMapToSettle(page: Page, iso2: string): Promise<void> {
  let previous = "";
  for (let attempt = 0; attempt < 40; attempt++) {
    const box = JSON.stringify(await countryPath(page, iso2));
    if (box === previous) return;
    previous = box;
    await page.waitForTimeout(150);
  }
}

/** The ISO codes of the ranking's rows, top first. */
export function rankingIsos(page: Page): Promise<string[]> {
  return page.$$eval(".ranking tbody tr", (rows) => rows.map((row) => row.getAttribute("data-iso2") ?? ""));
}
