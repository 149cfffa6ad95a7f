/**
 * The map as an analyst uses it: every country drawn and coloured, regions, indicator filters.
 * In real Chromium against the real server and a database seeded through `vigil import` (global-setup.ts).
 */
import { COUNTRIES } from "@vigil/gazetteer/countries";
import { describe, expect, it } from "vitest";
import { countryPath, rankingIsos, setUpBrowser, shot, waitForMapToSettle } from "./browser-kit.ts";

const { openDashboard } = setUpBrowser();

describe("the risk map", () => {
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
  });

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
  });

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
  });
});
