import { listAudit } from "@vigil/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ExportServer, startExportServer } from "../test-utils/export-server.ts";
import { EXACT_PLACE, REPORTER } from "../test-utils/seed-readers.ts";

let exportServer: ExportServer;

beforeAll(async () => {
  exportServer = await startExportServer();
}, 60_000);
afterAll(() => exportServer.close());

describe("exports respect roles as the API does", () => {
  const SUDAN = "/export/json?window=30d&asOf=2026-03-01&country=SD&sourceTypes=alert";

  it("needs a reader: signed out is 401, a member 403", async () => {
    expect((await exportServer.download(SUDAN, null)).response.status).toBe(401);
    expect((await exportServer.download(SUDAN, "member")).response.status).toBe(403);
  });

  it("an analyst's export has no reporter identity or exact place; an admin's has them, and is audited", async () => {
    for (const format of ["json", "csv"]) {
      const query = `window=30d&asOf=2026-03-01&country=SD&sourceTypes=alert${format === "csv" ? "&table=evidence" : ""}`;
      const analyst = (await exportServer.download(`/export/${format}?${query}`, "analyst")).body;
      const admin = (await exportServer.download(`/export/${format}?${query}`, "admin")).body;
      expect(analyst).toContain("Militia fighters attacked the camp");
      for (const secret of [
        REPORTER.name,
        REPORTER.email,
        EXACT_PLACE.name,
        String(EXACT_PLACE.lat),
        "Field Network",
      ]) {
        expect(analyst, `${format}: ${secret}`).not.toContain(secret);
        expect(admin, `${format}: ${secret}`).toContain(secret);
      }
      expect(analyst).toContain("A member organisation");
    }
    // The brief is made to be handed on: redacted as for anyone, even when an admin prints it.
    const brief = (await exportServer.download(SUDAN.replace("json", "brief"), "admin")).body;
    expect(brief).toContain("Militia fighters attacked the camp");
    expect(brief).toContain("unverified field alert, Tawila, SD (~10 km cell");
    for (const secret of [REPORTER.name, EXACT_PLACE.name, String(EXACT_PLACE.lat), "Field Network"]) {
      expect(brief).not.toContain(secret);
    }
    const audit = await listAudit(exportServer.server.database.db, { action: "alert.view-protected" });
    expect(
      audit.entries.some((entry) => entry.actor.userId === exportServer.readers.admin.viewer.userId),
    ).toBe(true);
    expect(
      audit.entries.some((entry) => entry.actor.userId === exportServer.readers.analyst.viewer.userId),
    ).toBe(false);
  });
});
