/**
 * A country's situation: opening it by mouse and keyboard, reloading its link, and the evidence lists.
 * In real Chromium against the real server and a database seeded through `vigil import` (global-setup.ts).
 */
import { describe, expect, it } from "vitest";
import { serverUrl, setUpBrowser, shot } from "./browser-kit.ts";
import { HOSTILE_TITLE } from "./fixture-feeds.ts";

const { openDashboard } = setUpBrowser();

describe("country situation and evidence", () => {
  it("opens a country with its charts and evidence, and a reload restores the whole view", async () => {
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const page = await openDashboard(`?region=africa&window=90d&asOf=${yesterday}&sources=news`);
    await page.locator(".country-SD").click();
    await page.waitForURL(/country=SD/);
    const panel = page.locator(".country-panel");
    await expect(panel.getByRole("heading", { name: "Sudan", exact: true }).textContent()).resolves.toBe(
      "Sudan",
    );
    await panel.locator(".recharts-surface").first().waitFor();
    expect(await panel.locator(".recharts-surface").count()).toBeGreaterThanOrEqual(2);
    expect(await panel.locator(".why p").textContent()).toMatch(/Score \d+/);
    expect(await panel.locator(".evidence-card").count()).toBeGreaterThan(0);
    expect(await panel.locator(".evidence-card mark").count()).toBeGreaterThan(0);
    // Every evidence link points to the web, never to script.
    const hrefs = await panel
      .locator(".evidence-card a")
      .evaluateAll((links) => links.map((link) => link.getAttribute("href")));
    expect(hrefs.every((href) => href?.startsWith("https://"))).toBe(true);
    await shot(page, "05-country-sudan");

    await page.reload();
    await page.waitForSelector('[data-map-state="ready"]');
    await page.locator(".country-panel .recharts-surface").first().waitFor();
    expect(await page.locator(".country-panel h2").textContent()).toBe("Sudan");
    expect(await page.locator('select:near(:text("Region"))').inputValue()).toBe("africa");
    expect(await page.getByRole("radio", { name: "90 days" }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: "News" }).isChecked()).toBe(true);
    expect(await page.locator('input[type="date"]').inputValue()).toBe(yesterday);
    expect(page.url()).toContain("country=SD");
    await page.close();
  });

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
  });

  it("lists the latest evidence for the view, one entry per story, a page at a time", async () => {
    const page = await openDashboard();
    const list = page.locator(".latest-evidence");
    await list.locator(".evidence-item").first().waitFor();
    const firstPage = await list.locator(".evidence-item").count();
    expect(firstPage).toBeGreaterThanOrEqual(3);
    // A story carried by several feeds is one entry naming its other sources.
    expect(await list.getByText(/and \d+ other sources?/).count()).toBeGreaterThan(0);
    // Hostile feed text shows as text and runs nothing; its javascript: link is no link at all.
    const hostile = list.locator(".evidence-item__title", { hasText: "window.__pwned" });
    expect(await hostile.textContent()).toBe(HOSTILE_TITLE);
    expect(await hostile.locator("a").count()).toBe(0);
    expect(await list.locator("script, img").count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned)).toBeUndefined();
    await page.evaluate(() => document.querySelector(".latest-evidence")?.scrollIntoView());
    await shot(page, "07-latest-evidence");
    await list.getByRole("button", { name: "Load more" }).click();
    await page.waitForFunction(
      (count) => document.querySelectorAll(".latest-evidence .evidence-item").length > count,
      firstPage,
    );
    // Choosing a country narrows the list to it.
    await page.goto(`${serverUrl()}/?country=KE`);
    await page.locator(".latest-evidence h2", { hasText: "Kenya" }).waitFor();
    await list.locator(".evidence-item").first().waitFor();
    const titles = await list.locator(".evidence-item__title").allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => title.includes("Kenya"))).toBe(true);
    await page.close();
  });
});
