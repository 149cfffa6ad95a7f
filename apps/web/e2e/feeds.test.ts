/**
 * The feeds page: health in words, and add, refresh, edit and disable against a feed served on this machine.
 * In real Chromium against the real server and a database seeded through `vigil import` (global-setup.ts).
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { serverUrl, setUpBrowser, shot } from "./browser-kit.ts";
import { rssDocument } from "./fixture-feeds.ts";

const { newPage } = setUpBrowser();

describe("feeds page", () => {
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
      // Changing feeds is for coordinators and admins; analysts only read their health.
      const page = await newPage({ as: "coordinator" });
      await page.goto(`${serverUrl()}/feeds`);
      await page.locator(".feed-table tbody tr").first().waitFor();
      const before = await page.locator(".feed-table tbody tr").count();
      await page.getByRole("button", { name: "Add feed" }).click();
      await page.getByLabel("Name").fill("Loopback wire");
      await page.getByLabel(/Feed URL/).fill(`http://127.0.0.1:${port}/feed.xml`);
      await shot(page, "08-feeds-add-form");
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
      await shot(page, "09-feeds-disabled");
      await page.close();
    } finally {
      feedServer.close();
    }
  });
});
