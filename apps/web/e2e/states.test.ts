/**
 * Designed states, not blank ones: an empty database, and a server that stops answering.
 * In real Chromium against the real server and a database seeded through `vigil import` (global-setup.ts).
 */
import { describe, expect, it } from "vitest";
import { setUpBrowser, shot } from "./browser-kit.ts";
import { activateAccounts, seedDataDir, startServer } from "./e2e-kit.ts";

const { newPage } = setUpBrowser();

describe("empty and error states", () => {
  it("explains an empty database and a server that stopped answering", async () => {
    const empty = await seedDataDir({ isEmpty: true });
    const emptyServer = await startServer(empty.dataDir);
    try {
      await activateAccounts(emptyServer.url, empty.oneTimePasswords);
      const page = await newPage({ url: emptyServer.url });
      await page.goto(`${emptyServer.url}/`);
      await page.getByText("No data yet: add feeds or import saved ones").waitFor();
      expect(await page.locator(".command").textContent()).toBe("pnpm vigil import PATH");
      await page.waitForSelector('[data-map-state="ready"]');
      await shot(page, "10-empty-database");
      await emptyServer.stop();
      await page.getByRole("radio", { name: "7 days" }).check();
      await page.getByText(/Could not (refresh|load) the map/).waitFor({ timeout: 15_000 });
      expect(await page.getByRole("button", { name: "Try again" }).count()).toBeGreaterThan(0);
      // The last answer stays drawn under the message: no blank map.
      expect(await page.locator("path.country-shape").count()).toBeGreaterThan(200);
      await shot(page, "11-server-down");
      await page.close();
    } finally {
      await emptyServer.stop();
      empty.remove();
    }
  });
});
